package dev.infraarchitect.render;

import dev.infraarchitect.model.Suggestions;
import java.util.List;

/** A generator id in the user's selection that no generator has. */
public final class UnknownGeneratorException extends IllegalArgumentException {

    private final String id;
    private final List<String> known;

    public UnknownGeneratorException(String id, List<String> known) {
        super("unknown generator '" + id + "'" + Suggestions.didYouMean(id, known) + " (available: "
                + String.join(", ", known) + ")");
        this.id = id;
        this.known = List.copyOf(known);
    }

    /** The id as the user wrote it, trimmed. */
    public String id() {
        return id;
    }

    /** Every generator id, in the registry's order. */
    public List<String> known() {
        return known;
    }

    /** {@code "; did you mean 'x'?"} for the nearest known id, or empty. */
    public String suggestion() {
        return Suggestions.didYouMean(id, known);
    }
}
