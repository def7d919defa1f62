package dev.infraarchitect.render.kubernetes;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the Kubernetes manifests of one analysis share: labels, the dependency graph in both directions, the host
 * and GPU kind of each service, and the naming conventions for ports and Secrets.
 */
final class KubernetesSystem {

    private final Analysis analysis;
    private final Labels labels;
    private final boolean waitForDependencies;
    private final Map<String, List<Service>> dependents = new HashMap<>();

    KubernetesSystem(Analysis analysis, boolean waitForDependencies) {
        this.analysis = analysis;
        this.labels = new Labels(analysis.descriptor().project(), analysis);
        this.waitForDependencies = waitForDependencies;
        // services come sorted by name, so each list of dependents is sorted; a repeated dependsOn entry counts once
        for (Service service : analysis.descriptor().services().values()) {
            for (String dependency : new LinkedHashSet<>(service.dependsOn())) {
                dependents.computeIfAbsent(dependency, d -> new ArrayList<>()).add(service);
            }
        }
    }

    Descriptor descriptor() {
        return analysis.descriptor();
    }

    Labels labels() {
        return labels;
    }

    boolean waitForDependencies() {
        return waitForDependencies;
    }

    /** {@code service}'s dependencies sorted by name, each with its service or {@code null} when unknown. */
    SortedMap<String, Service> dependencies(Service service) {
        SortedMap<String, Service> out = new TreeMap<>();
        service.dependsOn().forEach(name -> out.put(name, analysis.service(name)));
        return out;
    }

    /** The services that depend on {@code name}, sorted. */
    List<Service> dependents(String name) {
        return Collections.unmodifiableList(dependents.getOrDefault(name, List.of()));
    }

    /** The internal networks {@code service} is attached to, sorted. */
    SortedSet<String> internalNetworks(Service service) {
        SortedSet<String> internal = new TreeSet<>();
        for (String name : service.networks()) {
            Network network = descriptor().networks().get(name);
            if (network != null && network.internal()) {
                internal.add(name);
            }
        }
        return internal;
    }

    Analysis analysis() {
        return analysis;
    }

    String hostOf(Service service) {
        return analysis.hostOf(service.name());
    }

    GpuKind gpuOf(Service service) {
        String host = hostOf(service);
        Host machine = host == null ? null : descriptor().hosts().get(host);
        return machine == null ? GpuKind.NONE : machine.gpu();
    }

    /** {@code name}, the service's labels and, when it has any, annotations for labels Kubernetes refuses. */
    Mapping metadata(String name, Service service) {
        Mapping metadata = new Mapping().put("name", name).put("labels", labels.of(service));
        SortedMap<String, String> annotations = Labels.annotations(service);
        if (service.description() != null && !service.description().isBlank()) {
            annotations.put("infraarchitect.dev/description", service.description().strip());
        }
        if (!annotations.isEmpty()) {
            metadata.put("annotations", Labels.mapping(annotations));
        }
        return metadata;
    }

    /** The Secret a service's secrets and credential-looking settings are read from; created out of band. */
    static String secretName(Service service) {
        return service.name() + "-secrets";
    }

    /** Container ports as written, each (port, protocol) once. */
    static List<Port> containerPorts(Service service) {
        Set<String> seen = new LinkedHashSet<>();
        List<Port> out = new ArrayList<>();
        for (Port port : service.ports()) {
            if (seen.add(port.containerPort() + "/" + port.protocol())) {
                out.add(port);
            }
        }
        return out;
    }

    /** The first TCP container port, the one a dependent waits for, or {@code null}. */
    static Port firstTcpPort(Service service) {
        return containerPorts(service).stream().filter(p -> "tcp".equals(p.protocol())).findFirst().orElse(null);
    }

    /** {@code tcp-8000}: unique per service, at most 15 characters, as a port name must be. */
    static String portName(Port port) {
        return port.protocol().toLowerCase(Locale.ROOT) + "-" + port.containerPort();
    }

    static String protocol(Port port) {
        return port.protocol().toUpperCase(Locale.ROOT);
    }
}
