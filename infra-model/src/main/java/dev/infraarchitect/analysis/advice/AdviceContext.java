package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.analysis.placement.Placer;
import dev.infraarchitect.analysis.wiring.Wiring;
import dev.infraarchitect.analysis.graph.DependencyGraph;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.SourceMap;
import java.util.List;

/**
 * What advice rules look at: the descriptor, its dependency graph (to know who depends on whom), where its container
 * services run and how traffic travels along the edges once placed.
 */
public record AdviceContext(Descriptor descriptor, DependencyGraph dependencies, Placement placement, Wiring wiring) {

    /** The context whose wiring follows from the descriptor and the placement. */
    public AdviceContext(Descriptor descriptor, DependencyGraph dependencies, Placement placement) {
        this(descriptor, dependencies, placement, Wiring.of(descriptor, placement));
    }

    /** The context of {@code descriptor} with its dependency graph and placement worked out. */
    public static AdviceContext of(Descriptor descriptor) {
        return new AdviceContext(descriptor, DependencyGraph.of(descriptor), Placer.place(descriptor).placement());
    }

    /** A finding of {@code rule} at its default severity, located at the JSON pointer built from {@code path}. */
    public Finding finding(AdviceRule rule, String message, List<String> services, Object... path) {
        return new Finding(rule.defaultSeverity(), rule.id(), message, services,
                descriptor.locate(SourceMap.pointer(path)));
    }
}
