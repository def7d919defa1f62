package dev.infraarchitect.render.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KubernetesGeneratorTest {

    private static final Path SMALL = Path.of("src/test/resources/golden/kubernetes/small");

    static Analysis analyse(String yaml) throws Exception {
        return new Analyzer().analyze(DescriptorLoader.parse(yaml, "infra.yaml"), AnalysisOptions.DEFAULTS);
    }

    private static Analysis small() throws Exception {
        return analyse(Files.readString(SMALL.resolve("infra.yaml")));
    }

    private static GeneratedFile file(List<GeneratedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + files));
    }

    @Test
    void matchesGoldenFilesForASmallDescriptor() throws Exception {
        List<GeneratedFile> files = new KubernetesGenerator().generate(small(), null);

        Golden.assertMatches(files.stream()
                .map(f -> new GeneratedFile("kubernetes/small/" + f.path(), f.content())).toList());
        List<String> expected;
        try (Stream<Path> walk = Files.walk(SMALL.resolve("kubernetes"))) {
            expected = walk.filter(Files::isRegularFile)
                    .map(p -> SMALL.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(files).extracting(GeneratedFile::path).containsExactlyElementsOf(expected);
    }
}
