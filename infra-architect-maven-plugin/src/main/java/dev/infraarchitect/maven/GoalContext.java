package dev.infraarchitect.maven;

import dev.infraarchitect.model.Descriptor;
import java.nio.file.Path;

/**
 * What a goal works on once the shared steps are done: the loaded descriptor, how messages name its file, where
 * artifacts go, and the log. A record so that later steps (the analysis) can be added without touching every goal's
 * signature.
 *
 * @param descriptor      the loaded, defaulted descriptor
 * @param displayName     the descriptor's path relative to the project, with {@code /} separators
 * @param baseDirectory   the project's base directory
 * @param outputDirectory where generated artifacts go ({@code target/infra} by default); not created yet
 * @param log             the plugin's log
 */
public record GoalContext(Descriptor descriptor, String displayName, Path baseDirectory, Path outputDirectory,
        InfraLog log) {
}
