package dev.infraarchitect.load;

/**
 * Bounds that keep hostile input from hanging or exhausting a build. They are far above anything a real system
 * needs: a 100,000-service descriptor is about 30 MB and five levels deep.
 */
final class LoaderLimits {

    /** Largest descriptor file accepted, in bytes. */
    static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    /** Deepest nesting of maps and lists. */
    static final int MAX_DEPTH = 32;
    /** Longest single scalar, in characters (descriptions and ADR texts included). */
    static final int MAX_SCALAR_CHARS = 256 * 1024;
    /** Problems reported before the loader stops collecting. */
    static final int MAX_PROBLEMS = 100;

    private LoaderLimits() {
    }
}
