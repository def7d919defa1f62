package dev.infraarchitect.build;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.render.output.OutputChanges;

/**
 * What {@code generate} did: nothing when the output was already up to date ({@code analysis} and {@code changes}
 * are then {@code null}), otherwise the analysis it rendered and the files it added, changed and removed.
 */
public record GenerationResult(boolean upToDate, Analysis analysis, OutputChanges changes) {

    static GenerationResult alreadyUpToDate() {
        return new GenerationResult(true, null, null);
    }
}
