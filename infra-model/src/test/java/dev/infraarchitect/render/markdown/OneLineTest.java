package dev.infraarchitect.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding line breaks by hand-checked fast path gives what the regular expression alone gave. */
class OneLineTest {

    @Test
    void foldsEveryKindOfLineBreakWithItsBlanksIntoOneSpace() {
        for (String text : List.of("plain", "a\nb", "a \r\n b", "a\rb", "a\u000Bb", "a\fb", "a\u0085b", "a\u2028b",
                "a\u2029b", "a\n\n\nb", "tab\tonly", "a | b\nc", "")) {
            assertThat(Markdown.oneLine(text)).as("'%s'", text).isEqualTo(text.replaceAll("\\s*\\R\\s*", " "));
            assertThat(Markdown.hasLineBreak(text)).as("'%s'", text).isEqualTo(!text.split("\\R", -1)[0].equals(text));
        }
    }
}
