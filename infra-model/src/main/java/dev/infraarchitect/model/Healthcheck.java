package dev.infraarchitect.model;

import java.time.Duration;

/** A shell command that exits 0 when the service is healthy; timings may be {@code null} (runtime defaults). */
public record Healthcheck(String test, Duration interval, Duration timeout, Integer retries, Duration startPeriod) {
}
