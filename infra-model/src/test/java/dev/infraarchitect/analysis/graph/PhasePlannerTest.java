package dev.infraarchitect.analysis.graph;

import static dev.infraarchitect.analysis.TestDescriptors.analyze;
import static dev.infraarchitect.analysis.TestDescriptors.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhasePlannerTest {

    @Test
    void phasesFollowDependenciesAndStartupOrderIsSortedWithinAPhase() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  web: { image: x:1, dependsOn: [api] }",
                "  api: { image: x:1, dependsOn: [postgres, redis] }",
                "  worker: { image: x:1, dependsOn: [redis] }",
                "  redis: { image: x:1 }",
                "  postgres: { image: x:1 }",
                "  metrics: { image: x:1 }");

        assertThat(analysis.order().phases()).containsExactly(
                List.of("metrics", "postgres", "redis"),
                List.of("api", "worker"),
                List.of("web"));
        assertThat(analysis.order().phaseOf()).containsEntry("web", 3).containsEntry("worker", 2).hasSize(6);
        assertThat(analysis.order().criticalPath()).containsExactly("postgres", "api", "web");
        assertThat(messages(analysis, AnalysisRules.PHASE_ORDER)).isEmpty();
    }

    @Test
    void givenPhasesAreKeptAndEmptyPhasesInBetweenStay() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  db: { image: x:1 }",
                "  api: { image: x:1, phase: 4, dependsOn: [db] }",
                "  web: { image: x:1, dependsOn: [api] }",
                "  cache: { image: x:1, phase: 1, dependsOn: [db] }");

        assertThat(analysis.order().phases()).containsExactly(
                List.of("cache", "db"), List.of(), List.of(), List.of("api"), List.of("web"));
        assertThat(analysis.order().phaseOf("web")).isEqualTo(5);
        assertThat(messages(analysis, AnalysisRules.PHASE_ORDER))
                .as("the spec only rejects a phase lower than a dependency's; equal is allowed")
                .isEmpty();
    }

    @Test
    void phaseLowerThanADependencysIsAnErrorNamingTheLatestDependency() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  db: { image: x:1, phase: 3 }",
                "  cache: { image: x:1 }",
                "  queue: { image: x:1, phase: 3 }",
                "  api:",
                "    image: x:1",
                "    phase: 2",
                "    dependsOn: [cache, queue, db]");

        assertThat(messages(analysis, AnalysisRules.PHASE_ORDER)).containsExactly(
                "service api is in phase 2 but depends on db in phase 3; give it phase 3 or later, or leave phase out");
        assertThat(analysis.errors().get(0).location().line()).isEqualTo(8);
        assertThat(analysis.order().phaseOf("api")).isEqualTo(2);
    }

    @Test
    void criticalPathTiesGoToTheSmallestNames() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  z: { image: x:1, dependsOn: [m, b] }",
                "  y: { image: x:1, dependsOn: [m] }",
                "  m: { image: x:1 }",
                "  b: { image: x:1 }");

        assertThat(analysis.order().criticalPath()).containsExactly("m", "y");
    }

    @Test
    void serviceDependingOnACycleIsPlannedWithoutIt() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  a: { image: x:1, dependsOn: [b] }",
                "  b: { image: x:1, dependsOn: [a] }",
                "  c: { image: x:1, dependsOn: [a, d] }",
                "  d: { image: x:1 }");

        assertThat(analysis.order().phases()).containsExactly(List.of("d"), List.of("c"));
        assertThat(analysis.order().criticalPath()).containsExactly("d", "c");
    }
}
