package dev.infraarchitect.render.terraform;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The load balancers that carry traffic from outside to the container services on AWS: one per managed service that
 * connects to container services (a managed load balancer in the descriptor), forwarding to the ports its edges name
 * or else to all the target's ports; and one more, {@value #PUBLISHED}, for the container services that publish host
 * ports and no managed service reaches, listening on the published ports. They are network load balancers: they pass
 * any TCP or UDP protocol through, where an application load balancer would speak only HTTP.
 */
final class LoadBalancers {

    static final String PUBLISHED = "published";

    /** A load balancer; {@code name} is the managed service it stands for, or {@value #PUBLISHED}. */
    record LoadBalancer(String name, String label, String description, List<Listener> listeners) {

        /** The security group of the load balancer itself. */
        String securityGroup() {
            return label + "_lb";
        }
    }

    /**
     * A listener on {@code port} forwarding to {@code containerPort} of {@code target} through its target group;
     * {@code wanted} is the port it would listen on had no other target of the load balancer taken it.
     */
    record Listener(LoadBalancer owner, int port, int wanted, String protocol, Service target, int containerPort) {

        /** The label of the target group and the listener, also the key ECS services find the group by. */
        String label() {
            return owner.label() + "_" + Names.id(target.name()) + "_" + containerPort
                    + ("tcp".equals(protocol) ? "" : "_" + protocol);
        }
    }

    private final List<LoadBalancer> all = new ArrayList<>();

    LoadBalancers(Descriptor descriptor, List<Connection> edges) {
        Map<String, List<Connection>> byManaged = new LinkedHashMap<>();
        for (Connection edge : edges) {
            Service from = descriptor.services().get(edge.from());
            Service to = descriptor.services().get(edge.to());
            if (from != null && from.isManaged() && to != null && to.isContainer()) {
                byManaged.computeIfAbsent(from.name(), n -> new ArrayList<>()).add(edge);
            }
        }
        Set<String> reached = new HashSet<>();
        new TreeMap<>(byManaged).forEach((name, out) -> {
            List<Listener> listeners = new ArrayList<>();
            LoadBalancer lb = new LoadBalancer(name, "lb_" + Names.id(name),
                    "Load balancer for " + name + ", in front of the services it connects to", listeners);
            Set<Integer> taken = new TreeSet<>();
            Set<String> seen = new HashSet<>();
            for (Connection edge : out) {
                Service target = descriptor.services().get(edge.to());
                reached.add(target.name());
                for (Port port : portsOf(target, edge)) {
                    if (seen.add(target.name() + "/" + port.containerPort() + "/" + port.protocol())) {
                        listeners.add(new Listener(lb, free(taken, port.containerPort()), port.containerPort(),
                                port.protocol(), target,
                                port.containerPort()));
                    }
                }
            }
            if (!listeners.isEmpty()) {
                all.add(lb);
            }
        });
        List<Listener> published = new ArrayList<>();
        LoadBalancer lb = new LoadBalancer(PUBLISHED, PUBLISHED,
                "Load balancer for the services that publish host ports", published);
        Set<Integer> taken = new TreeSet<>();
        for (Service service : descriptor.services().values()) {
            if (!service.isContainer() || reached.contains(service.name())) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Port port : service.ports()) {
                if (port.published() && seen.add(port.containerPort() + "/" + port.protocol())) {
                    // a host port chosen at deploy time (an interpolation) is not known here: listen on the container's
                    int wanted = port.hostPort() != null ? port.hostPort() : port.containerPort();
                    published.add(new Listener(lb, free(taken, wanted), wanted, port.protocol(), service,
                            port.containerPort()));
                }
            }
        }
        if (!published.isEmpty()) {
            all.add(lb);
        }
    }

    /** The port an edge uses: the one it names, or each of the target's ports once. */
    private static List<Port> portsOf(Service target, Connection edge) {
        if (edge.port() != null) {
            return List.of(new Port(null, edge.port(), edge.transport() == null ? "tcp" : edge.transport()));
        }
        return target.ports();
    }

    /** {@code wanted}, or the next port above it no other listener of the load balancer uses. */
    private static int free(Set<Integer> taken, int wanted) {
        int port = wanted;
        while (!taken.add(port)) {
            port++;
        }
        return port;
    }

    List<LoadBalancer> all() {
        return all;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** The listeners that forward to {@code service}, in load balancer order. */
    List<Listener> forwardingTo(Service service) {
        List<Listener> out = new ArrayList<>();
        for (LoadBalancer lb : all) {
            for (Listener listener : lb.listeners()) {
                if (listener.target().name().equals(service.name())) {
                    out.add(listener);
                }
            }
        }
        return out;
    }
}
