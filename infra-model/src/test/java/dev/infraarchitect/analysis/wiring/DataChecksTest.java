package dev.infraarchitect.analysis.wiring;

import static dev.infraarchitect.analysis.TestDescriptors.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataChecksTest {

    private static List<Finding> of(Analysis analysis, String rule) {
        return analysis.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aStatefulServiceOfAnUnknownImageWithoutDataIsAnErrorThatAsksForData() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  store:",
                "    image: ghcr.io/acme/store:1",
                "    stateful: true",
                "  db: { image: postgres:16, stateful: true }",
                "  files: { image: ghcr.io/acme/files:1, stateful: true, volumes: [\"files:/srv\"] }",
                "  saas: { kind: managed, stateful: true }");
        List<Finding> findings = of(analysis, AnalysisRules.STATEFUL_WITHOUT_DATA);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.services()).containsExactly("store");
            assertThat(f.describe()).isEqualTo("infra.yaml:5:5: service store is stateful, but where image"
                    + " 'ghcr.io/acme/store:1' keeps its data is not known; add 'data:' with the path inside the"
                    + " container, e.g. 'data: /var/lib/store', so that it is kept in a named volume");
        });
    }

    @Test
    void replicasOfAStatefulServiceNeedClustered() {
        Analysis analysis = analyze(
                "project: shop",
                "environments:",
                "  dev: { replicas: 1 }",
                "  prod: {}",
                "services:",
                "  db:",
                "    image: postgres:16",
                "    stateful: true",
                "    replicas: { min: 1, max: 3 }",
                "  pg: { image: postgres:16, stateful: true, clustered: true, replicas: 3 }",
                "  rds: { kind: managed, stateful: true, replicas: 2 }",
                "  api: { image: x:1, replicas: 4 }");
        assertThat(of(analysis, AnalysisRules.UNCLUSTERED_REPLICAS)).singleElement().satisfies(f -> {
            assertThat(f.services()).containsExactly("db");
            assertThat(f.describe()).isEqualTo("infra.yaml:9:5: service db is stateful and runs up to 3 replicas"
                    + " in prod, which would be 3 independent copies of its data behind one name; run 1 replica,"
                    + " or set up replication in the software and add 'clustered: true'");
        });
    }

    @Test
    void capsOfEveryEnvironmentCount() {
        Analysis analysis = analyze(
                "project: shop",
                "environments:",
                "  prod: { replicas: 1 }",
                "services:",
                "  db: { image: postgres:16, stateful: true, replicas: 2 }");
        assertThat(of(analysis, AnalysisRules.UNCLUSTERED_REPLICAS)).isEmpty();
    }
}
