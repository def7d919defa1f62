package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.model.Identifiers;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written name checks accept exactly what their regular expressions accept. */
class NameChecksTest {

    private static final List<String> SAMPLES = List.of("", "a", "z", "A", "_", "-", "9", "a-", "a9", "a_b", "a.b",
            "api-gateway", "Api", "aé", "a b", "a\n", "_x", "X_Y.z-1", "x".repeat(63), "x".repeat(64), "a--b", "1abc",
            "DATABASE_URL", "with space", "ünïcode", "a\u0000");

    @Test
    void namesAreLowerCaseLettersDigitsAndDashesStartingWithALetterUpTo63() {
        for (String sample : SAMPLES) {
            assertThat(Fields.isName(sample)).as("'%s'", sample).isEqualTo(Fields.NAME.matcher(sample).matches());
        }
    }

    @Test
    void plainKeysAreLettersDigitsUnderscoresDotsAndDashesNotStartingWithADigit() {
        Pattern variable = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
        for (String sample : SAMPLES) {
            assertThat(Identifiers.isPlainKey(sample)).as("'%s'", sample)
                    .isEqualTo(variable.matcher(sample).matches());
        }
    }
}
