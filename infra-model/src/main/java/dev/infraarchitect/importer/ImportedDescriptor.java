package dev.infraarchitect.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Runs an import to its end: finds the Compose file when none is named, refuses to write over an existing
 * descriptor unless told to, and writes the new one atomically (a reader sees the old file or the whole new one).
 */
public final class ImportedDescriptor {

    /** The names Compose itself looks for, in its order. */
    public static final List<String> COMPOSE_FILE_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
            "docker-compose.yml");

    private ImportedDescriptor() {
    }

    /** The descriptor exists and overwriting was not asked for. */
    public static final class DescriptorExistsException extends ComposeImportException {

        private static final long serialVersionUID = 1L;

        DescriptorExistsException(String message) {
            super(message);
        }
    }

    /** The first of Compose's default file names present in {@code folder}, or {@code null}. */
    public static Path defaultComposeFile(Path folder) {
        for (String name : COMPOSE_FILE_NAMES) {
            Path candidate = folder.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Imports {@code request} and writes the descriptor; {@code descriptorName} names it in messages. Fails before
     * reading anything when the descriptor exists and {@code overwrite} is false.
     */
    public static ImportResult importAndWrite(ImportRequest request, String descriptorName, boolean overwrite)
            throws ComposeImportException {
        Path target = request.descriptor().toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new ComposeImportException("descriptor " + descriptorName + " is a directory; point it at a file");
        }
        if (Files.exists(target) && !overwrite) {
            throw new DescriptorExistsException("descriptor " + descriptorName + " already exists and is left as it"
                    + " is");
        }
        ImportResult result = ComposeImporter.importCompose(request);
        try {
            write(target, result.descriptor(), overwrite);
        } catch (FileAlreadyExistsException e) {
            throw new DescriptorExistsException("descriptor " + descriptorName + " appeared while importing and is"
                    + " left as it is");
        } catch (IOException e) {
            throw new ComposeImportException("cannot write " + descriptorName + ": " + e.getMessage(), e);
        }
        return result;
    }

    private static void write(Path target, String text, boolean overwrite) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            if (!overwrite) {
                Files.move(temporary, target);
            } else {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
