package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    @Test
    void offersTheGeneratorsInTheirStandardOrder() {
        assertThat(Generators.ids())
                .containsExactly("compose", "terraform", "adr", "docs", "kubernetes", "kubernetes-no-wait");
    }

    @Test
    void listsOneIdPerKindOfOutput() {
        assertThat(Generators.everyOutput()).containsExactly("compose", "terraform", "adr", "docs", "kubernetes");
        assertThat(Generators.select(Generators.everyOutput())).hasSize(5);
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
                        + " docs, kubernetes, kubernetes-no-wait)");
    }

    @Test
    void selectsKubernetesOrItsNoWaitVariantButNotBoth() {
        assertThat(Generators.select(List.of("kubernetes-no-wait", "compose")))
                .extracting(Generator::id).containsExactly("compose", "kubernetes-no-wait");
        assertThatThrownBy(() -> Generators.select(List.of("kubernetes", "Kubernetes-No-Wait")))
                .isInstanceOf(ConflictingGeneratorsException.class)
                .hasMessage("generators 'kubernetes' and 'kubernetes-no-wait' write the same files; select one of them");
    }
}
