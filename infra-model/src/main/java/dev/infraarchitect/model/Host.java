package dev.infraarchitect.model;

import java.math.BigDecimal;

/**
 * A machine containers run on. {@code storage} of {@code null} means the host's disk is not described and not
 * checked. {@code cost} is the monthly price of the machine, or {@code null}.
 */
public record Host(String name, long cpu, long memory, long vram, GpuKind gpu, Long storage, Resources reserve,
        BigDecimal cost) {

    /** What services may use: the host's resources minus its reserve. Storage is 0 when not described. */
    public Resources capacity() {
        return new Resources(cpu, memory, vram, storage == null ? 0 : storage).minus(reserve);
    }

    /** Whether {@code resource} is bounded on this host (storage only when described). */
    public boolean bounds(Resource resource) {
        return resource != Resource.STORAGE || storage != null;
    }
}
