package dev.infraarchitect.analysis.graph;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Service;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The {@code dependsOn} relation between known services: an edge goes from a service to a service it needs.
 * Dependencies on unknown names are left out (they are reported as unknown references); a service naming itself is
 * kept as a self-loop, which is a cycle; a dependency written twice is one edge. Vertices are numbered in name order
 * and edges kept in the order written, so every traversal is deterministic.
 *
 * <p>The edges are held as arrays of vertex numbers and Kahn's algorithm runs on them while the graph is built, so the
 * usual answer, "no cycle", costs a few arrays. The JGraphT graph that the cycle search needs is made only when asked
 * for.
 */
public final class DependencyGraph {

    private final String[] names;
    private final Service[] services;
    private final Map<String, Integer> index;
    private final Adjacency dependencies;
    private final Adjacency dependents;
    private final List<String> topologicalOrder; // null when there is a cycle
    private Graph<String, DefaultEdge> graph; // made on first use

    private DependencyGraph(String[] names, Service[] services, Map<String, Integer> index, Adjacency dependencies) {
        this.names = names;
        this.services = services;
        this.index = index;
        this.dependencies = dependencies;
        this.dependents = dependencies.reversed();
        int[] order = order(null);
        this.topologicalOrder = order.length == names.length ? names(order) : null;
    }

    /** Builds the graph of {@code descriptor}'s services in O(V + E). */
    public static DependencyGraph of(Descriptor descriptor) {
        Map<String, Service> services = descriptor.services();
        String[] names = new String[services.size()];
        Service[] byVertex = services.values().toArray(new Service[0]);
        Map<String, Integer> index = new HashMap<>(services.size() * 4 / 3 + 1);
        for (String name : services.keySet()) {
            names[index.size()] = name;
            index.put(name, index.size());
        }
        Adjacency.Builder edges = new Adjacency.Builder(names.length);
        int[] lastAddedBy = new int[names.length];
        Arrays.fill(lastAddedBy, -1);
        int from = 0;
        for (Service service : services.values()) {
            for (String dependency : service.dependsOn()) {
                Integer to = index.get(dependency);
                if (to != null && lastAddedBy[to] != from) {
                    lastAddedBy[to] = from;
                    edges.add(to);
                }
            }
            edges.endVertex();
            from++;
        }
        return new DependencyGraph(names, byVertex, index, edges.build());
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

    /** The graph as JGraphT's; edges point from a service to its dependency. Do not modify it. */
    public synchronized Graph<String, DefaultEdge> graph() {
        if (graph == null) {
            Graph<String, DefaultEdge> built = new DefaultDirectedGraph<>(DefaultEdge.class);
            for (String name : names) {
                built.addVertex(name);
            }
            for (int v = 0; v < names.length; v++) {
                for (int e = dependencies.start(v); e < dependencies.end(v); e++) {
                    built.addEdge(names[v], names[dependencies.target(e)]);
                }
            }
            graph = built;
        }
        return graph;
    }

    /** The known services {@code service} depends on, in the order written, without repeats. */
    public List<String> dependenciesOf(String service) {
        int v = vertex(service);
        return names(Arrays.copyOfRange(dependencies.targets, dependencies.start(v), dependencies.end(v)));
    }

    /** The other services that depend on {@code service}, sorted; empty when none does. */
    public SortedSet<String> dependentsOf(String service) {
        int v = vertex(service);
        SortedSet<String> result = new TreeSet<>();
        for (int e = dependents.start(v); e < dependents.end(v); e++) {
            if (dependents.target(e) != v) {
                result.add(names[dependents.target(e)]);
            }
        }
        return Collections.unmodifiableSortedSet(result);
    }

    /** Whether some other service depends on {@code service}. */
    public boolean isDependedOn(String service) {
        int v = vertex(service);
        for (int e = dependents.start(v); e < dependents.end(v); e++) {
            if (dependents.target(e) != v) {
                return true;
            }
        }
        return false;
    }

    int vertexCount() {
        return names.length;
    }

    String name(int vertex) {
        return names[vertex];
    }

    Service service(int vertex) {
        return services[vertex];
    }

    Adjacency dependencies() {
        return dependencies;
    }

    /**
     * Kahn's algorithm over the vertices not {@code excluded} (null: none), ignoring edges into excluded ones: the
     * ready vertices in name order, then each dependent once its last dependency is placed, in edge order. Shorter
     * than the vertex count when a cycle remains.
     */
    int[] order(boolean[] excluded) {
        int vertices = names.length;
        int[] pending = new int[vertices];
        int[] ready = new int[vertices];
        int tail = 0;
        for (int v = 0; v < vertices; v++) {
            if (excluded != null && excluded[v]) {
                continue;
            }
            for (int e = dependencies.start(v); e < dependencies.end(v); e++) {
                if (excluded == null || !excluded[dependencies.target(e)]) {
                    pending[v]++;
                }
            }
            if (pending[v] == 0) {
                ready[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = ready[head];
            for (int e = dependents.start(v); e < dependents.end(v); e++) {
                int dependent = dependents.target(e);
                if ((excluded == null || !excluded[dependent]) && --pending[dependent] == 0) {
                    ready[tail++] = dependent;
                }
            }
        }
        return tail == vertices ? ready : Arrays.copyOf(ready, tail);
    }

    private int vertex(String service) {
        Integer v = index.get(service);
        if (v == null) {
            throw new IllegalArgumentException("no such service: " + service);
        }
        return v;
    }

    /** Vertex numbers as names, without copying them. */
    private List<String> names(int[] vertices) {
        return Collections.unmodifiableList(new AbstractList<>() {
            @Override
            public String get(int i) {
                return names[vertices[i]];
            }

            @Override
            public int size() {
                return vertices.length;
            }
        });
    }

    /** Edges grouped by vertex: those of {@code v} are {@code targets[start(v)..end(v))}, in the order added. */
    static final class Adjacency {

        private final int[] first;
        private final int[] targets;

        private Adjacency(int[] first, int[] targets) {
            this.first = first;
            this.targets = targets;
        }

        int start(int vertex) {
            return first[vertex];
        }

        int end(int vertex) {
            return first[vertex + 1];
        }

        int target(int edge) {
            return targets[edge];
        }

        /** The same edges pointing the other way, each vertex's in the order of their sources. */
        Adjacency reversed() {
            int vertices = first.length - 1;
            int[] reversedFirst = new int[vertices + 1];
            for (int e = 0; e < first[vertices]; e++) {
                reversedFirst[targets[e] + 1]++;
            }
            for (int v = 0; v < vertices; v++) {
                reversedFirst[v + 1] += reversedFirst[v];
            }
            int[] fill = Arrays.copyOf(reversedFirst, vertices);
            int[] sources = new int[first[vertices]];
            for (int v = 0; v < vertices; v++) {
                for (int e = first[v]; e < first[v + 1]; e++) {
                    sources[fill[targets[e]]++] = v;
                }
            }
            return new Adjacency(reversedFirst, sources);
        }

        /** Collects the edges of vertex 0, then 1, and so on. */
        static final class Builder {

            private final int[] first;
            private int[] targets = new int[1024];
            private int size;
            private int vertex;

            Builder(int vertices) {
                first = new int[vertices + 1];
            }

            void add(int target) {
                if (size == targets.length) {
                    targets = Arrays.copyOf(targets, size * 2);
                }
                targets[size++] = target;
            }

            void endVertex() {
                first[++vertex] = size;
            }

            Adjacency build() {
                return new Adjacency(first, Arrays.copyOf(targets, size));
            }
        }
    }
}
