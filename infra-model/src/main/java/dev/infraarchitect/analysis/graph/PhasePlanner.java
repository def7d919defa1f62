package dev.infraarchitect.analysis.graph;

import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.SourceMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

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
        int vertices = dependencies.vertexCount();
        boolean[] onCycle = null;
        if (!cyclic.isEmpty()) {
            onCycle = new boolean[vertices];
            for (int v = 0; v < vertices; v++) {
                onCycle[v] = cyclic.contains(dependencies.name(v));
            }
        }
        DependencyGraph.Adjacency edges = dependencies.dependencies();
        int[] phase = new int[vertices]; // 0: on a cycle
        int[] chain = new int[vertices];
        int[] chainNext = new int[vertices];
        List<Finding> findings = new ArrayList<>();
        for (int v : dependencies.order(onCycle)) {
            int highest = 0;
            int highestDependency = -1;
            int longest = 0;
            int longestDependency = -1;
            for (int e = edges.start(v); e < edges.end(v); e++) {
                int dependency = edges.target(e);
                if (onCycle != null && onCycle[dependency]) {
                    continue;
                }
                // vertices are numbered in name order: the smaller number is the smaller name
                int p = phase[dependency];
                if (p > highest || p == highest && dependency < highestDependency) {
                    highest = p;
                    highestDependency = dependency;
                }
                int c = chain[dependency];
                if (c > longest || c == longest && dependency < longestDependency) {
                    longest = c;
                    longestDependency = dependency;
                }
            }
            String name = dependencies.name(v);
            Service service = dependencies.service(v);
            if (service.phase() == null) {
                phase[v] = highest + 1;
            } else {
                phase[v] = service.phase();
                if (service.phase() < highest) {
                    findings.add(new Finding(Severity.ERROR, AnalysisRules.PHASE_ORDER,
                            "service " + name + " is in phase " + service.phase() + " but depends on "
                                    + dependencies.name(highestDependency) + " in phase " + highest + "; give it phase "
                                    + highest + " or later, or leave phase out",
                            List.of(name), descriptor.locate(SourceMap.pointer("services", name, "phase"))));
                }
            }
            chain[v] = longest + 1;
            chainNext[v] = longestDependency;
        }
        return new Result(order(dependencies, phase, chain, chainNext), findings);
    }

    private static StartupOrder order(DependencyGraph dependencies, int[] phase, int[] chain, int[] chainNext) {
        SortedMap<String, Integer> phaseOf = new TreeMap<>();
        List<List<String>> phases = new ArrayList<>();
        int end = -1;
        for (int v = 0; v < phase.length; v++) { // in name order
            if (chain[v] == 0) {
                continue; // on a cycle
            }
            String name = dependencies.name(v);
            phaseOf.put(name, phase[v]);
            while (phases.size() < phase[v]) {
                phases.add(new ArrayList<>());
            }
            phases.get(phase[v] - 1).add(name);
            if (end == -1 || chain[v] > chain[end]) {
                end = v;
            }
        }
        List<String> criticalPath = new ArrayList<>();
        for (int at = end; at != -1; at = chainNext[at]) {
            criticalPath.add(dependencies.name(at));
        }
        Collections.reverse(criticalPath);
        return new StartupOrder(phases.stream().map(List::copyOf).toList(), Collections.unmodifiableSortedMap(phaseOf),
                List.copyOf(criticalPath));
    }
}
