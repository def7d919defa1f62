package dev.infraarchitect.model;

import java.math.BigDecimal;

/** Ceilings for a whole system: resource totals and monthly cost ({@code null} cost: no ceiling). */
public record Budgets(Limits limits, BigDecimal cost) {

    public static final Budgets NONE = new Budgets(Limits.NONE, null);

    /** These budgets with every key {@code override} sets replacing ours (the per-environment rule). */
    public Budgets overriddenBy(Budgets override) {
        return new Budgets(limits.overriddenBy(override.limits), override.cost != null ? override.cost : cost);
    }
}
