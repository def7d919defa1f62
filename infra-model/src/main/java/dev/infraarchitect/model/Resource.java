package dev.infraarchitect.model;

/** The resources a service demands and a host, tier or budget bounds. CPU is held in millicores, the rest in bytes. */
public enum Resource {
    CPU("cpu"),
    MEMORY("memory"),
    VRAM("vram"),
    STORAGE("storage");

    private final String key;

    Resource(String key) {
        this.key = key;
    }

    /** The descriptor key, also used in messages and plan.json. */
    public String key() {
        return key;
    }

    /** Renders an amount of this resource for a person: {@code 2.5} cores, {@code 8.25Gi}. */
    public String format(long amount) {
        return this == CPU ? Quantities.formatCpu(amount) : Quantities.formatBytes(amount);
    }
}
