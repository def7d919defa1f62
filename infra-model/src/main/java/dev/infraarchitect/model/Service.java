package dev.infraarchitect.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * One service of the system. Optional references ({@code tier}, {@code host}) and values ({@code phase},
 * {@code healthcheck}, {@code backup}, {@code cost}, {@code image}, {@code description}) are {@code null} when not
 * written. {@code resources} are per replica. Lists keep the order written; maps are sorted by key.
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
        ContainerSettings container) {

    /** A service run with its image's defaults. */
    public Service(String name, String description, ServiceKind kind, String image, String tier, String host,
            Integer phase, Resources resources, Replicas replicas, List<Port> ports, List<String> networks,
            List<String> dependsOn, Healthcheck healthcheck, SortedMap<String, String> environment,
            List<String> secrets, List<String> volumes, boolean stateful, Backup backup, BigDecimal cost,
            SortedMap<String, String> labels) {
        this(name, description, kind, image, tier, host, phase, resources, replicas, ports, networks, dependsOn,
                healthcheck, environment, secrets, volumes, stateful, backup, cost, labels, ContainerSettings.NONE);
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
}
