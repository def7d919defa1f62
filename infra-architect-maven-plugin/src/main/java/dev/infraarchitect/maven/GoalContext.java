package dev.infraarchitect.maven;

import dev.infraarchitect.build.InfraBuild;
import java.nio.file.Path;

/**
 * What a goal works on once the shared checks are done.
 *
 * @param build           the core, configured for this execution
 * @param displayName     the descriptor's path relative to the project, with {@code /} separators
 * @param baseDirectory   the project's base directory
 * @param outputDirectory where artifacts and reports go ({@code target/infra} by default)
 * @param log             the plugin's log
 */
public record GoalContext(InfraBuild build, String displayName, Path baseDirectory, Path outputDirectory,
        InfraLog log) {

    /** {@code path} as messages show it: relative to the project. */
    String show(Path path) {
        return AbstractInfraMojo.displayName(baseDirectory, path);
    }
}
