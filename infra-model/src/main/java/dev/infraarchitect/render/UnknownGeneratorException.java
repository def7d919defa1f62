package dev.infraarchitect.render;

import java.util.Collection;

/** A generator id in the user's selection that no generator has. */
public final class UnknownGeneratorException extends IllegalArgumentException {

    public UnknownGeneratorException(String id, Collection<String> known) {
        super("unknown generator '" + id + "'" + dev.infraarchitect.model.Suggestions.didYouMean(id, known)
                + " (available: " + String.join(", ", known) + ")");
    }
}
