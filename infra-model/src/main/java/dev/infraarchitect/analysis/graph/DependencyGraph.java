package dev.infraarchitect.analysis.graph;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Service;
import java.util.Collections;
import java.util.List;
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

    private DependencyGraph(Graph<String, DefaultEdge> graph) {
        this.graph = graph;
    }

    /** Builds the graph of {@code descriptor}'s services in O(V + E). */
    public static DependencyGraph of(Descriptor descriptor) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        SortedMap<String, Service> services = descriptor.services();
        services.keySet().forEach(graph::addVertex);
        for (Service service : services.values()) {
            for (String dependency : service.dependsOn()) {
                if (services.containsKey(dependency)) {
                    graph.addEdge(service.name(), dependency);
                }
            }
        }
        return new DependencyGraph(graph);
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
