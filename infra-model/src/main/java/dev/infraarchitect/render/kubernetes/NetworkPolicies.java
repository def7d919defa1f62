package dev.infraarchitect.render.kubernetes;

import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.Connection;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Ingress rules along the system's edges: a default policy denies all ingress to the system's pods, and each
 * container service accepts traffic only from the pods of the container services that connect to it, on the port
 * the edge names or else on all its ports. An entry point (it publishes a host port, or a managed service connects
 * to it) also accepts traffic on its ports from anywhere, also when it sits on an internal network besides others;
 * only a service attached to internal networks alone stays closed to the outside.
 */
final class NetworkPolicies {

    static final String DEFAULT_NAME = "default-deny";

    private final KubernetesSystem system;

    NetworkPolicies(KubernetesSystem system) {
        this.system = system;
    }

    static String nameOf(Service service) {
        return service.name() + "-ingress";
    }

    Mapping defaultDeny() {
        Mapping labels = new Mapping()
                .put(Labels.MANAGED_BY, Labels.TOOL)
                .put(Labels.PART_OF, system.descriptor().project());
        return new Mapping()
                .put("apiVersion", "networking.k8s.io/v1")
                .put("kind", "NetworkPolicy")
                .put("metadata", new Mapping().put("name", DEFAULT_NAME).put("labels", labels))
                .put("spec", new Mapping()
                        .put("podSelector", new Mapping()
                                .put("matchLabels", new Mapping().put(Labels.PART_OF, system.descriptor().project())))
                        .put("policyTypes", List.of("Ingress")));
    }

    /** The policy of one container service, with {@code notes} receiving what it leaves closed and why. */
    Mapping of(Service service, List<String> notes) {
        List<Mapping> ingress = new ArrayList<>();
        // one rule per set of ports, with every caller that uses exactly that set, in caller order
        Map<String, List<Mapping>> portsByKey = new LinkedHashMap<>();
        Map<String, Set<String>> callersByKey = new LinkedHashMap<>();
        Set<String> outside = new LinkedHashSet<>();
        if (service.ports().stream().anyMatch(Port::published)) {
            outside.add("published host ports");
        }
        for (Connection edge : system.callers(service)) {
            Service caller = system.analysis().service(edge.from());
            if (caller == null) {
                continue;
            }
            if (!caller.isContainer()) {
                outside.add(caller.name() + " (managed)");
                continue;
            }
            List<Mapping> ports = edge.port() == null ? ports(service)
                    : List.of(port(edge.port(), edge.transport().toUpperCase(Locale.ROOT)));
            String key = key(edge);
            portsByKey.putIfAbsent(key, ports);
            callersByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(caller.name());
        }
        portsByKey.forEach((key, ports) -> {
            List<Mapping> from = new ArrayList<>();
            for (String caller : callersByKey.get(key)) {
                from.add(new Mapping().put("podSelector",
                        new Mapping().put("matchLabels", system.labels().selector(caller))));
            }
            Mapping rule = new Mapping().put("from", from);
            if (!ports.isEmpty()) {
                rule.put("ports", ports);
            }
            ingress.add(rule);
        });
        if (!outside.isEmpty()) {
            SortedSet<String> internal = system.internalNetworks(service);
            if (!service.networks().isEmpty() && internal.size() == service.networks().size()) {
                notes.add("Reached from outside the cluster (" + String.join(", ", outside)
                        + "), but attached only to internal network " + String.join(", ", internal)
                        + ": no ingress from outside the namespace.");
            } else {
                List<Mapping> ports = ports(service);
                ingress.add(ports.isEmpty() ? new Mapping() : new Mapping().put("ports", ports));
                notes.add("Entry point, reached from outside the cluster (" + String.join(", ", outside)
                        + "): accepts its ports from anywhere.");
            }
        }
        if (ingress.isEmpty()) {
            notes.add("Nothing in the system connects to it: no ingress is allowed.");
        }
        Mapping spec = new Mapping()
                .put("podSelector", new Mapping().put("matchLabels", system.labels().selector(service.name())))
                .put("policyTypes", List.of("Ingress"));
        if (!ingress.isEmpty()) {
            spec.put("ingress", ingress);
        }
        return new Mapping()
                .put("apiVersion", "networking.k8s.io/v1")
                .put("kind", "NetworkPolicy")
                .put("metadata", system.metadata(nameOf(service), service))
                .put("spec", spec);
    }

    /** The rule key of an edge: its port, or empty for all the target's ports. */
    private static String key(Connection edge) {
        return edge.port() == null ? "" : edge.port() + "/" + edge.transport();
    }

    private static Mapping port(int port, String protocol) {
        return new Mapping().put("port", port).put("protocol", protocol);
    }

    private static List<Mapping> ports(Service service) {
        List<Mapping> ports = new ArrayList<>();
        for (Port port : KubernetesSystem.containerPorts(service)) {
            ports.add(port(port.containerPort(), KubernetesSystem.protocol(port)));
        }
        return ports;
    }
}
