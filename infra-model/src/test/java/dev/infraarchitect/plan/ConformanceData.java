package dev.infraarchitect.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds third-party specifications in {@code shared/conformance/}, beside the repository root. */
final class ConformanceData {

    private ConformanceData() {
    }

    static Optional<Path> find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("conformance").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
