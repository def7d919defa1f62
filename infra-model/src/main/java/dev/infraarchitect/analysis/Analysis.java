package dev.infraarchitect.analysis;

import dev.infraarchitect.model.Descriptor;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything the plugin concludes from a descriptor: startup order, placement, each environment's demand, use and
 * cost, and every finding (errors and warnings, sorted by location then rule).
 */
public record Analysis(
        Descriptor descriptor,
        StartupOrder order,
        Placement placement,
        SortedMap<String, EnvironmentPlan> environments,
        List<Finding> findings) {

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
