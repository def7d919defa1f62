package dev.infraarchitect.model;

import java.util.Locale;

/**
 * When a dependent may start: once its dependency has started, is healthy, or (for a job) has exited with 0. The
 * Compose names are {@code service_started}, {@code service_healthy} and {@code service_completed_successfully}.
 */
public enum StartCondition {
    STARTED("service_started"), HEALTHY("service_healthy"), COMPLETED("service_completed_successfully");

    private final String compose;

    StartCondition(String compose) {
        this.compose = compose;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String compose() {
        return compose;
    }

    /**
     * The condition of an entry that states none: a job's dependents wait for it to complete, a service with a
     * healthcheck is waited for until healthy, any other until started.
     */
    public static StartCondition defaultFor(Service dependency) {
        if (dependency == null) {
            return STARTED;
        }
        if (dependency.isJob()) {
            return COMPLETED;
        }
        return dependency.healthcheck() != null ? HEALTHY : STARTED;
    }
}
