package dev.infraarchitect.model;

import java.time.Duration;

/** How a stateful service's data is backed up; {@code interval} and {@code retention} may be {@code null}. */
public record Backup(Duration interval, Duration retention, boolean pointInTime) {
}
