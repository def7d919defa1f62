package dev.infraarchitect.importer;

/**
 * A Compose file that cannot be imported at all (unreadable, not YAML, no services), or a descriptor that must not be
 * written; the message names the file and, where there is one, the line and column.
 */
public class ComposeImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ComposeImportException(String message) {
        super(message);
    }

    public ComposeImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
