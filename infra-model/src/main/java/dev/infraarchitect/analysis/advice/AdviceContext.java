package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.graph.DependencyGraph;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.SourceMap;
import java.util.List;

/** What advice rules look at: the descriptor and its dependency graph (to know who depends on whom). */
public record AdviceContext(Descriptor descriptor, DependencyGraph dependencies) {

    public static AdviceContext of(Descriptor descriptor) {
        return new AdviceContext(descriptor, DependencyGraph.of(descriptor));
    }

    /** A finding of {@code rule} at its default severity, located at the JSON pointer built from {@code path}. */
    public Finding finding(AdviceRule rule, String message, List<String> services, Object... path) {
        return new Finding(rule.defaultSeverity(), rule.id(), message, services,
                descriptor.locate(SourceMap.pointer(path)));
    }
}
