package dev.infraarchitect.render.yaml;

import dev.infraarchitect.model.Identifiers;
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
    private static final int LONGEST_RESERVED = 5;
    private static final String INDENT = "  ";
    /** Indentation by depth, so that deep documents do not build the same strings again for every entry. */
    private static final String[] INDENTS = new String[16];
    /** Above this many entries a mapping checks duplicate keys with a hash set instead of a scan. */
    private static final int SCANNED_KEYS = 8;

    static {
        for (int depth = 0; depth < INDENTS.length; depth++) {
            INDENTS[depth] = INDENT.repeat(depth);
        }
    }

    private YamlWriter() {
    }

    /** An ordered mapping; values are strings, numbers, booleans, {@link Mapping}s or lists of those. */
    public static final class Mapping {

        private final List<Entry> entries = new ArrayList<>();
        private Set<String> keys; // membership only, once the mapping is large; output follows entries

        public Mapping put(String key, Object value) {
            return put(key, value, List.of());
        }

        /** Adds an entry preceded by {@code comments}, one line each. */
        public Mapping put(String key, Object value, List<String> comments) {
            if (contains(key)) {
                throw new IllegalStateException("duplicate key '" + key + "'");
            }
            if (keys != null) {
                keys.add(key);
            } else if (entries.size() == SCANNED_KEYS) {
                keys = new HashSet<>();
                entries.forEach(entry -> keys.add(entry.key));
                keys.add(key);
            }
            entries.add(new Entry(key, value, comments.isEmpty() ? List.of() : List.copyOf(comments)));
            return this;
        }

        private boolean contains(String key) {
            if (keys != null) {
                return keys.contains(key);
            }
            for (Entry entry : entries) {
                if (entry.key.equals(key)) {
                    return true;
                }
            }
            return false;
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    private record Entry(String key, Object value, List<String> comments) {
    }

    /** The document: {@code header} comment lines, then {@code root}; ends with a newline. */
    public static String document(List<String> header, Mapping root) {
        StringBuilder out = new StringBuilder(1024); // most documents are one small object
        for (String line : header) {
            comment(out, 0, line);
        }
        mapping(out, root, 0);
        return out.toString();
    }

    private static String indent(int depth) {
        return depth < INDENTS.length ? INDENTS[depth] : INDENT.repeat(depth);
    }

    private static void mapping(StringBuilder out, Mapping mapping, int depth) {
        String indent = indent(depth);
        List<Entry> entries = mapping.entries;
        for (int e = 0; e < entries.size(); e++) { // indexed: an iterator per mapping and comment list added up
            Entry entry = entries.get(e);
            for (int c = 0; c < entry.comments.size(); c++) {
                comment(out, depth, entry.comments.get(c));
            }
            out.append(indent);
            key(out, entry.key);
            out.append(':');
            value(out, entry.value, depth);
        }
    }

    /** Writes what follows {@code key:} on the same line and any nested lines. */
    private static void value(StringBuilder out, Object value, int depth) {
        if (value instanceof Mapping nested) {
            if (nested.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                mapping(out, nested, depth + 1);
            }
        } else if (value instanceof List<?> list) {
            if (onlyScalars(list)) {
                out.append(" [");
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    scalar(out, list.get(i));
                }
                out.append("]\n");
            } else {
                out.append('\n');
                sequence(out, list, depth + 1);
            }
        } else {
            out.append(' ');
            scalar(out, value);
            out.append('\n');
        }
    }

    private static boolean onlyScalars(List<?> list) {
        for (Object item : list) {
            if (item instanceof Mapping || item instanceof List) {
                return false;
            }
        }
        return true;
    }

    private static void sequence(StringBuilder out, List<?> list, int depth) {
        String indent = indent(depth);
        for (Object item : list) {
            if (item instanceof Mapping nested && !nested.isEmpty()) {
                boolean first = true;
                for (Entry entry : nested.entries) {
                    if (!entry.comments.isEmpty()) {
                        throw new IllegalStateException("comments inside a list item are not supported");
                    }
                    out.append(indent).append(first ? "- " : INDENT);
                    key(out, entry.key);
                    out.append(':');
                    value(out, entry.value, depth + 1);
                    first = false;
                }
            } else if (item instanceof List<?>) {
                throw new IllegalStateException("nested lists are not supported");
            } else {
                out.append(indent).append("- ");
                if (item instanceof Mapping) {
                    out.append("{}");
                } else {
                    scalar(out, item);
                }
                out.append('\n');
            }
        }
    }

    private static void comment(StringBuilder out, int depth, String text) {
        // A line break in the text would end the comment and start YAML content.
        String single = hasLineBreak(text) ? LINE_BREAKS.matcher(text).replaceAll(" ") : text;
        out.append(indent(depth)).append(single.isEmpty() ? "#" : "# ").append(single).append('\n');
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
        StringBuilder out = new StringBuilder(key.length() + 2);
        key(out, key);
        return out.toString();
    }

    private static void key(StringBuilder out, String key) {
        if (Identifiers.isPlainKey(key) && !isReserved(key)) {
            out.append(key);
        } else {
            quoted(out, key);
        }
    }

    private static boolean isReserved(String key) {
        return key.length() <= LONGEST_RESERVED && RESERVED.contains(key.toLowerCase(Locale.ROOT));
    }

    private static void scalar(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quoted(out, text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("unsupported YAML value " + value.getClass().getName());
        }
    }

    /** A double-quoted scalar with JSON-style escapes, valid in YAML 1.1 and 1.2 alike. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quoted(out, text);
        return out.toString();
    }

    private static void quoted(StringBuilder out, String text) {
        out.append('"');
        int plainUntil = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                continue; // printable ASCII goes out as one run below
            }
            out.append(text, plainUntil, i);
            plainUntil = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        out.append("\\ufffd"); // cannot be encoded in UTF-8 at all
                    } else if (needsEscape(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append(text, plainUntil, text.length()).append('"');
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
