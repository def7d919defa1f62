package dev.infraarchitect.model;

import java.math.BigDecimal;

/** Monthly rates: per core, and per GiB of memory, vram and storage. Missing rates are zero. */
public record Pricing(BigDecimal cpu, BigDecimal memory, BigDecimal vram, BigDecimal storage) {

    public static final Pricing NONE = new Pricing(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public BigDecimal rate(Resource resource) {
        return switch (resource) {
            case CPU -> cpu;
            case MEMORY -> memory;
            case VRAM -> vram;
            case STORAGE -> storage;
        };
    }
}
