package dev.infraarchitect.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * One service of the system. Optional references ({@code tier}, {@code host}) and values ({@code phase},
 * {@code healthcheck}, {@code backup}, {@code cost}, {@code image}, {@code description}) are {@code null} when not
 * written. {@code resources} are per replica. Lists keep the order written; maps are sorted by key.
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
        SortedMap<String, String> labels) {

    public boolean isContainer() {
        return kind == ServiceKind.CONTAINER;
    }

    public boolean isManaged() {
        return kind == ServiceKind.MANAGED;
    }
}
