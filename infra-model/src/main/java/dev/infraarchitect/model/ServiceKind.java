package dev.infraarchitect.model;

/** {@code CONTAINER} runs on a host; {@code MANAGED} is a hosted product that costs money but uses no host. */
public enum ServiceKind {
    CONTAINER, MANAGED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
