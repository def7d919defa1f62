package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.render.output.OutputWriter;
import dev.infraarchitect.render.output.UnsafeOutputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a build writes lands outside its output directory, whatever the descriptor names: checked end to end by
 * comparing every file under a temporary root before and after {@code writeReports} and {@code generate}.
 */
class OutputConfinementTest {

    /** Decision titles become file names; these try to climb out or name odd places. */
    private static final String HOSTILE_DECISIONS = """
            decisions:
              - { title: "../../../../etc/passwd", status: accepted, date: 2026-01-08 }
              - { title: "/tmp/absolute", status: accepted, date: 2026-01-08 }
              - { title: "..", status: proposed, date: 2026-01-09 }
              - { title: "C:\\\\Windows\\\\System32", status: proposed, date: 2026-01-10 }
              - { title: ".hidden ~ $HOME `id`", status: proposed, date: 2026-01-11 }
            """;

    @TempDir
    Path root;

    @Test
    void everyFileWrittenIsInsideTheOutputDirectory() throws Exception {
        Path project = root.resolve("project");
        String yaml = BuildFixture.resource("/load/full-spec.yaml");
        yaml = yaml.substring(0, yaml.indexOf("decisions:")) + HOSTILE_DECISIONS
                + yaml.substring(yaml.indexOf("terraform:"));
        Path descriptor = BuildFixture.descriptor(project, yaml);
        Path output = project.resolve("target/infra");
        SortedMap<String, byte[]> before = BuildFixture.files(root);

        InfraBuild build = BuildFixture.build(descriptor, output, null);
        Analysis analysis = build.analyze(build.load());
        build.writeReports(analysis);
        GenerationResult result = build.generate();

        List<String> writtenOutside = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : BuildFixture.files(root).entrySet()) {
            boolean isNew = !before.containsKey(file.getKey());
            boolean changed = !isNew && !java.util.Arrays.equals(before.get(file.getKey()), file.getValue());
            if ((isNew || changed) && !file.getKey().startsWith("project/target/infra/")) {
                writtenOutside.add(file.getKey());
            }
        }
        assertThat(writtenOutside).isEmpty();
        assertThat(BuildFixture.files(root).keySet()).filteredOn(p -> !p.startsWith("project/target/infra/"))
                .containsExactly("project/src/main/infra/infra.yaml");

        List<String> expected = new ArrayList<>(result.changes().added());
        expected.addAll(List.of(InfraBuild.PLAN_JSON, InfraBuild.SARIF, OutputWriter.MANIFEST));
        assertThat(BuildFixture.files(output).keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.changes().added()).contains("adr/0001-etc-passwd.md", "adr/0002-tmp-absolute.md",
                "adr/0003-decision.md", "adr/0004-c-windows-system32.md", "adr/0005-hidden-home-id.md");
        assertThat(Files.list(output.resolve("adr")).filter(p -> p.getFileName().toString().startsWith("."))).isEmpty();
    }

    @Test
    void aLinkInTheOutputDirectoryLeadingOutsideStopsGenerationBeforeAnythingIsWritten() throws Exception {
        Path project = root.resolve("project");
        Path descriptor = BuildFixture.descriptor(project, BuildFixture.resource("/load/full-spec.yaml"));
        Path output = Files.createDirectories(project.resolve("target/infra"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.createSymbolicLink(output.resolve("adr"), outside);

        InfraBuild build = BuildFixture.build(descriptor, output, null);

        assertThatThrownBy(build::generate).isInstanceOf(UnsafeOutputException.class)
                .hasMessageContaining("leads outside the output directory")
                .hasMessageContaining("through the symbolic link");
        assertThat(BuildFixture.files(outside)).isEmpty();
        assertThat(BuildFixture.files(output)).isEmpty();
    }
}
