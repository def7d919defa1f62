package dev.infraarchitect.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.RuleConfigurationException;
import dev.infraarchitect.render.Generators;
import dev.infraarchitect.render.NoGeneratorSelectedException;
import dev.infraarchitect.render.UnknownGeneratorException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** How the core's verdicts on {@code <rules>} and {@code <generators>} read in the build, and display names. */
class ParameterParsingTest {

    @Test
    void anUnknownRuleIdNamesThePomElementAndTheNearestAdviceRule() {
        assertThat(rulesFailure(Map.of("stateful-without-bakup", "off")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("<rules><stateful-without-bakup>: 'stateful-without-bakup' is not a rule; did"
                        + " you mean 'stateful-without-backup'?; advice rules: backup-exceeds-rpo,");
    }

    @Test
    void anUnknownSeverityNamesThePomElementAndTheChoices() {
        assertThat(rulesFailure(Map.of("budget", "wraning")))
                .hasMessage("<rules><budget>wraning</budget>: 'wraning' is not a severity (use one of error, warning,"
                        + " off); did you mean 'warning'?");
        assertThat(rulesFailure(Map.of("budget", "fatal")))
                .hasMessage("<rules><budget>fatal</budget>: 'fatal' is not a severity (use one of error, warning,"
                        + " off)");
    }

    @Test
    void noGeneratorAtAllNamesEveryGeneratorAndTheSkipSwitch() {
        assertThatThrownBy(() -> Generators.select(List.of(" , ")))
                .isInstanceOfSatisfying(NoGeneratorSelectedException.class, e -> assertThat(ConfigurationErrors.of(e))
                        .hasMessage("<generators> is empty; name at least one of compose, terraform, adr, docs,"
                                + " kubernetes, kubernetes-no-wait, or skip the goal with -Dinfra.generate.skip"));
    }

    @Test
    void anUnknownGeneratorNamesTheKnownOnesAndTheNearest() {
        assertThatThrownBy(() -> Generators.select(List.of("docs,Compse")))
                .isInstanceOfSatisfying(UnknownGeneratorException.class, e -> assertThat(ConfigurationErrors.of(e))
                        .hasMessage("<generators> names unknown generator 'Compse' (known: compose, terraform, adr,"
                                + " docs, kubernetes, kubernetes-no-wait, e.g. -Dinfra.generators=compose,docs);"
                                + " did you mean 'compose'?"));
    }

    private static MojoFailureException rulesFailure(Map<String, String> rules) {
        try {
            AnalysisOptions.parse(rules, false);
        } catch (RuleConfigurationException e) {
            return ConfigurationErrors.of(e);
        }
        throw new AssertionError("accepted " + rules);
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
