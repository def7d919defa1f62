package dev.infraarchitect.importer;

/**
 * Something of the Compose file that the descriptor does not carry as written: a setting left out, or one written
 * differently, with where it stands ({@code line} and {@code column} 1-based) and the Compose path it sits at
 * ({@code services.api.logging}).
 */
public record ImportNote(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }
}
