package dev.infraarchitect.render;

/** Two selected generators that are variants of one and would write the same files. */
public final class ConflictingGeneratorsException extends IllegalArgumentException {

    public ConflictingGeneratorsException(String first, String second) {
        super("generators '" + first + "' and '" + second + "' write the same files; select one of them");
    }
}
