package dev.infraarchitect.render.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small YAML emitter for generated files (Compose, Kubernetes): block mappings in insertion order, flow lists of scalars, block lists of
 * mappings, and comment lines before entries. Every string scalar is written double-quoted with escapes, so no value
 * can change type ({@code on}, {@code 0755}) or break the structure, whatever text a descriptor holds.
 */
public final class YamlWriter {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");
    /** Plain keys a YAML 1.1 reader would turn into booleans or null. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    private static final String INDENT = "  ";

    private YamlWriter() {
    }

    /** An ordered mapping; values are strings, numbers, booleans, {@link Mapping}s or lists of those. */
    public static final class Mapping {

        private final List<Entry> entries = new ArrayList<>();
        private final Set<String> keys = new HashSet<>(); // membership only; output follows entries

        public Mapping put(String key, Object value) {
            return put(key, value, List.of());
        }

        /** Adds an entry preceded by {@code comments}, one line each. */
        public Mapping put(String key, Object value, List<String> comments) {
            if (!keys.add(key)) {
                throw new IllegalStateException("duplicate key '" + key + "'");
            }
            entries.add(new Entry(key, value, List.copyOf(comments)));
            return this;
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    private record Entry(String key, Object value, List<String> comments) {
    }

    /** The document: {@code header} comment lines, then {@code root}; ends with a newline. */
    public static String document(List<String> header, Mapping root) {
        StringBuilder out = new StringBuilder();
        for (String line : header) {
            comment(out, "", line);
        }
        mapping(out, root, "");
        return out.toString();
    }

    private static void mapping(StringBuilder out, Mapping mapping, String indent) {
        for (Entry entry : mapping.entries) {
            for (String line : entry.comments) {
                comment(out, indent, line);
            }
            out.append(indent).append(key(entry.key)).append(':');
            value(out, entry.value, indent);
        }
    }

    /** Writes what follows {@code key:} on the same line and any nested lines. */
    private static void value(StringBuilder out, Object value, String indent) {
        if (value instanceof Mapping nested) {
            if (nested.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                mapping(out, nested, indent + INDENT);
            }
        } else if (value instanceof List<?> list) {
            if (list.stream().noneMatch(item -> item instanceof Mapping || item instanceof List)) {
                out.append(" [");
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(scalar(list.get(i)));
                }
                out.append("]\n");
            } else {
                out.append('\n');
                sequence(out, list, indent + INDENT);
            }
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static void sequence(StringBuilder out, List<?> list, String indent) {
        for (Object item : list) {
            if (item instanceof Mapping nested && !nested.isEmpty()) {
                boolean first = true;
                for (Entry entry : nested.entries) {
                    if (!entry.comments.isEmpty()) {
                        throw new IllegalStateException("comments inside a list item are not supported");
                    }
                    out.append(first ? indent + "- " : indent + INDENT).append(key(entry.key)).append(':');
                    value(out, entry.value, indent + INDENT);
                    first = false;
                }
            } else if (item instanceof List<?>) {
                throw new IllegalStateException("nested lists are not supported");
            } else {
                out.append(indent).append("- ").append(item instanceof Mapping ? "{}" : scalar(item)).append('\n');
            }
        }
    }

    private static void comment(StringBuilder out, String indent, String text) {
        // A line break in the text would end the comment and start YAML content.
        String single = hasLineBreak(text) ? LINE_BREAKS.matcher(text).replaceAll(" ") : text;
        out.append(indent).append(single.isEmpty() ? "#" : "# " + single).append('\n');
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    public static String key(String key) {
        boolean plain = isPlainKey(key) && !RESERVED.contains(key.toLowerCase(Locale.ROOT));
        return plain ? key : quoted(key);
    }

    /**
     * {@code [A-Za-z_][A-Za-z0-9_.-]*}, checked by hand: every key of every generated file passes here, and a regular
     * expression match cost more than the rest of the emitter.
     */
    private static boolean isPlainKey(String key) {
        if (key.isEmpty() || !(isLetter(key.charAt(0)) || key.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return quoted(text);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("unsupported YAML value " + value.getClass().getName());
    }

    /** A double-quoted scalar with JSON-style escapes, valid in YAML 1.1 and 1.2 alike. */
    public static String quoted(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        sb.append("\\ufffd"); // cannot be encoded in UTF-8 at all
                    } else if (needsEscape(c)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Control characters, line separators and non-characters are not printable YAML. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                || c == 0xfffe || c == 0xffff;
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
