package dev.infraarchitect.model;

/** A replica count or range; a plain count has {@code min == max}. */
public record Replicas(int min, int max) {

    public static final Replicas ONE = new Replicas(1, 1);

    public boolean isRange() {
        return min != max;
    }

    @Override
    public String toString() {
        return isRange() ? min + ".." + max : Integer.toString(max);
    }
}
