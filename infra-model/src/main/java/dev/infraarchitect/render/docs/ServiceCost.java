package dev.infraarchitect.render.docs;

import dev.infraarchitect.model.Pricing;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Service;
import java.math.BigDecimal;
import java.math.MathContext;

/** A service's monthly cost per replica: its fixed {@code cost}, or its resources priced (memory and up per GiB). */
final class ServiceCost {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal GIB = BigDecimal.valueOf(Quantities.GIB);

    private ServiceCost() {
    }

    static BigDecimal perReplica(Service service, Pricing pricing) {
        if (service.cost() != null) {
            return service.cost();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Resource resource : Resource.values()) {
            long amount = service.resources().get(resource);
            if (amount == 0) {
                continue;
            }
            BigDecimal unit = resource == Resource.CPU ? THOUSAND : GIB;
            BigDecimal quantity = BigDecimal.valueOf(amount).divide(unit, MathContext.DECIMAL64);
            total = total.add(quantity.multiply(pricing.rate(resource)));
        }
        return total;
    }
}
