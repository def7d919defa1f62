package dev.infraarchitect.analysis;

import java.math.BigDecimal;

/** Monthly cost at minimum and maximum replicas, unrounded (round to cents only for display). */
public record CostRange(BigDecimal min, BigDecimal max) {
}
