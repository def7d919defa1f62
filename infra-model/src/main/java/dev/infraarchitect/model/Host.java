package dev.infraarchitect.model;

import java.math.BigDecimal;

/**
 * A machine containers run on. {@code storage} of {@code null} means the host's disk is not described and not
 * checked. {@code cost} is the monthly price of the machine, or {@code null}. {@code address} is how other hosts
 * reach it (a DNS name or IP address), or {@code null} when the deployer supplies it as {@link #addressVariable()}.
 * {@code gpus} is how many GPUs it has: 0 without a GPU kind, 1 unless written when it has one.
 */
public record Host(String name, long cpu, long memory, long vram, GpuKind gpu, Long storage, Resources reserve,
        BigDecimal cost, String address, int gpus) {

    /** A host without an address, with one GPU when it has a GPU kind. */
    public Host(String name, long cpu, long memory, long vram, GpuKind gpu, Long storage, Resources reserve,
            BigDecimal cost) {
        this(name, cpu, memory, vram, gpu, storage, reserve, cost, null, gpu == GpuKind.NONE ? 0 : 1);
    }

    /**
     * The variable that carries this host's address when the descriptor gives none: {@code HOST_ACC_MAIN_ADDRESS}
     * for host {@code acc-main} (Compose reads it from the environment or {@code .env}; Terraform as
     * {@code host_acc_main_address}).
     */
    public String addressVariable() {
        return "HOST_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_ADDRESS";
    }

    /** Whether the descriptor gives this host's address. */
    public boolean hasAddress() {
        return address != null;
    }

    /** GPU memory of one of its GPUs (all of {@code vram} over {@code gpus}), 0 without GPUs. */
    public long vramPerGpu() {
        return gpus == 0 ? 0 : vram / gpus;
    }

    /** What services may use: the host's resources minus its reserve. Storage is 0 when not described. */
    public Resources capacity() {
        return new Resources(cpu, memory, vram, storage == null ? 0 : storage).minus(reserve);
    }

    /** Whether {@code resource} is bounded on this host (storage only when described). */
    public boolean bounds(Resource resource) {
        return resource != Resource.STORAGE || storage != null;
    }
}
