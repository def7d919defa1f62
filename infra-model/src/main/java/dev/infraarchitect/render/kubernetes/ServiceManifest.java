package dev.infraarchitect.render.kubernetes;

import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.ArrayList;
import java.util.List;

/**
 * The Service that gives a service its stable name. A container service gets a ClusterIP Service over its container
 * ports; a StatefulSet, or a service without ports, a headless one ({@code clusterIP: None}), which is what a
 * StatefulSet needs and lets dependents wait for it by name. A managed service becomes an ExternalName Service that
 * points at a placeholder host, {@code <name>.external.invalid}, to be replaced by the product's address.
 */
final class ServiceManifest {

    static final String PLACEHOLDER_DOMAIN = ".external.invalid";

    private final KubernetesSystem system;
    private final Service service;

    ServiceManifest(KubernetesSystem system, Service service) {
        this.system = system;
        this.service = service;
    }

    static String placeholderHost(Service service) {
        return service.name() + PLACEHOLDER_DOMAIN;
    }

    Mapping manifest() {
        Mapping spec = new Mapping();
        if (service.isManaged()) {
            spec.put("type", "ExternalName");
            spec.put("externalName", placeholderHost(service));
        } else {
            spec.put("selector", system.labels().selector(service.name()));
            if (Workload.isStatefulSet(service) || service.ports().isEmpty()) {
                spec.put("clusterIP", "None");
            }
        }
        List<Mapping> ports = new ArrayList<>();
        for (Port port : KubernetesSystem.containerPorts(service)) {
            Mapping entry = new Mapping()
                    .put("name", KubernetesSystem.portName(port))
                    .put("port", port.containerPort())
                    .put("protocol", KubernetesSystem.protocol(port));
            if (!service.isManaged()) {
                entry.put("targetPort", port.containerPort());
            }
            ports.add(entry);
        }
        if (!ports.isEmpty()) {
            spec.put("ports", ports);
        }
        return new Mapping()
                .put("apiVersion", "v1")
                .put("kind", "Service")
                .put("metadata", system.metadata(service.name(), service))
                .put("spec", spec);
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (service.isManaged()) {
            notes.add("Managed service: replace " + placeholderHost(service)
                    + " with the product's host name (for example with a patch in an overlay).");
        }
        List<String> published = service.ports().stream().filter(Port::published).map(Port::toString).toList();
        if (!published.isEmpty() && service.isContainer()) {
            notes.add("Publishes host ports in the descriptor (" + String.join(", ", published)
                    + "); expose them with an Ingress or a LoadBalancer Service.");
        }
        return notes;
    }
}
