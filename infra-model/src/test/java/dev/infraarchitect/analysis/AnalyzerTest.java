package dev.infraarchitect.analysis;

import static dev.infraarchitect.analysis.TestDescriptors.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.infraarchitect.model.Descriptor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private static final Descriptor MIXED = yaml(
            "project: shop",
            "budgets: { cpu: 1 }",
            "services:",
            "  db:",
            "    image: postgres:16",
            "    stateful: true",
            "    resources: { cpu: 2 }",
            "  api:",
            "    image: api:1",
            "    dependsOn: [db, cache]",
            "    environment: { API_TOKEN: x }");

    private final Analyzer analyzer = new Analyzer();

    @Test
    void findingsAreSortedByLocationThenRuleWithDefaultSeverities() {
        Analysis analysis = analyzer.analyze(MIXED, AnalysisOptions.DEFAULTS);

        assertThat(analysis.findings()).extracting(Finding::severity, Finding::rule, f -> f.location().toString())
                .containsExactly(
                        tuple(Severity.ERROR, AnalysisRules.BUDGET, "infra.yaml:2:12"),
                        tuple(Severity.WARNING, "dependency-without-healthcheck", "infra.yaml:4:3"),
                        tuple(Severity.WARNING, "stateful-without-backup", "infra.yaml:6:5"),
                        tuple(Severity.ERROR, AnalysisRules.UNKNOWN_REFERENCE, "infra.yaml:10:21"),
                        tuple(Severity.WARNING, "credential-in-environment", "infra.yaml:11:20"));
        assertThat(analysis.hasErrors()).isTrue();
        assertThat(analysis.warnings()).hasSize(3);
    }

    @Test
    void severitiesOverrideAdviceRulesAndOffDropsThem() {
        Analysis analysis = analyzer.analyze(MIXED, new AnalysisOptions(Map.of(
                "stateful-without-backup", Severity.ERROR,
                "credential-in-environment", Severity.OFF), false));

        assertThat(analysis.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple(AnalysisRules.BUDGET, Severity.ERROR),
                tuple("dependency-without-healthcheck", Severity.WARNING),
                tuple("stateful-without-backup", Severity.ERROR),
                tuple(AnalysisRules.UNKNOWN_REFERENCE, Severity.ERROR));
    }

    @Test
    void failOnWarningRaisesWhatIsStillAWarning() {
        Analysis analysis = analyzer.analyze(MIXED, new AnalysisOptions(Map.of(
                "credential-in-environment", Severity.OFF,
                "dependency-without-healthcheck", Severity.WARNING), true));

        assertThat(analysis.warnings()).isEmpty();
        assertThat(analysis.errors()).extracting(Finding::rule).containsExactly(AnalysisRules.BUDGET,
                "dependency-without-healthcheck", "stateful-without-backup", AnalysisRules.UNKNOWN_REFERENCE);
    }

    @Test
    void soundDescriptorHasPlanAndNoErrors() {
        Analysis analysis = analyzer.analyze(yaml(
                "project: shop",
                "services:",
                "  db: { image: postgres:16, healthcheck: { test: pg_isready } }",
                "  api: { image: api:1, dependsOn: [db] }"), AnalysisOptions.DEFAULTS);

        assertThat(analysis.findings()).isEmpty();
        assertThat(analysis.structurallySound()).isTrue();
        assertThat(analysis.environments()).containsOnlyKeys("prod");
        assertThat(analysis.order().criticalPath()).containsExactly("db", "api");
    }
}
