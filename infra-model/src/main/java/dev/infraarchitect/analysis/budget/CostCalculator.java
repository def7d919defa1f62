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
    private static final int GIB_SHIFT = 30;
    /** 5^k for k up to 27, the largest power of five a long holds. */
    private static final long[] POWERS_OF_FIVE = new long[28];

    static {
        POWERS_OF_FIVE[0] = 1;
        for (int k = 1; k < POWERS_OF_FIVE.length; k++) {
            POWERS_OF_FIVE[k] = POWERS_OF_FIVE[k - 1] * 5;
        }
    }

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
                total = total.add(priced(resource, amount, pricing));
            }
        }
        return total;
    }

    /** Monthly cost of {@code amount} of {@code resource}, in its own units (millicores or bytes). */
    public static BigDecimal priced(Resource resource, long amount, Pricing pricing) {
        return units(resource, amount).multiply(pricing.rate(resource));
    }

    /** Monthly cost of {@code amount} of {@code resource}, in its own units, for amounts beyond a long. */
    public static BigDecimal priced(Resource resource, BigDecimal amount, Pricing pricing) {
        BigDecimal units = resource == Resource.CPU ? amount.movePointLeft(3) : amount.multiply(PER_BYTE_IN_GIB);
        return units.multiply(pricing.rate(resource));
    }

    /**
     * {@code amount} in cores or GiB, exactly, with no more decimal places than it needs: a byte count divisible by
     * 2^k needs 30 - k places ({@code 512Mi} is 0.5), so sums and roundings of typical sizes stay within a long
     * instead of working on 30-place numbers.
     */
    static BigDecimal units(Resource resource, long amount) {
        if (resource == Resource.CPU) {
            return BigDecimal.valueOf(amount, 3);
        }
        int places = GIB_SHIFT - Math.min(Long.numberOfTrailingZeros(amount), GIB_SHIFT);
        long whole = amount >> (GIB_SHIFT - places);
        // amount / 2^30 = whole / 2^places = whole * 5^places / 10^places
        if (places < POWERS_OF_FIVE.length) {
            long high = Math.multiplyHigh(whole, POWERS_OF_FIVE[places]);
            long product = whole * POWERS_OF_FIVE[places];
            if (high == 0 && product >= 0) {
                return BigDecimal.valueOf(product, places);
            }
        }
        return BigDecimal.valueOf(amount).multiply(PER_BYTE_IN_GIB);
    }
}
