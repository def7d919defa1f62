package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.render.Templates;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generation that fails part-way, while rendering or while writing, leaves the previous run's output complete
 * and byte for byte as it was, with no temporary files left behind.
 */
class InterruptedGenerationTest {

    @TempDir
    Path root;

    private String firstVersion() {
        return BuildFixture.resource("/load/full-spec.yaml");
    }

    /** The same system with one more service and a reworded decision: every generator's output changes. */
    private String secondVersion() {
        return firstVersion().replace("  redis:\n", "  worker: { image: ghcr.io/acme/worker:2 }\n  redis:\n")
                .replace("Use self-hosted Supabase on Coolify", "Use self-hosted Supabase on Coolify, for now");
    }

    @Test
    void aTemplateFailingInTheLastGeneratorLeavesThePreviousOutput() throws Exception {
        Path output = root.resolve("target/infra");
        Path descriptor = BuildFixture.descriptor(root, firstVersion());
        BuildFixture.build(descriptor, output, null).generate();
        SortedMap<String, byte[]> before = BuildFixture.files(output);
        assertThat(before.keySet()).anyMatch(p -> p.startsWith("compose/")).anyMatch(p -> p.startsWith("adr/"))
                .contains("docs/architecture.md");

        Path templates = Files.createDirectories(root.resolve("templates/docs"));
        Files.writeString(templates.resolve("architecture.md.ftl"), "${noSuchValue}");
        BuildFixture.descriptor(root, secondVersion());

        assertThatThrownBy(() -> BuildFixture.build(descriptor, output, root.resolve("templates")).generate())
                .isInstanceOf(Templates.TemplateFailure.class)
                .hasMessageStartingWith("template docs/architecture.md.ftl failed: ");
        assertSameFiles(BuildFixture.files(output), before);
    }

    @Test
    void aWriteFailingPartWayLeavesThePreviousOutput() throws Exception {
        Path output = root.resolve("target/infra");
        Path descriptor = BuildFixture.descriptor(root, firstVersion());
        new InfraBuild(new BuildRequest(descriptor, BuildFixture.DISPLAY_NAME, output, null,
                List.of("compose", "terraform", "adr"), AnalysisOptions.DEFAULTS, "1.0-test")).generate();
        // a file of the user's where the docs generator needs its folder: staging fails after adr/ and compose/
        Files.writeString(output.resolve("docs"), "notes of my own\n");
        SortedMap<String, byte[]> before = BuildFixture.files(output);
        BuildFixture.descriptor(root, secondVersion());

        assertThatThrownBy(() -> BuildFixture.build(descriptor, output, null).generate())
                .isInstanceOf(FileAlreadyExistsException.class);
        assertSameFiles(BuildFixture.files(output), before);
    }

    private static void assertSameFiles(SortedMap<String, byte[]> after, SortedMap<String, byte[]> before) {
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (Map.Entry<String, byte[]> file : before.entrySet()) {
            assertThat(after.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
    }
}
