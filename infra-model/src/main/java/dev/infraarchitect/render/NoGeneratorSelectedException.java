package dev.infraarchitect.render;

import java.util.List;

/** A selection of generators that names none, such as an empty or blank {@code generators}. */
public final class NoGeneratorSelectedException extends IllegalArgumentException {

    private final List<String> known;

    public NoGeneratorSelectedException(List<String> known) {
        super("no generator selected; name at least one of " + String.join(", ", known));
        this.known = List.copyOf(known);
    }

    /** Every generator id, in the registry's order. */
    public List<String> known() {
        return known;
    }
}
