package dev.infraarchitect.render.markdown;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Escaping and tables for the Markdown the ADR and docs generators write. Prose fields stay as the user wrote them
 * (they are Markdown already); only text placed inside structure (a table cell, a link's label) is escaped here.
 */
public final class Markdown {

    private static final int MAX_SLUG = 60;
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private Markdown() {
    }

    /** Text for one table cell: {@code |} escaped, line breaks folded into spaces, empty shown as a dash. */
    public static String cell(String text) {
        if (text == null || text.isBlank()) {
            return "-";
        }
        return oneLine(text.strip().replace("|", "\\|"));
    }

    /** Appends a table: the header row, its delimiter row and one row per entry, cells as given (already escaped). */
    public static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        row(out, header);
        out.append('|');
        for (int i = 0; i < header.size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            row(out, row);
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** Text for a link label: brackets and backslashes escaped, on one line. */
    public static String linkText(String text) {
        return oneLine(text.strip()
                .replace("\\", "\\\\")
                .replace("[", "\\[")
                .replace("]", "\\]"));
    }

    /** A title on one line (for headings). */
    public static String inline(String text) {
        return oneLine(text.strip());
    }

    /**
     * Each line break, with the blanks around it, as one space. The regular expression runs only when there is a
     * line break: a large system's docs pass tens of thousands of cells here, nearly all of one line.
     */
    static String oneLine(String text) {
        return hasLineBreak(text) ? LINE_BREAK.matcher(text).replaceAll(" ") : text;
    }

    /** Whether {@code text} holds a line break, anything {@code \R} matches. */
    public static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
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
