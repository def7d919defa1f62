package dev.infraarchitect.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.load.DescriptorLoader;
import java.util.Random;
import org.jgrapht.alg.cycle.CycleDetector;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    @Test
    void knowsWhetherAnyServiceDependsOnItself() throws DescriptorException {
        assertThat(graph("a: { dependsOn: [b, unknown] }", "b: { dependsOn: [c] }", "c: {}").isAcyclic()).isTrue();
        assertThat(graph("a: { dependsOn: [a] }").isAcyclic()).as("a self-loop").isFalse();
        assertThat(graph("a: { dependsOn: [b] }", "b: { dependsOn: [c] }", "c: { dependsOn: [a] }", "d: {}")
                .isAcyclic()).isFalse();
        assertThat(graph("d: {}").isAcyclic()).isTrue();
    }

    @Test
    void agreesWithJGraphTsCycleDetectorOnRandomGraphs() throws DescriptorException {
        Random random = new Random(11);
        int cyclic = 0;
        for (int round = 0; round < 300; round++) {
            int services = 1 + random.nextInt(12);
            String[] lines = new String[services];
            for (int i = 0; i < services; i++) {
                java.util.Set<String> deps = new java.util.LinkedHashSet<>();
                for (int d = random.nextInt(4); d > 0; d--) {
                    // mostly earlier services, sometimes any (and s0 itself): some graphs get cycles
                    int target = random.nextInt(10) == 0 ? random.nextInt(services) : random.nextInt(Math.max(i, 1));
                    deps.add("s" + target);
                }
                lines[i] = "s" + i + ": { dependsOn: [" + String.join(", ", deps) + "] }";
            }
            DependencyGraph graph = graph(lines);
            boolean expected = !new CycleDetector<>(graph.graph()).detectCycles();
            assertThat(graph.isAcyclic()).as(String.join("\n", lines)).isEqualTo(expected);
            if (expected) {
                assertIsTopological(graph);
            }
            cyclic += expected ? 0 : 1;
        }
        assertThat(cyclic).as("graphs with a cycle").isBetween(30, 270);
    }

    @Test
    void ordersDependenciesFirstStartingWithTheReadyOnesInNameOrder() throws DescriptorException {
        DependencyGraph graph = graph("web: { dependsOn: [api, cache] }", "api: { dependsOn: [db] }", "cache: {}",
                "db: {}");
        assertThat(graph.topologicalOrder()).contains(java.util.List.of("cache", "db", "api", "web"));
        assertThat(graph("a: { dependsOn: [a] }").topologicalOrder()).isEmpty();
    }

    @Test
    void keepsDependenciesInTheOrderWrittenAndNamesDependentsSorted() throws DescriptorException {
        DependencyGraph graph = graph("web: { dependsOn: [db, api, unknown] }", "api: { dependsOn: [db, api] }",
                "db: {}", "batch: { dependsOn: [db] }");

        assertThat(graph.dependenciesOf("web")).containsExactly("db", "api");
        assertThat(graph.dependenciesOf("api")).containsExactly("db", "api");
        assertThat(graph.dependentsOf("db")).containsExactly("api", "batch", "web");
        assertThat(graph.dependentsOf("api")).as("not itself").containsExactly("web");
        assertThat(graph.isDependedOn("api")).isTrue();
        assertThat(graph.isDependedOn("web")).isFalse();
        assertThat(graph.graph().edgeSet()).hasSize(5);
        assertThat(graph.graph().containsEdge("api", "api")).isTrue();
    }

    private static void assertIsTopological(DependencyGraph graph) {
        java.util.List<String> order = graph.topologicalOrder().orElseThrow();
        assertThat(order).containsExactlyInAnyOrderElementsOf(graph.graph().vertexSet());
        for (var edge : graph.graph().edgeSet()) {
            assertThat(order.indexOf(graph.graph().getEdgeTarget(edge)))
                    .isLessThan(order.indexOf(graph.graph().getEdgeSource(edge)));
        }
    }

    private static DependencyGraph graph(String... services) throws DescriptorException {
        StringBuilder yaml = new StringBuilder("project: p\nservices:\n");
        for (String service : services) {
            yaml.append("  ").append(service.replace("{ ", "{ image: x, ").replace("{}", "{ image: x }"))
                    .append('\n');
        }
        return DependencyGraph.of(DescriptorLoader.parse(yaml.toString(), "infra.yaml"));
    }
}
