package dev.infraarchitect.render;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An edge of the descriptor seen from both ends, as a network path must be opened: {@code from} connects to
 * {@code to}, along {@code dependsOn} or {@code talksTo} alike. {@code port} is {@code null} when the edge names none,
 * and then every port of {@code to} is meant; {@code transport} ({@code tcp} or {@code udp}) is {@code null} then too.
 */
public record Connection(String from, String to, Integer port, String transport) {

    /** Every connection of the descriptor, by caller name then in written order, each once. */
    public static List<Connection> of(Descriptor descriptor) {
        Set<Connection> connections = new LinkedHashSet<>();
        for (Service service : descriptor.services().values()) {
            for (Edge edge : service.edges()) {
                connections.add(new Connection(service.name(), edge.service(), edge.port(),
                        edge.port() == null ? null : edge.transport()));
            }
        }
        return new ArrayList<>(connections);
    }
}
