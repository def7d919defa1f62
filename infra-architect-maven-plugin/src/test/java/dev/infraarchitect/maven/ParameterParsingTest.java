package dev.infraarchitect.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.analysis.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The small parsers behind {@code <rules>}, {@code <generators>} and descriptor display names. */
class ParameterParsingTest {

    @Test
    void ruleSeveritiesAreCaseInsensitiveAndSortedById() throws Exception {
        assertThat(RuleSeverities.parse(Map.of("stateful-without-backup", " WARNING", "backup-exceeds-rpo", "off",
                "single-replica-in-prod", "error")))
                .containsExactly(Map.entry("backup-exceeds-rpo", Severity.OFF),
                        Map.entry("single-replica-in-prod", Severity.ERROR),
                        Map.entry("stateful-without-backup", Severity.WARNING));
        assertThat(RuleSeverities.parse(null)).isEmpty();
    }

    @Test
    void anUnknownRuleIdIsRejectedWithTheNearestAdviceRule() {
        assertThatThrownBy(() -> RuleSeverities.parse(Map.of("stateful-without-bakup", "off")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("<rules><stateful-without-bakup>: 'stateful-without-bakup' is not a rule; did"
                        + " you mean 'stateful-without-backup'?; advice rules: backup-exceeds-rpo,");
    }

    @Test
    void anUnknownSeverityNamesThePomElementAndTheChoices() {
        assertThatThrownBy(() -> RuleSeverities.parse(Map.of("budget", "wraning")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("<rules><budget>wraning</budget>: 'wraning' is not a severity (use one of error, warning,"
                        + " off); did you mean 'warning'?");
        assertThatThrownBy(() -> RuleSeverities.parse(Map.of("budget", "fatal")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("<rules><budget>fatal</budget>: 'fatal' is not a severity (use one of error, warning,"
                        + " off)");
    }

    @Test
    void generatorsAcceptListsAndCommaStringsKeepOrderAndDropRepeats() throws Exception {
        assertThat(GeneratorSelection.parse(List.of("docs, Compose", "adr", "docs"))).containsExactly(
                "docs", "compose", "adr");
        assertThat(GeneratorSelection.parse(List.of("compose,terraform,adr,docs"))).containsExactly(
                "compose", "terraform", "adr", "docs");
    }

    @Test
    void noGeneratorAtAllFails() {
        assertThatThrownBy(() -> GeneratorSelection.parse(List.of(" , ")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("<generators> is empty; name at least one of compose, terraform, adr, docs,"
                        + " kubernetes, kubernetes-no-wait, or skip the goal with -Dinfra.generate.skip");
    }

    @Test
    void displayNamesAreRelativeToTheProjectWithForwardSlashes() {
        Path base = Path.of("/projects/shop").toAbsolutePath();
        assertThat(AbstractInfraMojo.displayName(base, base.resolve("src/main/infra/infra.yaml")))
                .isEqualTo("src/main/infra/infra.yaml");
        assertThat(AbstractInfraMojo.displayName(base, base.resolveSibling("shared/infra.yaml")))
                .isEqualTo("../shared/infra.yaml");
    }
}
