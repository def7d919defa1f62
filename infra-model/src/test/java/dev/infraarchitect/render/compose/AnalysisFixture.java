package dev.infraarchitect.render.compose;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.CostRange;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the parts of an {@link Analysis} the compose generator reads, from descriptor text, without the analysis
 * engine: phases from {@code dependsOn}, placement from pinned hosts plus explicit choices, replicas capped per
 * environment. Enough for generator tests; the engine's own tests cover the real rules.
 */
final class AnalysisFixture {

    private AnalysisFixture() {
    }

    static Analysis analyse(String yaml) {
        return analyse(yaml, Map.of());
    }

    /** {@code placed} adds hosts for services that name none, as automatic placement would. */
    static Analysis analyse(String yaml, Map<String, String> placed) {
        Descriptor descriptor;
        try {
            descriptor = DescriptorLoader.parse(yaml, "infra.yaml");
        } catch (DescriptorException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        SortedMap<String, String> hostOf = new TreeMap<>();
        for (Service service : descriptor.services().values()) {
            if (service.isContainer() && service.host() != null) {
                hostOf.put(service.name(), service.host());
            }
        }
        hostOf.putAll(placed);
        Placement placement = new Placement(hostOf, new TreeSet<>(placed.keySet()));

        SortedMap<String, Integer> phaseOf = new TreeMap<>();
        descriptor.services().keySet().forEach(name -> phase(descriptor, name, phaseOf));
        List<List<String>> phases = new ArrayList<>();
        phaseOf.forEach((name, phase) -> {
            while (phases.size() < phase) {
                phases.add(new ArrayList<>());
            }
            phases.get(phase - 1).add(name);
        });
        StartupOrder order = new StartupOrder(phases, phaseOf, List.of());

        SortedMap<String, EnvironmentPlan> environments = new TreeMap<>();
        for (Environment environment : descriptor.environments().values()) {
            SortedMap<String, Replicas> replicas = new TreeMap<>();
            descriptor.services().values().forEach(s -> replicas.put(s.name(), environment.cap(s.replicas())));
            environments.put(environment.name(), new EnvironmentPlan(environment.name(), replicas, Resources.ZERO,
                    new CostRange(BigDecimal.ZERO, BigDecimal.ZERO), descriptor.budgetsFor(environment), List.of()));
        }
        return new Analysis(descriptor, order, placement, environments, List.of());
    }

    private static int phase(Descriptor descriptor, String name, Map<String, Integer> phaseOf) {
        Integer known = phaseOf.get(name);
        if (known != null) {
            return known;
        }
        Service service = descriptor.services().get(name);
        int phase = 1;
        for (String dependency : service.dependsOn()) {
            if (descriptor.services().containsKey(dependency)) {
                phase = Math.max(phase, phase(descriptor, dependency, phaseOf) + 1);
            }
        }
        if (service.phase() != null) {
            phase = service.phase();
        }
        phaseOf.put(name, phase);
        return phase;
    }
}
