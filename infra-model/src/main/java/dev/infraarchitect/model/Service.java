package dev.infraarchitect.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One service of the system. Optional references ({@code tier}, {@code host}) and values ({@code phase},
 * {@code healthcheck}, {@code backup}, {@code cost}, {@code image}, {@code description}) are {@code null} when not
 * written. {@code resources} are per replica. Lists keep the order written; maps are sorted by key.
 *
 * <p>{@code dependsOn} names the services of the {@code dependsOn} edges; {@code edges} holds every edge of both
 * kinds ({@code dependsOn} first, then {@code talksTo}, each in the order written), with the port and protocol when
 * written. {@code data} is the data path as written (or {@code null}); {@link #dataPath()} adds the known images'
 * paths. {@code clustered} says the software replicates itself, so several replicas of a stateful service share
 * one data set. {@code secretDelivery} says how {@code secrets} arrive (environment variables by default).
 * {@code container} holds how the container is run ({@link ContainerSettings#NONE} when nothing is written).
 */
public record Service(
        String name,
        String description,
        ServiceKind kind,
        String image,
        String tier,
        String host,
        Integer phase,
        Resources resources,
        Replicas replicas,
        List<Port> ports,
        List<String> networks,
        List<String> dependsOn,
        Healthcheck healthcheck,
        SortedMap<String, String> environment,
        List<String> secrets,
        List<String> volumes,
        boolean stateful,
        Backup backup,
        BigDecimal cost,
        SortedMap<String, String> labels,
        String data,
        boolean clustered,
        List<Edge> edges,
        SecretDelivery secretDelivery,
        ContainerSettings container) {

    /** A service run with its image's defaults. */
    public Service(String name, String description, ServiceKind kind, String image, String tier, String host,
            Integer phase, Resources resources, Replicas replicas, List<Port> ports, List<String> networks,
            List<String> dependsOn, Healthcheck healthcheck, SortedMap<String, String> environment,
            List<String> secrets, List<String> volumes, boolean stateful, Backup backup, BigDecimal cost,
            SortedMap<String, String> labels, String data, boolean clustered, List<Edge> edges,
            SecretDelivery secretDelivery) {
        this(name, description, kind, image, tier, host, phase, resources, replicas, ports, networks, dependsOn,
                healthcheck, environment, secrets, volumes, stateful, backup, cost, labels, data, clustered, edges,
                secretDelivery, ContainerSettings.NONE);
    }

    /** A service without the fields of traffic, data and secret delivery: plain-name edges, secrets as variables. */
    public Service(String name, String description, ServiceKind kind, String image, String tier, String host,
            Integer phase, Resources resources, Replicas replicas, List<Port> ports, List<String> networks,
            List<String> dependsOn, Healthcheck healthcheck, SortedMap<String, String> environment,
            List<String> secrets, List<String> volumes, boolean stateful, Backup backup, BigDecimal cost,
            SortedMap<String, String> labels) {
        this(name, description, kind, image, tier, host, phase, resources, replicas, ports, networks, dependsOn,
                healthcheck, environment, secrets, volumes, stateful, backup, cost, labels, null, false,
                plainEdges(dependsOn), SecretDelivery.ENV, ContainerSettings.NONE);
    }

    private static List<Edge> plainEdges(List<String> dependsOn) {
        List<Edge> edges = new ArrayList<>(dependsOn.size());
        for (int i = 0; i < dependsOn.size(); i++) {
            edges.add(Edge.to(dependsOn.get(i), Edge.Kind.DEPENDS_ON, i));
        }
        return List.copyOf(edges);
    }

    /**
     * Whether it runs on a host: a long-running container or a job. A job counts in capacity like a container,
     * because it holds its resources while it runs at start, alongside everything else starting.
     */
    public boolean isContainer() {
        return kind == ServiceKind.CONTAINER || kind == ServiceKind.JOB;
    }

    /** A one-shot job: runs once at start, exits, and is not restarted. */
    public boolean isJob() {
        return kind == ServiceKind.JOB;
    }

    /** The restart policy in force: as written, else {@code no} for a job and {@code unless-stopped} otherwise. */
    public Restart restart() {
        if (container.restart() != null) {
            return container.restart();
        }
        return isJob() ? Restart.NO : Restart.UNLESS_STOPPED;
    }

    /** The start condition on the dependency {@code name}: as written, else the default for {@code dependency}. */
    public StartCondition startCondition(String name, Service dependency) {
        StartCondition written = container.startConditions().get(name);
        return written != null ? written : StartCondition.defaultFor(dependency);
    }

    public boolean isManaged() {
        return kind == ServiceKind.MANAGED;
    }

    /** Names of the services this one talks to without waiting for them ({@code talksTo}), in the order written. */
    public List<String> talksTo() {
        return edges.stream().filter(e -> e.kind() == Edge.Kind.TALKS_TO).map(Edge::service).toList();
    }

    /** Names of every service this one sends traffic to (both kinds of edge), each once, in the order of edges. */
    public List<String> calls() {
        return List.copyOf(new LinkedHashSet<>(edges.stream().map(Edge::service).toList()));
    }

    /**
     * Where this service keeps its data inside the container: {@code data} when written, otherwise the known path
     * of its image ({@link DataPaths}), otherwise {@code null}. Meaningful for stateful container services.
     */
    public String dataPath() {
        return data != null ? data : DataPaths.of(image).orElse(null);
    }

    /** Whether this is a container service that holds data. */
    public boolean holdsData() {
        return stateful && isContainer();
    }

    /**
     * Whether a stateful container service's data has a place that outlives the container: a data path (written or
     * known) or at least one writable entry in {@code volumes}. False for one the analysis reports.
     */
    public boolean dataKnown() {
        return dataPath() != null || volumes.stream().anyMatch(v -> !v.endsWith(":ro"));
    }

    /**
     * The named volume the generators add for this service's data: present for a stateful container service whose
     * {@link #dataPath()} no entry of {@code volumes} already covers (mounts at it or at a folder above it).
     */
    public Optional<DataVolume> dataVolume() {
        String path = dataPath();
        if (!holdsData() || path == null || volumeTargets().stream().anyMatch(t -> covers(t, path))) {
            return Optional.empty();
        }
        return Optional.of(new DataVolume(name + "-data", path));
    }

    /** The container paths {@code volumes} mount at, in the order written. */
    public List<String> volumeTargets() {
        List<String> targets = new ArrayList<>(volumes.size());
        for (String volume : volumes) {
            String[] parts = volume.split(":", -1);
            if (parts.length >= 2) {
                targets.add(parts[1]);
            }
        }
        return targets;
    }

    private static boolean covers(String mount, String path) {
        String m = mount.endsWith("/") && mount.length() > 1 ? mount.substring(0, mount.length() - 1) : mount;
        return path.equals(m) || path.startsWith(m.equals("/") ? "/" : m + "/");
    }

    /** A named volume for a service's data: {@code name} (before any project prefix) mounted at {@code path}. */
    public record DataVolume(String name, String path) {
    }
}
