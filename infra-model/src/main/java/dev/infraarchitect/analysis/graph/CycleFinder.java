package dev.infraarchitect.analysis.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds every independent dependency cycle: one per strongly connected component with more than one service, and
 * one per self-loop. Components come from {@link KosarajuStrongConnectivityInspector}, whose depth-first search keeps
 * an explicit stack (the recursive Tarjan, Gabow and Johnson implementations overflow the call stack on a
 * 100,000-service ring). Simple cycles are never enumerated: there can be exponentially many. Each cycle is shown as
 * one path that really follows {@code dependsOn}: from the component's smallest name, the shortest way (breadth-first)
 * back to it within the component. O(V + E) overall.
 */
public final class CycleFinder {

    private CycleFinder() {
    }

    /** One dependency cycle: its closed path ({@code [a, b, c, a]}) and every service of its component, sorted. */
    public record Cycle(List<String> path, SortedSet<String> component) {

        /** {@code a -> b -> c -> a}. */
        public String describe() {
            return String.join(" -> ", path);
        }
    }

    /** Every cycle of {@code dependencies}, sorted by the first name of the path. */
    public static List<Cycle> cycles(DependencyGraph dependencies) {
        if (dependencies.isAcyclic()) {
            return List.of(); // the usual case, known without searching for components
        }
        Graph<String, DefaultEdge> graph = dependencies.graph();
        List<Cycle> cycles = new ArrayList<>();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (component.size() > 1) {
                String start = Collections.min(component);
                cycles.add(new Cycle(shortestCycleThrough(graph, start, component), new TreeSet<>(component)));
            } else {
                String only = component.iterator().next();
                if (graph.containsEdge(only, only)) {
                    cycles.add(new Cycle(List.of(only, only), new TreeSet<>(component)));
                }
            }
        }
        cycles.sort(Comparator.comparing(c -> c.path().get(0)));
        return cycles;
    }

    /**
     * Breadth-first search from {@code start} along dependency edges, staying inside {@code component}, until an
     * edge leads back to {@code start}. Successors are visited in the order written, so the path is deterministic.
     */
    private static List<String> shortestCycleThrough(Graph<String, DefaultEdge> graph, String start,
            Set<String> component) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        parent.put(start, null);
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            for (DefaultEdge edge : graph.outgoingEdgesOf(current)) {
                String next = graph.getEdgeTarget(edge);
                if (next.equals(start)) {
                    return closedPath(parent, current, start);
                }
                if (component.contains(next) && !parent.containsKey(next)) {
                    parent.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start + " in its strongly connected component");
    }

    private static List<String> closedPath(Map<String, String> parent, String last, String start) {
        List<String> path = new ArrayList<>();
        path.add(start);
        for (String at = last; at != null; at = parent.get(at)) {
            path.add(at);
        }
        Collections.reverse(path);
        return path;
    }
}
