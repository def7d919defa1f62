package dev.infraarchitect.analysis;

import dev.infraarchitect.analysis.wiring.Wiring;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Service;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything the plugin concludes from a descriptor: startup order, placement, each environment's demand, use and
 * cost, every finding (errors and warnings, sorted by location then rule), and how traffic travels along the edges
 * once placed, which the checks and the generators read alike.
 */
public record Analysis(
        Descriptor descriptor,
        StartupOrder order,
        Placement placement,
        SortedMap<String, EnvironmentPlan> environments,
        List<Finding> findings,
        Wiring wiring) {

    /** An analysis whose wiring follows from the descriptor and the placement. */
    public Analysis(Descriptor descriptor, StartupOrder order, Placement placement,
            SortedMap<String, EnvironmentPlan> environments, List<Finding> findings) {
        this(descriptor, order, placement, environments, findings, Wiring.of(descriptor, placement));
    }

    /** The descriptor's service called {@code name}, or null. */
    public Service service(String name) {
        return descriptor.services().get(name);
    }

    /** The host {@code service} runs on, or null (see {@link Placement}). */
    public String hostOf(String service) {
        return placement.hostOf(service);
    }

    /** The phase of {@code service}, or 0 when it has none (it is on a cycle). */
    public int phaseOf(String service) {
        return order.phaseOf(service);
    }

    /** The planned replicas of {@code service} in {@code environment}, or null when there is no plan. */
    public Replicas replicas(String environment, String service) {
        EnvironmentPlan plan = environments.get(environment);
        return plan == null ? null : plan.replicas().get(service);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Whether the dependency structure is sound (no cycle, no unknown reference), so that artifacts built from
     * phases and placement mean something even if budgets are exceeded.
     */
    public boolean structurallySound() {
        return structuralErrors().isEmpty();
    }

    /** The errors that make {@link #structurallySound()} false: cycles, unknown references, phase order. */
    public List<Finding> structuralErrors() {
        return findings.stream()
                .filter(f -> f.severity() == Severity.ERROR && AnalysisRules.STRUCTURAL.contains(f.rule()))
                .toList();
    }
}
