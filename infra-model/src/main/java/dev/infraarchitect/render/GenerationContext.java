package dev.infraarchitect.render;

import dev.infraarchitect.analysis.Analysis;
import java.util.Objects;

/**
 * What a generator works from: the analysis of the descriptor and the templates of this run (the user's overrides of
 * the built-in page layouts).
 *
 * @param analysis  the analysis; generators ask it for services, hosts, phases and planned replicas
 * @param templates the pages with override templates; generators that write no Markdown page do not use them
 */
public record GenerationContext(Analysis analysis, Templates templates) {

    public GenerationContext {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(templates, "templates");
    }

    /** {@code analysis} with the built-in layouts only. */
    public static GenerationContext of(Analysis analysis) {
        return new GenerationContext(analysis, new Templates(null));
    }
}
