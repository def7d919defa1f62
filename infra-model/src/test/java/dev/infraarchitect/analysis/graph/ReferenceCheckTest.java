package dev.infraarchitect.analysis.graph;

import static dev.infraarchitect.analysis.TestDescriptors.analyze;
import static dev.infraarchitect.analysis.TestDescriptors.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceCheckTest {

    @Test
    void unknownDependencyNamesItWhereAndTheNearestService() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  api:",
                "    image: api:1",
                "    dependsOn: [redis, postgress]",
                "  postgres:",
                "    image: postgres:16",
                "  redis:",
                "    image: redis:7");

        assertThat(analysis.errors()).containsExactly(new Finding(Severity.ERROR, AnalysisRules.UNKNOWN_REFERENCE,
                "service api depends on unknown service 'postgress'; did you mean 'postgres'?", List.of("api"),
                analysis.descriptor().locate("/services/api/dependsOn/1")));
        assertThat(analysis.errors().get(0).describe())
                .isEqualTo("infra.yaml:5:24: service api depends on unknown service 'postgress'; did you mean 'postgres'?");
        assertThat(analysis.structurallySound()).isFalse();
    }

    @Test
    void everyKindOfReferenceIsChecked() {
        var descriptor = yaml(
                "project: shop",
                "hosts:",
                "  acc-main: { cpu: 8, memory: 16Gi }",
                "tiers:",
                "  app: { cpu: 4 }",
                "networks:",
                "  backend: { internal: true }",
                "services:",
                "  api:",
                "    image: api:1",
                "    host: acc-mian",
                "    tier: apps",
                "    networks: [backend, frontend]",
                "    dependsOn: [zzz]",
                "  db:",
                "    kind: managed",
                "    host: acc-main",
                "decisions:",
                "  - title: One",
                "    status: accepted",
                "    date: 2026-01-08",
                "    services: [api, dbb]",
                "    supersedes: 1",
                "  - title: Two",
                "    status: accepted",
                "    date: 2026-01-09",
                "    supersedes: 7");

        assertThat(ReferenceCheck.check(descriptor)).extracting(Finding::rule, Finding::message, f -> f.location().line())
                .containsExactly(
                        tuple(AnalysisRules.UNKNOWN_REFERENCE,
                                "service api depends on unknown service 'zzz'", 14),
                        tuple(AnalysisRules.UNKNOWN_REFERENCE,
                                "service api runs on unknown host 'acc-mian'; did you mean 'acc-main'?", 11),
                        tuple(AnalysisRules.UNKNOWN_REFERENCE,
                                "service api belongs to unknown tier 'apps'; did you mean 'app'?", 12),
                        tuple(AnalysisRules.UNKNOWN_REFERENCE,
                                "service api is attached to unknown network 'frontend'", 13),
                        tuple(AnalysisRules.INVALID_SETTING,
                                "service db is managed and runs on no host; remove host 'acc-main' or make it a"
                                        + " container service", 17),
                        tuple(AnalysisRules.UNKNOWN_REFERENCE,
                                "decision 1 is about unknown service 'dbb'; did you mean 'db'?", 22),
                        tuple(AnalysisRules.UNKNOWN_REFERENCE,
                                "decision 1 supersedes itself; name the number of another decision", 23),
                        tuple(AnalysisRules.UNKNOWN_REFERENCE,
                                "decision 2 supersedes unknown decision 7; decisions are numbered 1 to 2 in the order"
                                        + " written", 27));
    }

    @Test
    void knownReferencesAreFine() {
        Analysis analysis = analyze(
                "project: shop",
                "hosts:",
                "  acc-main: { cpu: 8, memory: 16Gi }",
                "tiers:",
                "  app: { cpu: 4 }",
                "networks:",
                "  backend: {}",
                "services:",
                "  api:",
                "    image: api:1",
                "    host: acc-main",
                "    tier: app",
                "    networks: [backend]",
                "    dependsOn: [db]",
                "  db:",
                "    kind: managed",
                "decisions:",
                "  - title: One",
                "    status: accepted",
                "    date: 2026-01-08",
                "  - title: Two",
                "    status: accepted",
                "    date: 2026-01-09",
                "    services: [db]",
                "    supersedes: 1");

        assertThat(ReferenceCheck.check(analysis.descriptor())).isEmpty();
        assertThat(analysis.errors()).isEmpty();
    }
}
