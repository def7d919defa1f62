package dev.infraarchitect.model;

/**
 * {@code CONTAINER} runs on a host; {@code JOB} runs on a host once, at start, and exits (a migration, a model pull);
 * {@code MANAGED} is a hosted product that costs money but uses no host.
 */
public enum ServiceKind {
    CONTAINER, MANAGED, JOB;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
