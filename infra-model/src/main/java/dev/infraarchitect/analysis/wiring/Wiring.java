package dev.infraarchitect.analysis.wiring;

import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.IpAddresses;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How traffic travels along the edges ({@code dependsOn} and {@code talksTo}) once services are placed; the one
 * answer the analysis checks and the generators write. On one host, caller and target meet on a shared network
 * (a service that names no network is on the host's {@link #DEFAULT_NETWORK}); across hosts, the target's port is
 * published on its host, at the same number unless the target already publishes it, and the caller reaches it at
 * that host's address.
 */
public final class Wiring {

    /** The network of every service that names none: Compose's {@code default}, created per host. */
    public static final String DEFAULT_NETWORK = "default";

    private final Descriptor descriptor;
    private final SortedMap<String, SortedSet<Integer>> publishedForRemote = new TreeMap<>();
    /** The placement hashed: both ends of every edge are looked up, many times per generator. */
    private final Map<String, String> hostByService;
    private final Map<String, List<Edge>> remoteEdges = new HashMap<>();
    /**
     * Worked out on the first request, as only generators ask, then kept: each asks per caller, per environment and
     * host file.
     */
    private final Map<String, List<Remote>> remotes = new ConcurrentHashMap<>();

    private Wiring(Descriptor descriptor, Placement placement) {
        this.descriptor = descriptor;
        this.hostByService = new HashMap<>(placement.hostOf());
        for (Service caller : descriptor.services().values()) {
            List<Edge> remote = findRemoteEdges(caller);
            if (!remote.isEmpty()) {
                remoteEdges.put(caller.name(), remote);
            }
            for (Edge edge : remote) {
                Service target = descriptor.services().get(edge.service());
                SortedSet<Integer> ports = publishedForRemote.computeIfAbsent(target.name(), t -> new TreeSet<>());
                for (int port : ports(edge, target)) {
                    if (published(target, port) == null) {
                        ports.add(port);
                    }
                }
            }
        }
        publishedForRemote.values().removeIf(SortedSet::isEmpty);
    }

    public static Wiring of(Descriptor descriptor, Placement placement) {
        return new Wiring(descriptor, placement);
    }

    /** Whether the descriptor describes hosts; without, every container runs on one Docker daemon. */
    public boolean hosted() {
        return !descriptor.hosts().isEmpty();
    }

    /** The host a container service runs on: its placement, {@code ""} without hosts, null when on none. */
    public String hostOf(Service service) {
        if (!service.isContainer()) {
            return null;
        }
        return hosted() ? hostByService.get(service.name()) : "";
    }

    /** The networks a container service is on: those it names, or the {@link #DEFAULT_NETWORK}. */
    public static SortedSet<String> networksOf(Service service) {
        return service.networks().isEmpty() ? new TreeSet<>(List.of(DEFAULT_NETWORK))
                : new TreeSet<>(service.networks());
    }

    /** The networks caller and target share. */
    public static SortedSet<String> shared(Service caller, Service target) {
        SortedSet<String> shared = networksOf(caller);
        shared.retainAll(networksOf(target));
        return shared;
    }

    /**
     * The edges of {@code caller} to a known container service on another host; empty for a caller that is not a
     * placed container service.
     */
    public List<Edge> remoteEdges(Service caller) {
        return remoteEdges.getOrDefault(caller.name(), List.of());
    }

    private List<Edge> findRemoteEdges(Service caller) {
        String from = hostOf(caller);
        if (from == null) {
            return List.of();
        }
        List<Edge> remote = new ArrayList<>();
        for (Edge edge : caller.edges()) {
            Service target = descriptor.services().get(edge.service());
            String to = target == null ? null : hostOf(target);
            if (to != null && !to.equals(from)) {
                remote.add(edge);
            }
        }
        return List.copyOf(remote);
    }

    /** The edges of {@code caller} to a known container service on its own host. */
    public List<Edge> localEdges(Service caller) {
        String from = hostOf(caller);
        if (from == null) {
            return List.of();
        }
        List<Edge> local = new ArrayList<>();
        for (Edge edge : caller.edges()) {
            Service target = descriptor.services().get(edge.service());
            if (target != null && from.equals(hostOf(target))) {
                local.add(edge);
            }
        }
        return local;
    }

    /**
     * The container ports of {@code target} to publish on its host (as the same host port) for callers on other
     * hosts, beyond those its {@code ports} already publish; sorted.
     */
    public SortedSet<Integer> publishedForRemote(String target) {
        return Collections.unmodifiableSortedSet(publishedForRemote.getOrDefault(target, new TreeSet<>()));
    }

    /**
     * The ports a generator writes for a container service: those it declares, where a port that callers on other
     * hosts need is published at the same number, then the other ports they need, published the same way.
     */
    public List<Port> portsToWrite(Service service) {
        SortedSet<Integer> needed = new TreeSet<>(publishedForRemote(service.name()));
        List<Port> ports = new ArrayList<>();
        for (Port port : service.ports()) {
            if (!port.published() && "tcp".equals(port.protocol()) && needed.remove(port.containerPort())) {
                ports.add(new Port(port.containerPort(), port.containerPort(), port.protocol()));
            } else {
                ports.add(port);
            }
        }
        needed.forEach(port -> ports.add(new Port(port, port, "tcp")));
        return ports;
    }

    /** The container ports an edge uses: its own port, or every port the target declares. */
    public static List<Integer> ports(Edge edge, Service target) {
        if (edge.port() != null) {
            return List.of(edge.port());
        }
        List<Integer> ports = new ArrayList<>(target.ports().size());
        for (Port port : target.ports()) {
            if (!ports.contains(port.containerPort())) {
                ports.add(port.containerPort());
            }
        }
        return ports;
    }

    /** The host port at which another host reaches {@code target}'s container port {@code port}. */
    public static int hostPort(Service target, int port) {
        Integer published = published(target, port);
        return published == null ? port : published;
    }

    private static Integer published(Service target, int port) {
        for (Port p : target.ports()) {
            if (p.published() && p.containerPort() == port) {
                return p.hostPort();
            }
        }
        return null;
    }

    /**
     * The variable a caller reads the address of a service on another host from: {@code DB_HOST} for
     * {@code db}, {@code SUPABASE_DB_HOST} for {@code supabase-db}.
     */
    public static String hostVariable(String target) {
        return target.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_HOST";
    }

    /** The variable a caller reads the published port of a service on another host from: {@code DB_PORT}. */
    public static String portVariable(String target) {
        return target.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PORT";
    }

    /** A service on another host a caller talks to, with that host and the host ports it reaches it at. */
    public record Remote(Service target, Host host, SortedSet<Integer> hostPorts) {

        /** The address as written, or {@code null} when the deployer supplies it as a variable. */
        public String address() {
            return host.address();
        }

        /**
         * Whether the caller can map the target's name to the address ({@code extra_hosts} in Compose, a
         * {@code host} block in Terraform): the address is an IP address, or a variable, which must then hold one.
         */
        public boolean mapsName() {
            return host.address() == null || IpAddresses.isLiteral(host.address());
        }

        /** The only host port it is reached at, or null when it has several or none. */
        public Integer singlePort() {
            return hostPorts.size() == 1 ? hostPorts.first() : null;
        }
    }

    /** The services on other hosts {@code caller} talks to, sorted by name, each once. */
    public List<Remote> remotes(Service caller) {
        List<Edge> edges = remoteEdges(caller);
        return edges.isEmpty() ? List.of() : remotes.computeIfAbsent(caller.name(), name -> findRemotes(edges));
    }

    private List<Remote> findRemotes(List<Edge> edges) {
        SortedMap<String, Remote> remotes = new TreeMap<>();
        for (Edge edge : edges) {
            Service target = descriptor.services().get(edge.service());
            Remote remote = remotes.computeIfAbsent(target.name(), n -> new Remote(target,
                    descriptor.hosts().get(hostOf(target)), new TreeSet<>()));
            for (int port : ports(edge, target)) {
                remote.hostPorts().add(hostPort(target, port));
            }
        }
        // kept for every later request: no reader may change what the next one sees
        List<Remote> kept = new ArrayList<>(remotes.size());
        for (Remote remote : remotes.values()) {
            kept.add(new Remote(remote.target(), remote.host(), Collections.unmodifiableSortedSet(remote.hostPorts())));
        }
        return List.copyOf(kept);
    }
}
