package dev.infraarchitect.render.kubernetes;

import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Ingress rules derived from {@code dependsOn}: a default policy denies all ingress to the system's pods, and each
 * container service accepts traffic only from the pods of the container services that depend on it. A service that
 * is reached from outside the cluster (it publishes a host port, or a managed service depends on it) also accepts
 * traffic on its ports from anywhere, unless it is attached to an internal network: then nothing outside the
 * namespace reaches it.
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
        List<Mapping> from = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (Service dependent : system.dependents(service.name())) {
            if (dependent.isContainer()) {
                from.add(new Mapping().put("podSelector",
                        new Mapping().put("matchLabels", system.labels().selector(dependent.name()))));
            } else {
                outside.add(dependent.name() + " (managed)");
            }
        }
        List<Mapping> ports = ports(service);
        if (!from.isEmpty()) {
            Mapping rule = new Mapping().put("from", from);
            if (!ports.isEmpty()) {
                rule.put("ports", ports);
            }
            ingress.add(rule);
        }
        service.ports().stream().filter(Port::published).findFirst()
                .ifPresent(p -> outside.add(0, "published host ports"));
        if (!outside.isEmpty()) {
            SortedSet<String> internal = system.internalNetworks(service);
            if (internal.isEmpty()) {
                ingress.add(ports.isEmpty() ? new Mapping() : new Mapping().put("ports", ports));
                notes.add("Reached from outside the cluster (" + String.join(", ", outside)
                        + "): accepts its ports from anywhere.");
            } else {
                notes.add("Reached from outside the cluster (" + String.join(", ", outside)
                        + "), but attached to internal network " + String.join(", ", internal)
                        + ": no ingress from outside the namespace.");
            }
        }
        if (ingress.isEmpty()) {
            notes.add("Nothing in the system depends on it: no ingress is allowed.");
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

    private static List<Mapping> ports(Service service) {
        List<Mapping> ports = new ArrayList<>();
        for (Port port : KubernetesSystem.containerPorts(service)) {
            ports.add(new Mapping().put("port", port.containerPort()).put("protocol", KubernetesSystem.protocol(port)));
        }
        return ports;
    }
}
