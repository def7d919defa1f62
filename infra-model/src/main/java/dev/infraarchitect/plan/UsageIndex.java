package dev.infraarchitect.plan;

import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.Usage;
import dev.infraarchitect.model.Resource;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The usages of all environments regrouped by host or tier, then environment, then resource, so that plan.json can
 * write each host's use per environment in one pass. Built in O(number of usages).
 */
final class UsageIndex {

    private final Map<Usage.Scope, SortedMap<String, SortedMap<String, EnumMap<Resource, Usage>>>> byScope =
            new EnumMap<>(Usage.Scope.class);

    UsageIndex(Collection<EnvironmentPlan> environments) {
        for (Usage.Scope scope : Usage.Scope.values()) {
            byScope.put(scope, new TreeMap<>());
        }
        for (EnvironmentPlan environment : environments) {
            for (Usage usage : environment.usage()) {
                byScope.get(usage.scope())
                        .computeIfAbsent(usage.name(), n -> new TreeMap<>())
                        .computeIfAbsent(environment.name(), e -> new EnumMap<>(Resource.class))
                        .put(usage.resource(), usage);
            }
        }
    }

    /** Environment name to that environment's use of {@code name}'s resources; empty when never reported. */
    SortedMap<String, EnumMap<Resource, Usage>> of(Usage.Scope scope, String name) {
        SortedMap<String, EnumMap<Resource, Usage>> found = byScope.get(scope).get(name);
        return found == null ? new TreeMap<>() : found;
    }
}
