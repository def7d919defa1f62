package dev.infraarchitect.model;

import java.math.BigDecimal;
import java.time.Duration;

/** Availability (percent) and recovery targets; each may be {@code null} when not set. */
public record Objectives(BigDecimal availability, Duration rpo, Duration rto) {

    public static final Objectives NONE = new Objectives(null, null, null);
}
