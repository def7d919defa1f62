package dev.infraarchitect.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisOptionsTest {

    @Test
    void parsesSeveritiesCaseInsensitivelyKeyedByAdviceRule() {
        AnalysisOptions options = AnalysisOptions.parse(Map.of("stateful-without-backup", " WARNING",
                "backup-exceeds-rpo", "off", "single-replica-in-prod", "error"), true);

        assertThat(options.severities()).containsOnly(Map.entry("backup-exceeds-rpo", Severity.OFF),
                Map.entry("single-replica-in-prod", Severity.ERROR),
                Map.entry("stateful-without-backup", Severity.WARNING));
        assertThat(options.failOnWarning()).isTrue();
        assertThat(AnalysisOptions.parse(null, false)).isEqualTo(AnalysisOptions.DEFAULTS);
    }

    @Test
    void anUnknownRuleIsRejectedWithTheNearestAdviceRule() {
        assertThatThrownBy(() -> new AnalysisOptions(Map.of("stateful-without-backups", Severity.OFF), false))
                .isInstanceOfSatisfying(RuleConfigurationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("stateful-without-backups");
                    assertThat(e.value()).isNull();
                })
                .hasMessage("'stateful-without-backups' is not a rule; did you mean 'stateful-without-backup'?;"
                        + " advice rules: backup-exceeds-rpo, credential-in-environment, cross-host-without-address,"
                        + " dependency-without-healthcheck, single-replica-in-prod, stateful-without-backup,"
                        + " unreachable-published-port, vram-beyond-one-gpu");
    }

    @Test
    void aHardCheckCannotBeConfigured() {
        assertThatThrownBy(() -> AnalysisOptions.parse(Map.of(AnalysisRules.BUDGET, "warning"), false))
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessageStartingWith("'budget' is a hard check and always an error; advice rules: backup-exceeds-rpo,");
    }

    @Test
    void anUnknownSeverityNamesTheChoicesBeforeTheRuleIsChecked() {
        assertThatThrownBy(() -> AnalysisOptions.parse(Map.of("budget", "wraning"), false))
                .isInstanceOfSatisfying(RuleConfigurationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("budget");
                    assertThat(e.value()).isEqualTo("wraning");
                })
                .hasMessage("'wraning' is not a severity (use one of error, warning, off); did you mean 'warning'?");
        Map<String, String> empty = new HashMap<>();
        empty.put("budget", null);
        assertThatThrownBy(() -> AnalysisOptions.parse(empty, false))
                .hasMessage("'' is not a severity (use one of error, warning, off)");
    }

    @Test
    void everyAdviceRuleOfTheRegistryCanBeConfigured() {
        for (Rule rule : Rules.all()) {
            if (!rule.hard()) {
                assertThat(AnalysisOptions.parse(Map.of(rule.id(), "off"), false).severities())
                        .containsEntry(rule.id(), Severity.OFF);
            }
        }
    }
}
