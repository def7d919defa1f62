package dev.infraarchitect.render.markdown;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Escaping for the Markdown the ADR and docs generators write. Prose fields stay as the user wrote them (they are
 * Markdown already); only text placed inside structure (a table cell, a link's label) is escaped here.
 */
public final class Markdown {

    private static final int MAX_SLUG = 60;

    private Markdown() {
    }

    /** Text for one table cell: {@code |} escaped, line breaks folded into spaces, empty shown as a dash. */
    public static String cell(String text) {
        if (text == null || text.isBlank()) {
            return "-";
        }
        return text.strip()
                .replace("|", "\\|")
                .replaceAll("\\s*\\R\\s*", " ");
    }

    /** Text for a link label: brackets and backslashes escaped, on one line. */
    public static String linkText(String text) {
        return text.strip()
                .replace("\\", "\\\\")
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replaceAll("\\s*\\R\\s*", " ");
    }

    /** A title on one line (for headings). */
    public static String inline(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * A file-name slug: lower case ASCII letters and digits separated by single {@code -}, accents dropped, at most
     * 60 characters (cut at a word boundary when there is one), and {@code fallback} when nothing is left.
     */
    public static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > MAX_SLUG / 2 ? cut : MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
