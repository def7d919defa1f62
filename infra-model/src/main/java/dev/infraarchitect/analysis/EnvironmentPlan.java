package dev.infraarchitect.analysis;

import dev.infraarchitect.model.Budgets;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resources;
import java.util.List;
import java.util.SortedMap;

/**
 * The system as it runs in one environment. {@code replicas} has every service's replica range after the
 * environment's cap; {@code demand} is the total at maximum replicas of container services; {@code budgets} are the
 * effective ceilings; {@code usage} lists host, tier and budget use per resource (hosts and tiers sorted by name,
 * resources in {@link dev.infraarchitect.model.Resource} order).
 */
public record EnvironmentPlan(
        String name,
        SortedMap<String, Replicas> replicas,
        Resources demand,
        CostRange cost,
        Budgets budgets,
        List<Usage> usage) {
}
