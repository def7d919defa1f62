package dev.infraarchitect.render;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Service;
import java.util.HashMap;
import java.util.Map;

/**
 * The analysis's by-name answers as hash maps, made once per generation: every service of every Compose file and
 * Kubernetes manifest asks them several times, and the analysis keeps them in sorted maps, which are slower to ask.
 */
public record Lookups(Map<String, Service> services, Map<String, String> hostOf, Map<String, Integer> phaseOf,
        Map<String, Map<String, Replicas>> replicasByEnvironment) {

    public static Lookups of(Analysis analysis) {
        Map<String, Map<String, Replicas>> replicas = new HashMap<>();
        for (Map.Entry<String, EnvironmentPlan> plan : analysis.environments().entrySet()) {
            replicas.put(plan.getKey(), new HashMap<>(plan.getValue().replicas()));
        }
        return new Lookups(new HashMap<>(analysis.descriptor().services()),
                new HashMap<>(analysis.placement().hostOf()), new HashMap<>(analysis.order().phaseOf()), replicas);
    }

    /** The host {@code service} runs on, or null. */
    public String hostOf(String service) {
        return hostOf.get(service);
    }

    /** The phase of {@code service}, or 0 when it has none (it is on a cycle). */
    public int phaseOf(String service) {
        Integer phase = phaseOf.get(service);
        return phase == null ? 0 : phase;
    }

    /** The planned replicas of {@code service} in {@code environment}, or null when there is no plan. */
    public Replicas replicas(String environment, String service) {
        Map<String, Replicas> planned = replicasByEnvironment.get(environment);
        return planned == null ? null : planned.get(service);
    }
}
