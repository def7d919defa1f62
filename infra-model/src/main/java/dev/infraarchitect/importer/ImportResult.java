package dev.infraarchitect.importer;

import java.util.List;

/**
 * The imported descriptor as YAML text, the number of services and variables it holds, and everything of the
 * Compose file it does not carry as written, in file order.
 */
public record ImportResult(String descriptor, int services, int variables, List<ImportNote> notes) {

    public ImportResult {
        notes = List.copyOf(notes);
    }
}
