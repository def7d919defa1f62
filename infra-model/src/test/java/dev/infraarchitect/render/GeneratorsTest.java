package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    @Test
    void offersTheFourGeneratorsInTheirStandardOrder() {
        assertThat(Generators.ids()).containsExactly("compose", "terraform", "adr", "docs");
    }

    @Test
    void selectsByIdIgnoringCaseSpacesAndRepeats() {
        assertThat(Generators.select(List.of(" docs", "ADR", "docs", "")))
                .extracting(Generator::id).containsExactly("adr", "docs");
    }

    @Test
    void rejectsAnUnknownIdWithTheNearestKnownOne() {
        assertThatThrownBy(() -> Generators.select(List.of("compse")))
                .isInstanceOf(UnknownGeneratorException.class)
                .hasMessage("unknown generator 'compse'; did you mean 'compose'? (available: compose, terraform, adr,"
                        + " docs)");
    }
}
