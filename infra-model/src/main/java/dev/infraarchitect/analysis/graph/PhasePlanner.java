package dev.infraarchitect.analysis.graph;

import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.SourceMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Rollout phases, startup order and critical path, in one pass over a topological order (Kahn's algorithm, O(V + E),
 * no recursion). A service's phase is the one it gives, or one more than its dependencies' highest phase (1 without
 * dependencies). A given phase <em>lower</em> than a dependency's phase is a {@code phase-order} error, exactly as the
 * descriptor specification words it: an equal phase is allowed and then starts alongside its dependency.
 *
 * <p>Services on a cycle get no phase; a service that depends on one is planned as if that dependency were absent
 * (the cycle itself is the error to fix). The critical path is the longest chain of dependencies counted in
 * services; among equally long chains the one ending at the smallest name wins, and each step goes to the
 * smallest-named of the dependencies with the longest chains.
 */
public final class PhasePlanner {

    private PhasePlanner() {
    }

    /** The order and the phase errors. */
    public record Result(StartupOrder order, List<Finding> findings) {
    }

    /** Plans {@code descriptor}'s services; {@code cyclic} are the services on cycles, left out. */
    public static Result plan(Descriptor descriptor, DependencyGraph dependencies, Set<String> cyclic) {
        Graph<String, DefaultEdge> graph = dependencies.graph();
        List<String> order = cyclic.isEmpty() && dependencies.topologicalOrder().isPresent()
                ? dependencies.topologicalOrder().get()
                : topologicalOrder(graph, cyclic);

        Map<String, Integer> phase = new HashMap<>();
        Map<String, Integer> chain = new HashMap<>();
        Map<String, String> chainNext = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (String name : order) {
            int highest = 0;
            String highestDependency = null;
            int longest = 0;
            String longestDependency = null;
            for (DefaultEdge edge : graph.outgoingEdgesOf(name)) {
                String dependency = graph.getEdgeTarget(edge);
                if (cyclic.contains(dependency)) {
                    continue;
                }
                int p = phase.get(dependency);
                if (p > highest || p == highest && dependency.compareTo(highestDependency) < 0) {
                    highest = p;
                    highestDependency = dependency;
                }
                int c = chain.get(dependency);
                if (c > longest || c == longest && dependency.compareTo(longestDependency) < 0) {
                    longest = c;
                    longestDependency = dependency;
                }
            }
            Service service = descriptor.services().get(name);
            if (service.phase() == null) {
                phase.put(name, highest + 1);
            } else {
                phase.put(name, service.phase());
                if (service.phase() < highest) {
                    findings.add(new Finding(Severity.ERROR, AnalysisRules.PHASE_ORDER,
                            "service " + name + " is in phase " + service.phase() + " but depends on "
                                    + highestDependency + " in phase " + highest + "; give it phase " + highest
                                    + " or later, or leave phase out",
                            List.of(name), descriptor.locate(SourceMap.pointer("services", name, "phase"))));
                }
            }
            chain.put(name, longest + 1);
            if (longestDependency != null) {
                chainNext.put(name, longestDependency);
            }
        }
        return new Result(order(phase, chain, chainNext), findings);
    }

    /**
     * Kahn's algorithm, dependencies first: a service is ready once every dependency (off cycles) is. The queue
     * starts with the ready services in name order and grows in edge order, so the result is deterministic.
     */
    private static List<String> topologicalOrder(Graph<String, DefaultEdge> graph, Set<String> cyclic) {
        Map<String, Integer> waiting = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (String name : graph.vertexSet()) {
            if (cyclic.contains(name)) {
                continue;
            }
            int count = 0;
            for (DefaultEdge edge : graph.outgoingEdgesOf(name)) {
                if (!cyclic.contains(graph.getEdgeTarget(edge))) {
                    count++;
                }
            }
            waiting.put(name, count);
            if (count == 0) {
                ready.add(name);
            }
        }
        List<String> order = new ArrayList<>(waiting.size());
        while (!ready.isEmpty()) {
            String name = ready.removeFirst();
            order.add(name);
            for (DefaultEdge edge : graph.incomingEdgesOf(name)) {
                String dependent = graph.getEdgeSource(edge);
                if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                    ready.addLast(dependent);
                }
            }
        }
        return order;
    }

    private static StartupOrder order(Map<String, Integer> phase, Map<String, Integer> chain,
            Map<String, String> chainNext) {
        SortedMap<String, Integer> phaseOf = new TreeMap<>(phase);
        int last = phaseOf.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<String>> phases = new ArrayList<>(last);
        for (int i = 0; i < last; i++) {
            phases.add(new ArrayList<>());
        }
        phaseOf.forEach((name, p) -> phases.get(p - 1).add(name));

        String end = null;
        for (Map.Entry<String, Integer> entry : new TreeMap<>(chain).entrySet()) {
            if (end == null || entry.getValue() > chain.get(end)) {
                end = entry.getKey();
            }
        }
        List<String> criticalPath = new ArrayList<>();
        for (String at = end; at != null; at = chainNext.get(at)) {
            criticalPath.add(at);
        }
        Collections.reverse(criticalPath);
        return new StartupOrder(phases.stream().map(List::copyOf).toList(), Collections.unmodifiableSortedMap(phaseOf),
                List.copyOf(criticalPath));
    }
}
