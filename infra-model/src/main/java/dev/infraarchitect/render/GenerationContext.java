package dev.infraarchitect.render;

import dev.infraarchitect.analysis.Analysis;
import java.util.Objects;

/**
 * What a generator works from: the analysis of the descriptor and the templates of this run (the user's overrides
 * first, the plugin's own second).
 *
 * @param analysis  the analysis; generators ask it for services, hosts, phases and planned replicas
 * @param templates the templates; generators that build their output in Java do not use them
 */
public record GenerationContext(Analysis analysis, Templates templates) {

    public GenerationContext {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(templates, "templates");
    }

    /** {@code analysis} with the plugin's own templates only. */
    public static GenerationContext of(Analysis analysis) {
        return new GenerationContext(analysis, new Templates(null));
    }
}
