package dev.infraarchitect.render.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.yaml.YamlWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

    /**
     * {@code plain-*} have no labels of their own and take the short path; each {@code dropped-*} twin has one label
     * Kubernetes cannot carry (the generator's own prefix), so it goes through the general path and must come out the
     * same. Tier and phase are each present and absent.
     */
    private static final String DESCRIPTOR = """
            project: demo
            tiers:
              core: {}
            services:
              plain-a: { image: a, tier: core }
              plain-b: { image: b, dependsOn: [plain-a] }
              dropped-a: { image: a, tier: core, labels: { "app.kubernetes.io/name": other } }
              dropped-b: { image: b, dependsOn: [plain-a], labels: { "infraarchitect.dev/tier": other } }
              kept: { image: c, labels: { team: search, "example.com/owner": ops } }
            """;

    @Test
    void servicesWithoutLabelsGetWhatTheGeneralPathGives() throws Exception {
        Analysis analysis = KubernetesGeneratorTest.analyse(DESCRIPTOR);
        Labels labels = new Labels("demo", analysis);
        for (String suffix : List.of("a", "b")) {
            Service plain = analysis.descriptor().services().get("plain-" + suffix);
            Service dropped = analysis.descriptor().services().get("dropped-" + suffix);
            assertThat(plain.labels()).isEmpty();
            assertThat(dropped.labels()).isNotEmpty();
            assertThat(yaml(labels.of(plain)).replace("plain-", "dropped-")).isEqualTo(yaml(labels.of(dropped)));
        }
        assertThat(yaml(labels.of(analysis.descriptor().services().get("plain-b")))).isEqualTo("""
                "app.kubernetes.io/managed-by": "infra-architect"
                "app.kubernetes.io/name": "plain-b"
                "app.kubernetes.io/part-of": "demo"
                "infraarchitect.dev/phase": "2"
                """);
    }

    @Test
    void theServicesOwnLabelsAreSortedInAmongTheGenerators() throws Exception {
        Analysis analysis = KubernetesGeneratorTest.analyse(DESCRIPTOR);
        Labels labels = new Labels("demo", analysis);
        assertThat(yaml(labels.of(analysis.descriptor().services().get("kept")))).isEqualTo("""
                "app.kubernetes.io/managed-by": "infra-architect"
                "app.kubernetes.io/name": "kept"
                "app.kubernetes.io/part-of": "demo"
                "example.com/owner": "ops"
                "infraarchitect.dev/phase": "1"
                team: "search"
                """);
    }

    private static String yaml(YamlWriter.Mapping mapping) {
        return YamlWriter.document(List.of(), mapping);
    }
}
