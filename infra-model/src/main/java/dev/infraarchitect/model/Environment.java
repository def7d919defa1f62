package dev.infraarchitect.model;

/**
 * A deployment environment. {@code budgets} holds only what the environment itself sets; see
 * {@link Descriptor#budgetsFor(Environment)} for the effective ceilings. {@code replicasCap} of {@code null}: no cap.
 */
public record Environment(String name, Budgets budgets, Integer replicasCap) {

    public static final String DEFAULT_NAME = "prod";

    /** Applies this environment's cap to both ends of a replica range. */
    public Replicas cap(Replicas replicas) {
        if (replicasCap == null) {
            return replicas;
        }
        return new Replicas(Math.min(replicas.min(), replicasCap), Math.min(replicas.max(), replicasCap));
    }
}
