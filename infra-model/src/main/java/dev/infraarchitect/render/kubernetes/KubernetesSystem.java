package dev.infraarchitect.render.kubernetes;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.Connection;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
    /** The edges that end at each service, by its name: who opens connections to it, on which port. */
    private final Map<String, List<Connection>> callers = new HashMap<>();
    /** The container services that get whole GPUs: per host, as many as it has, largest vram first. */
    private final Set<String> gpuOwners = new HashSet<>();
    /** For a GPU service that gets none, the services that hold its host's GPUs. */
    private final Map<String, List<String>> gpuSharers = new HashMap<>();

    KubernetesSystem(Analysis analysis, boolean waitForDependencies) {
        this.analysis = analysis;
        this.labels = new Labels(analysis.descriptor().project(), analysis);
        this.waitForDependencies = waitForDependencies;
        for (Connection edge : Connection.of(analysis.descriptor())) {
            callers.computeIfAbsent(edge.to(), d -> new ArrayList<>()).add(edge);
        }
        allocateGpus();
    }

    /**
     * Device plugins hand out whole GPUs: on a host with {@code n} GPUs only {@code n} pods that request one are
     * scheduled, the others stay Pending. So on each host the services with the most vram (then by name) request one
     * per pod while their pods, at most replicas in any environment, still fit the host's GPUs; the others request
     * none: they start, and their notes say whom they share with.
     */
    private void allocateGpus() {
        Map<String, List<Service>> byHost = new TreeMap<>();
        for (Service service : analysis.descriptor().services().values()) {
            if (service.isContainer() && service.resources().vram() > 0 && gpuOf(service) != GpuKind.NONE) {
                byHost.computeIfAbsent(hostOf(service), h -> new ArrayList<>()).add(service);
            }
        }
        byHost.forEach((host, services) -> {
            services.sort(Comparator.comparingLong((Service s) -> s.resources().vram()).reversed()
                    .thenComparing(Service::name));
            int free = gpuCount(descriptor().hosts().get(host));
            List<String> owners = new ArrayList<>();
            List<Service> others = new ArrayList<>();
            for (Service service : services) {
                int pods = mostPods(service);
                if (pods <= free) {
                    owners.add(service.name());
                    free -= pods;
                } else {
                    others.add(service);
                }
            }
            gpuOwners.addAll(owners);
            others.forEach(service -> gpuSharers.put(service.name(), List.copyOf(owners)));
        });
    }

    /** The most pods of {@code service} any environment's overlay runs. */
    int mostPods(Service service) {
        int most = descriptor().environments().isEmpty() ? service.replicas().max() : 0;
        for (Environment environment : descriptor().environments().values()) {
            Replicas planned = analysis.replicas(environment.name(), service.name());
            most = Math.max(most, (planned != null ? planned : environment.cap(service.replicas())).max());
        }
        return most;
    }

    /** The number of GPUs of {@code host}: {@code gpus}, which is 1 for a host with a GPU kind unless written. */
    static int gpuCount(Host host) {
        return host == null ? 0 : host.gpus();
    }

    /** Whether {@code service} requests a whole GPU. */
    boolean ownsGpu(Service service) {
        return gpuOwners.contains(service.name());
    }

    /** The services holding the GPUs of the host {@code service} shares; empty when it owns one or needs none. */
    List<String> gpuHolders(Service service) {
        return gpuSharers.getOrDefault(service.name(), List.of());
    }

    /** The edges that end at {@code service}, callers sorted by name. */
    List<Connection> callers(Service service) {
        return Collections.unmodifiableList(callers.getOrDefault(service.name(), List.of()));
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
