package dev.infraarchitect.render.yaml;

import dev.infraarchitect.model.Identifiers;
import dev.infraarchitect.render.GeneratedFile;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small YAML emitter for generated files (Compose, Kubernetes): block mappings in insertion order, flow lists of scalars, block lists of
 * mappings, and comment lines before entries. Every string scalar is written double-quoted with escapes, so no value
 * can change type ({@code on}, {@code 0755}) or break the structure, whatever text a descriptor holds.
 */
public final class YamlWriter {

    private static final int INDENT = 2;
    /** Above this many entries a mapping checks duplicate keys with a hash set instead of a scan. */
    private static final int SCANNED_KEYS = 8;

    /** An ordered mapping; values are strings, numbers, booleans, {@link Mapping}s or lists of those. */
    public static final class Mapping {

        private static final List<?>[] NO_COMMENTS = new List<?>[0];

        // Entries in insertion order, in parallel arrays: most mappings have two to five keys, and an ArrayList of
        // entry records cost three objects more per mapping and one per key.
        private String[] keys = new String[4];
        private Object[] values = new Object[4];
        private List<?>[] comments = NO_COMMENTS; // grown only when an entry has comments
        private int size;
        private Set<String> index; // membership only, once the mapping is large; output follows the arrays

        public Mapping put(String key, Object value) {
            return put(key, value, List.of());
        }

        /** Adds an entry preceded by {@code comments}, one line each. */
        public Mapping put(String key, Object value, List<String> comments) {
            if (contains(key)) {
                throw new IllegalStateException("duplicate key '" + key + "'");
            }
            if (index != null) {
                index.add(key);
            } else if (size == SCANNED_KEYS) {
                index = new HashSet<>(Arrays.asList(keys).subList(0, size));
                index.add(key);
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            if (!comments.isEmpty()) {
                if (this.comments.length < keys.length) {
                    this.comments = Arrays.copyOf(this.comments, keys.length);
                }
                this.comments[size] = List.copyOf(comments);
            }
            keys[size] = key;
            values[size] = value;
            size++;
            return this;
        }

        private boolean contains(String key) {
            if (index != null) {
                return index.contains(key);
            }
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return true;
                }
            }
            return false;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        @SuppressWarnings("unchecked")
        private List<String> commentsOf(int entry) {
            List<?> lines = entry < comments.length ? comments[entry] : null;
            return lines == null ? List.of() : (List<String>) lines;
        }
    }

    /** Reused from file to file: most documents are small, and a new builder for each grew several times. */
    private final StringBuilder out;

    /** A writer for one thread's sequence of files; the static methods are for single documents. */
    public YamlWriter() {
        this(16 * 1024);
    }

    /** A writer whose buffer starts at {@code capacity} chars: for a single large file of about that size. */
    public YamlWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** The file at {@code path} holding {@link #document} of {@code header} and {@code root}. */
    public GeneratedFile file(String path, List<String> header, Mapping root) {
        out.setLength(0);
        write(header, root);
        return GeneratedFile.text(path, out.toString());
    }

    /** The document: {@code header} comment lines, then {@code root}; ends with a newline. */
    public static String document(List<String> header, Mapping root) {
        YamlWriter writer = new YamlWriter(1024);
        writer.write(header, root);
        return writer.out.toString();
    }

    private void write(List<String> header, Mapping root) {
        for (String line : header) {
            comment(0, line);
        }
        mapping(root, 0);
    }

    private void indent(int depth) {
        for (int i = depth * INDENT; i > 0; i--) {
            out.append(' ');
        }
    }

    private void mapping(Mapping mapping, int depth) {
        for (int e = 0; e < mapping.size; e++) {
            for (String comment : mapping.commentsOf(e)) {
                comment(depth, comment);
            }
            indent(depth);
            out.append(key(mapping.keys[e])).append(':');
            value(mapping.values[e], depth);
        }
    }

    /** Writes what follows {@code key:} on the same line and any nested lines. */
    private void value(Object value, int depth) {
        if (value instanceof Mapping nested) {
            if (nested.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                mapping(nested, depth + 1);
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
                sequence(list, depth + 1);
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

    private void sequence(List<?> list, int depth) {
        for (Object item : list) {
            if (item instanceof Mapping nested && !nested.isEmpty()) {
                for (int e = 0; e < nested.size; e++) {
                    if (!nested.commentsOf(e).isEmpty()) {
                        throw new IllegalStateException("comments inside a list item are not supported");
                    }
                    indent(depth);
                    out.append(e == 0 ? "- " : "  ");
                    out.append(key(nested.keys[e])).append(':');
                    value(nested.values[e], depth + 1);
                }
            } else if (item instanceof List<?>) {
                throw new IllegalStateException("nested lists are not supported");
            } else {
                indent(depth);
                out.append("- ");
                if (item instanceof Mapping) {
                    out.append("{}");
                } else {
                    scalar(out, item);
                }
                out.append('\n');
            }
        }
    }

    /** A comment line; a line break in the text would end the comment, so each run of them becomes a space. */
    private void comment(int depth, String text) {
        indent(depth);
        out.append(text.isEmpty() ? "#" : "# ");
        int run = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (isLineBreak(text.charAt(i))) {
                out.append(text, run, i).append(' ');
                while (i + 1 < length && isLineBreak(text.charAt(i + 1))) {
                    i++;
                }
                run = i + 1;
            }
        }
        out.append(text, run, length).append('\n');
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** How {@code key} is written: as it is when plain, else quoted; a plain key is its own text, nothing is made. */
    public static String key(String key) {
        return Identifiers.isPlainKey(key) && !isReserved(key) ? key : quoted(key);
    }

    /**
     * Whether a YAML 1.1 reader would turn the plain key into a boolean or null: y, n, yes, no, on, off, true, false,
     * null in any case. {@code key} is a plain key, so ASCII; by length there are at most two words to compare.
     */
    private static boolean isReserved(String key) {
        return switch (key.length()) {
            case 1 -> "y".equalsIgnoreCase(key) || "n".equalsIgnoreCase(key);
            case 2 -> "no".equalsIgnoreCase(key) || "on".equalsIgnoreCase(key);
            case 3 -> "yes".equalsIgnoreCase(key) || "off".equalsIgnoreCase(key);
            case 4 -> "true".equalsIgnoreCase(key) || "null".equalsIgnoreCase(key);
            case 5 -> "false".equalsIgnoreCase(key);
            default -> false;
        };
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
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsEscape(c)) { // every control character, C1 included
                        unicodeEscape(out, c);
                    } else if (!Character.isSurrogate(c)) {
                        out.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        unicodeEscape(out, '\ufffd'); // unpaired: no UTF-8 for it
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append(String.format("\\u%04x", (int) c));
    }

    /** Control characters, line separators and non-characters are not printable YAML. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                || c == 0xfffe || c == 0xffff;
    }
}
