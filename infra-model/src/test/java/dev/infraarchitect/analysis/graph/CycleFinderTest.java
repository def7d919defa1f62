package dev.infraarchitect.analysis.graph;

import static dev.infraarchitect.analysis.TestDescriptors.analyze;
import static dev.infraarchitect.analysis.TestDescriptors.container;
import static dev.infraarchitect.analysis.TestDescriptors.messages;
import static dev.infraarchitect.analysis.TestDescriptors.ofServices;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleFinderTest {

    @Test
    void oneCycleIsNamedInDependencyOrderFromItsSmallestName() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  traefik: { image: traefik:3, dependsOn: [web] }",
                "  web: { image: web:1, dependsOn: [authentik] }",
                "  authentik: { image: authentik:1, dependsOn: [traefik] }",
                "  db: { image: postgres:16 }");

        assertThat(messages(analysis, AnalysisRules.DEPENDENCY_CYCLE))
                .containsExactly("dependency cycle: authentik -> traefik -> web -> authentik");
        var finding = analysis.errors().get(0);
        assertThat(finding.services()).containsExactly("authentik", "traefik", "web");
        assertThat(finding.location()).isEqualTo(analysis.descriptor().locate("/services/authentik/dependsOn/0"));
        assertThat(finding.location().line()).isEqualTo(5);
        assertThat(analysis.order().phaseOf()).containsOnlyKeys("db");
        assertThat(analysis.structurallySound()).isFalse();
    }

    @Test
    void twoIndependentCyclesAreTwoFindings() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  a: { image: x:1, dependsOn: [b] }",
                "  b: { image: x:1, dependsOn: [a] }",
                "  c: { image: x:1, dependsOn: [d, a] }",
                "  d: { image: x:1, dependsOn: [e] }",
                "  e: { image: x:1, dependsOn: [c] }");

        assertThat(messages(analysis, AnalysisRules.DEPENDENCY_CYCLE)).containsExactly(
                "dependency cycle: a -> b -> a",
                "dependency cycle: c -> d -> e -> c");
    }

    @Test
    void shortestWayBackIsShownAndTheRestOfTheComponentNamed() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  a: { image: x:1, dependsOn: [b] }",
                "  b: { image: x:1, dependsOn: [c, a] }",
                "  c: { image: x:1, dependsOn: [b] }");

        assertThat(messages(analysis, AnalysisRules.DEPENDENCY_CYCLE))
                .containsExactly("dependency cycle: a -> b -> a (also on cycles with these: c)");
    }

    @Test
    void selfDependencyIsACycle() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  api: { image: x:1, dependsOn: [db, api] }",
                "  db: { image: x:1 }");

        assertThat(messages(analysis, AnalysisRules.DEPENDENCY_CYCLE)).containsExactly("dependency cycle: api -> api");
        assertThat(analysis.errors().get(0).location())
                .isEqualTo(analysis.descriptor().locate("/services/api/dependsOn/1"));
        assertThat(analysis.order().phaseOf()).containsOnlyKeys("db");
    }

    @Test
    void ringOfOneHundredThousandServicesIsOneCycleWithoutStackOverflow() {
        int n = 100_000;
        Map<String, Service> services = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            services.put(name(i), container(name(i), List.of(name((i + 1) % n))));
        }
        Descriptor descriptor = ofServices(services);

        List<CycleFinder.Cycle> cycles = CycleFinder.cycles(DependencyGraph.of(descriptor));

        assertThat(cycles).hasSize(1);
        List<String> path = cycles.get(0).path();
        assertThat(path).hasSize(n + 1);
        assertThat(path.subList(0, 3)).containsExactly("s000000", "s000001", "s000002");
        assertThat(path.get(n - 1)).isEqualTo("s099999");
        assertThat(path.get(n)).isEqualTo("s000000");
        assertThat(new Analyzer().analyze(descriptor, AnalysisOptions.DEFAULTS).order().phases()).isEmpty();
    }

    @Test
    void chainOfOneHundredThousandServicesHasNoCycleAndOnePhaseEach() {
        int n = 100_000;
        Map<String, Service> services = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            services.put(name(i), container(name(i), i == 0 ? List.of() : List.of(name(i - 1))));
        }

        Analysis analysis = new Analyzer().analyze(ofServices(services), AnalysisOptions.DEFAULTS);

        assertThat(messages(analysis, AnalysisRules.DEPENDENCY_CYCLE)).isEmpty();
        assertThat(analysis.order().phases()).hasSize(n);
        assertThat(analysis.order().phaseOf("s099999")).isEqualTo(n);
        assertThat(analysis.order().criticalPath()).hasSize(n);
        assertThat(analysis.order().criticalPath().get(0)).isEqualTo("s000000");
        assertThat(analysis.order().criticalPath().get(n - 1)).isEqualTo("s099999");
    }

    private static String name(int i) {
        return String.format("s%06d", i);
    }
}
