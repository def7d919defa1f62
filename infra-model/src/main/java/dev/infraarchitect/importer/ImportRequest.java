package dev.infraarchitect.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to import: the Compose file, the {@code .env} file that supplies its variables ({@code null} for the
 * {@code .env} beside the Compose file, which may be absent), and the descriptor to be written, whose folder
 * relative paths are rebased onto. {@code displayName} names the Compose file in notes and messages.
 */
public record ImportRequest(Path compose, String displayName, Path envFile, Path descriptor) {

    public ImportRequest {
        Objects.requireNonNull(compose, "compose");
        Objects.requireNonNull(descriptor, "descriptor");
        displayName = displayName == null ? String.valueOf(compose.getFileName()) : displayName;
    }

    /** The {@code .env} file to read: the one given, else {@code .env} beside the Compose file. */
    Path envFileOrDefault() {
        if (envFile != null) {
            return envFile;
        }
        Path folder = compose.toAbsolutePath().getParent();
        return folder == null ? Path.of(".env") : folder.resolve(".env");
    }
}
