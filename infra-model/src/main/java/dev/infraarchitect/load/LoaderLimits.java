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
    /** Longest map key, in characters: keys are names, and messages quote them. */
    static final int MAX_KEY_CHARS = 1024;
    /**
     * Most lines in one document, checked before parsing. A 100,000-service descriptor has about a million; the cap
     * refuses a file of millions of tiny list items at once instead of after seconds of parsing.
     */
    static final int MAX_LINES = 2_000_000;
    /**
     * Most values (maps, lists and scalars) in one document. A 100,000-service descriptor has about 2.3 million;
     * the cap bounds the memory the tree takes whatever the layout (a flow list packs many values on a line).
     */
    static final int MAX_NODES = 3_000_000;
    /** Problems reported before the loader stops collecting. */
    static final int MAX_PROBLEMS = 100;

    private LoaderLimits() {
    }
}
