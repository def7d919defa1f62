package dev.infraarchitect.render;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A connection one service opens to another: a {@code dependsOn} entry. {@code port} is {@code null} when the edge
 * names none, and then every port of {@code to} is meant; {@code protocol} ({@code tcp} or {@code udp}) is then
 * {@code null} too. Generators open network paths along these edges.
 */
public record Edge(String from, String to, Integer port, String protocol) {

    /** Every edge of the descriptor, by caller name then target, each (caller, target, port) once. */
    public static List<Edge> of(Descriptor descriptor) {
        List<Edge> edges = new ArrayList<>();
        for (Service service : descriptor.services().values()) {
            for (String dependency : new LinkedHashSet<>(service.dependsOn())) {
                edges.add(new Edge(service.name(), dependency, null, null));
            }
        }
        return edges;
    }
}
