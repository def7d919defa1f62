package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.infraarchitect.load.DescriptorException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A descriptor that exists but cannot be read is reported as the descriptor's problem, not the output's. */
class DescriptorReadErrorTest {

    /**
     * A regular file whose reading fails: on Linux, a process's own memory file fails at offset 0 with an I/O error
     * (nothing is mapped there), whoever runs the test, root included, for whom permissions would not.
     */
    private static final Path UNREADABLE = Path.of("/proc/self/mem");

    @Test
    void anIoErrorWhileReadingTheDescriptorIsAReadErrorOfTheDescriptor(@TempDir Path output) {
        assumeTrue(Files.isRegularFile(UNREADABLE), "skipped: needs Linux's /proc/self/mem, a file that fails to read");
        InfraBuild build = BuildFixture.build(UNREADABLE, output, null);
        assertThatThrownBy(build::generate).isInstanceOf(DescriptorException.class)
                .hasMessageStartingWith(BuildFixture.DISPLAY_NAME + ": cannot be read: ")
                .hasMessageNotContaining("write");
        assertThatThrownBy(build::loadAndAnalyze).isInstanceOf(DescriptorException.class)
                .hasMessageStartingWith(BuildFixture.DISPLAY_NAME + ": cannot be read: ");
    }
}
