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

    private final BigDecimal[] unitRates = new BigDecimal[Resource.values().length];

    /**
     * A calculator for many services under one {@code pricing}: it works out the price of one millicore or byte of
     * each resource once, so that each service costs one product per resource it uses.
     */
    public CostCalculator(Pricing pricing) {
        for (Resource resource : Resource.values()) {
            unitRates[resource.ordinal()] = priced(resource, BigDecimal.ONE, pricing);
        }
    }

    /** {@link #perReplica(Service, Pricing)} under this calculator's pricing. */
    public BigDecimal perReplica(Service service) {
        return service.cost() != null ? service.cost() : priced(service.resources());
    }

    /** {@link #priced(Resources, Pricing)} under this calculator's pricing. */
    public BigDecimal priced(Resources resources) {
        BigDecimal total = BigDecimal.ZERO;
        for (Resource resource : Resource.values()) {
            long amount = resources.get(resource);
            if (amount != 0) {
                total = total.add(BigDecimal.valueOf(amount).multiply(unitRates[resource.ordinal()]));
            }
        }
        return total;
    }

    /** {@code amount} millicores or bytes of {@code resource} under this calculator's pricing. */
    public BigDecimal priced(Resource resource, BigDecimal amount) {
        return amount.multiply(unitRates[resource.ordinal()]);
    }

    public static BigDecimal perReplica(Service service, Pricing pricing) {
        return service.cost() != null ? service.cost() : priced(service.resources(), pricing);
    }

    public static BigDecimal priced(Resources resources, Pricing pricing) {
        BigDecimal total = BigDecimal.ZERO;
        for (Resource resource : Resource.values()) {
            long amount = resources.get(resource);
            if (amount != 0) {
                total = total.add(priced(resource, BigDecimal.valueOf(amount), pricing));
            }
        }
        return total;
    }

    /** Monthly cost of {@code amount} of {@code resource}, in its own units (millicores or bytes). */
    public static BigDecimal priced(Resource resource, BigDecimal amount, Pricing pricing) {
        BigDecimal units = resource == Resource.CPU ? amount.movePointLeft(3) : amount.multiply(PER_BYTE_IN_GIB);
        return units.multiply(pricing.rate(resource));
    }
}
