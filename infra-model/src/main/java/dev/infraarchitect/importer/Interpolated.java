package dev.infraarchitect.importer;

import dev.infraarchitect.model.Interpolation;
import java.util.ArrayList;
import java.util.List;

/** Compose text that may hold {@code ${...}} references, taken apart without looking inside them. */
final class Interpolated {

    private Interpolated() {
    }

    /**
     * {@code text} split at {@code separator} where it stands outside every {@code ${...}}, so that
     * {@code ${PORT:-80}:80} is two parts and not three.
     */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    static boolean isOnlyReference(String text) {
        return Interpolation.isOnlyReference(text);
    }

    static List<Interpolation.Reference> references(String text) {
        return Interpolation.mayReference(text) ? Interpolation.references(text) : List.of();
    }
}
