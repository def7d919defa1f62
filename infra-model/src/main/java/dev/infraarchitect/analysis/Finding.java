package dev.infraarchitect.analysis;

import dev.infraarchitect.model.Location;
import java.util.List;

/**
 * One verdict about a descriptor. {@code rule} is a stable id ({@code dependency-cycle}, {@code host-capacity},
 * {@code stateful-without-backup}, ...); {@code services} are the services it concerns, sorted; {@code location}
 * is where in the descriptor it is about.
 */
public record Finding(Severity severity, String rule, String message, List<String> services, Location location) {

    public Finding {
        services = List.copyOf(services);
    }

    /** {@code infra.yaml:12:5: message}: the form printed on the console. */
    public String describe() {
        return location + ": " + message;
    }
}
