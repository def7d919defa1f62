package dev.infraarchitect.model;

public enum GpuKind {
    NVIDIA, AMD, NONE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
