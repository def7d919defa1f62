package dev.infraarchitect.analysis.budget;

import dev.infraarchitect.model.Pricing;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import java.math.BigDecimal;

/**
 * Monthly cost of one replica: the service's fixed {@code cost} when given, else its resources priced with
 * {@code pricing} (cpu per core, memory, vram and storage per GiB of 2^30 bytes). Exact: dividing by a power of two
 * always terminates in decimal, so nothing is rounded here; round to cents only for display.
 */
public final class CostCalculator {

    /** 2^-30 exactly (30 decimal places): multiplying by it is exact and much cheaper than dividing. */
    private static final BigDecimal PER_BYTE_IN_GIB = BigDecimal.ONE.divide(BigDecimal.valueOf(Quantities.GIB));

    private CostCalculator() {
    }

    public static BigDecimal perReplica(Service service, Pricing pricing) {
        return service.cost() != null ? service.cost() : priced(service.resources(), pricing);
    }

    public static BigDecimal priced(Resources resources, Pricing pricing) {
        BigDecimal total = BigDecimal.ZERO;
        for (Resource resource : Resource.values()) {
            long amount = resources.get(resource);
            if (amount != 0) {
                BigDecimal units = resource == Resource.CPU
                        ? BigDecimal.valueOf(amount, 3)
                        : BigDecimal.valueOf(amount).multiply(PER_BYTE_IN_GIB);
                total = total.add(units.multiply(pricing.rate(resource)));
            }
        }
        return total;
    }
}
