package dev.infraarchitect.analysis.graph;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Service;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The {@code dependsOn} relation between known services as a JGraphT graph: an edge goes from a service to a service
 * it needs. Dependencies on unknown names are left out (they are reported as unknown references); a service naming
 * itself is kept as a self-loop, which is a cycle. Vertices are added in name order and edges in the order written,
 * so every traversal of this graph is deterministic.
 */
public final class DependencyGraph {

    private final Graph<String, DefaultEdge> graph;
    private final List<String> topologicalOrder; // null when there is a cycle

    private DependencyGraph(Graph<String, DefaultEdge> graph, List<String> topologicalOrder) {
        this.graph = graph;
        this.topologicalOrder = topologicalOrder;
    }

    /** Builds the graph of {@code descriptor}'s services in O(V + E). */
    public static DependencyGraph of(Descriptor descriptor) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        SortedMap<String, Service> services = descriptor.services();
        Map<String, Integer> index = new HashMap<>(services.size() * 4 / 3 + 1);
        String[] names = new String[services.size()];
        for (String name : services.keySet()) {
            graph.addVertex(name);
            names[index.size()] = name;
            index.put(name, index.size());
        }
        EdgeList edges = new EdgeList();
        for (Service service : services.values()) {
            int from = index.get(service.name());
            for (String dependency : service.dependsOn()) {
                Integer to = index.get(dependency);
                if (to != null && graph.addEdge(service.name(), dependency) != null) {
                    edges.add(from, to);
                }
            }
        }
        int[] order = edges.topologicalOrder(names.length);
        return new DependencyGraph(graph, order == null ? null
                : Arrays.stream(order).mapToObj(v -> names[v]).toList());
    }

    /** Whether no service depends on itself, directly or through others. */
    public boolean isAcyclic() {
        return topologicalOrder != null;
    }

    /**
     * Every service, dependencies first (Kahn's algorithm: the services without dependencies in name order, then
     * each service once its last dependency is placed, in the order edges were written); empty when there is a
     * cycle.
     */
    public Optional<List<String>> topologicalOrder() {
        return Optional.ofNullable(topologicalOrder);
    }

    /** The edges as pairs of vertex numbers, so that the usual answer, "no cycle", costs a few arrays. */
    private static final class EdgeList {

        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private int size;

        void add(int source, int target) {
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = source;
            to[size] = target;
            size++;
        }

        /** Kahn's algorithm on {@code vertices} vertices, or null when not every vertex can be removed (a cycle). */
        int[] topologicalOrder(int vertices) {
            int[] pending = new int[vertices]; // dependencies not yet removed
            int[] firstDependent = new int[vertices + 1]; // dependents of v: dependents[firstDependent[v]..[v + 1])
            for (int e = 0; e < size; e++) {
                pending[from[e]]++;
                firstDependent[to[e] + 1]++;
            }
            for (int v = 0; v < vertices; v++) {
                firstDependent[v + 1] += firstDependent[v];
            }
            int[] dependents = new int[size];
            int[] fill = Arrays.copyOf(firstDependent, vertices);
            for (int e = 0; e < size; e++) {
                dependents[fill[to[e]]++] = from[e];
            }
            int[] ready = new int[vertices];
            int head = 0;
            int tail = 0;
            for (int v = 0; v < vertices; v++) {
                if (pending[v] == 0) {
                    ready[tail++] = v;
                }
            }
            while (head < tail) {
                int v = ready[head++];
                for (int d = firstDependent[v]; d < firstDependent[v + 1]; d++) {
                    if (--pending[dependents[d]] == 0) {
                        ready[tail++] = dependents[d];
                    }
                }
            }
            return tail == vertices ? ready : null;
        }
    }

    /** The graph itself; edges point from a service to its dependency. Do not modify it. */
    public Graph<String, DefaultEdge> graph() {
        return graph;
    }

    /** The known services {@code service} depends on, in the order written, without repeats. */
    public List<String> dependenciesOf(String service) {
        return graph.outgoingEdgesOf(service).stream().map(graph::getEdgeTarget).toList();
    }

    /** The other services that depend on {@code service}, sorted; empty when none does. */
    public SortedSet<String> dependentsOf(String service) {
        SortedSet<String> result = new TreeSet<>();
        for (DefaultEdge edge : graph.incomingEdgesOf(service)) {
            result.add(graph.getEdgeSource(edge));
        }
        result.remove(service);
        return Collections.unmodifiableSortedSet(result);
    }

    /** Whether some other service depends on {@code service}. */
    public boolean isDependedOn(String service) {
        for (DefaultEdge edge : graph.incomingEdgesOf(service)) {
            if (!graph.getEdgeSource(edge).equals(service)) {
                return true;
            }
        }
        return false;
    }
}
