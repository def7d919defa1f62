package dev.infraarchitect.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void wrapsPiecesAtTheWidthAndIndentsContinuations() {
        List<String> lines = ConsoleText.wrap("head:", "  ", List.of("aaaa,", "bbbb,", "cccc,", "dd"), 15);

        assertThat(lines).containsExactly("head: aaaa,", "  bbbb, cccc,", "  dd");
    }

    @Test
    void letsASinglePieceLongerThanALineOverflow() {
        assertThat(ConsoleText.wrap("h", "  ", List.of("x".repeat(20), "y"), 10))
                .containsExactly("h " + "x".repeat(20), "  y");
    }

    @Test
    void shortensPadsAndCounts() {
        assertThat(ConsoleText.shorten("abcdefghij", 8)).isEqualTo("abcde...");
        assertThat(ConsoleText.shorten("abc", 8)).isEqualTo("abc");
        assertThat(ConsoleText.padRight("ab", 4)).isEqualTo("ab  ");
        assertThat(ConsoleText.padLeft("ab", 4)).isEqualTo("  ab");
        assertThat(ConsoleText.count(1, "host")).isEqualTo("1 host");
        assertThat(ConsoleText.count(0, "host")).isEqualTo("0 hosts");
        assertThat(ConsoleText.words(" a  b c ")).containsExactly("a", "b", "c");
    }
}
