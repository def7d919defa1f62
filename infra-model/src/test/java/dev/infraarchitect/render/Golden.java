package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares generated files with the expected ones under {@code src/test/resources/golden/}. Run with
 * {@code -Dinfra.golden.update=true} to rewrite them after an intended change, then review the diff.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(List<GeneratedFile> files) throws IOException {
        for (GeneratedFile file : files) {
            Path expected = ROOT.resolve(file.path());
            if (Boolean.getBoolean("infra.golden.update")) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, file.text(), StandardCharsets.UTF_8);
            }
            assertThat(file.text()).as(file.path()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }
    }
}
