package dev.infraarchitect.analysis;

import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Where each container service runs. {@code hostOf} has an entry for every container service that is pinned or was
 * placed; services that fit no host, managed services, and all services of a descriptor without hosts are absent.
 * {@code placedAutomatically} names the services the plugin chose a host for.
 */
public record Placement(SortedMap<String, String> hostOf, SortedSet<String> placedAutomatically) {

    public String hostOf(String service) {
        return hostOf.get(service);
    }
}
