package dev.infraarchitect.model;

public enum DecisionStatus {
    PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "Accepted": how ADRs print it. */
    public String title() {
        return name().charAt(0) + key().substring(1);
    }
}
