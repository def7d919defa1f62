package dev.infraarchitect.analysis;

import java.util.List;
import java.util.SortedMap;

/**
 * Phases and startup order. {@code phases.get(0)} holds phase 1's services, sorted by name; an empty phase between
 * explicit phases is kept as an empty list so that index + 1 is always the phase number. {@code phaseOf} maps every
 * service to its phase. {@code criticalPath} is the longest dependency chain, first dependency first.
 * When the graph has a cycle, the services on it have no phase and are absent here.
 */
public record StartupOrder(List<List<String>> phases, SortedMap<String, Integer> phaseOf, List<String> criticalPath) {

    public int phaseOf(String service) {
        Integer phase = phaseOf.get(service);
        return phase == null ? 0 : phase;
    }
}
