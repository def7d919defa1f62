package dev.infraarchitect.model;

/** An amount of every {@link Resource}: cpu in millicores, memory, vram and storage in bytes. */
public record Resources(long cpu, long memory, long vram, long storage) {

    public static final Resources ZERO = new Resources(0, 0, 0, 0);

    public long get(Resource resource) {
        return switch (resource) {
            case CPU -> cpu;
            case MEMORY -> memory;
            case VRAM -> vram;
            case STORAGE -> storage;
        };
    }

    public Resources plus(Resources other) {
        return new Resources(cpu + other.cpu, memory + other.memory, vram + other.vram, storage + other.storage);
    }

    public Resources minus(Resources other) {
        return new Resources(cpu - other.cpu, memory - other.memory, vram - other.vram, storage - other.storage);
    }

    public Resources times(long factor) {
        return new Resources(
                Math.multiplyExact(cpu, factor),
                Math.multiplyExact(memory, factor),
                Math.multiplyExact(vram, factor),
                Math.multiplyExact(storage, factor));
    }
}
