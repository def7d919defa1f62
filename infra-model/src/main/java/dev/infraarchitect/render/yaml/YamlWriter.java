package dev.infraarchitect.render.yaml;

import dev.infraarchitect.model.Identifiers;
import dev.infraarchitect.render.GeneratedFile;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small YAML emitter for generated files (Compose, Kubernetes): block mappings in insertion order, flow lists of scalars, block lists of
 * mappings, and comment lines before entries. Every string scalar is written double-quoted with escapes, so no value
 * can change type ({@code on}, {@code 0755}) or break the structure, whatever text a descriptor holds.
 */
public final class YamlWriter {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");
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

    private static final int KEY_SLOTS = 512;

    /** Reused from file to file: most documents are small, and a new builder for each grew several times. */
    private final StringBuilder out;
    /**
     * How each key was last written, by its hash: keys are nearly all the same few strings (literals, or the loader's
     * shared instances), and checking whether a key may stand plain was half of writing a document. A slot answers
     * only for the very same String object, so a collision or an equal copy is merely checked again.
     */
    private final String[] keys = new String[KEY_SLOTS];
    private final String[] keyTexts = new String[KEY_SLOTS];

    /** A writer for one thread's sequence of files; the static methods are for single documents. */
    public YamlWriter() {
        this(16 * 1024);
    }

    private YamlWriter(int capacity) {
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
        for (int i = 0; i < header.size(); i++) {
            comment(out, 0, header.get(i));
        }
        mapping(root, 0);
    }

    private static String indent(int depth) {
        return depth < INDENTS.length ? INDENTS[depth] : INDENT.repeat(depth);
    }

    private void mapping(Mapping mapping, int depth) {
        String indent = indent(depth);
        for (int e = 0; e < mapping.size; e++) { // indexed: an iterator per mapping and comment list added up
            List<String> comments = mapping.commentsOf(e);
            for (int c = 0; c < comments.size(); c++) {
                comment(out, depth, comments.get(c));
            }
            out.append(indent);
            writeKey(mapping.keys[e]);
            out.append(':');
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
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof Mapping || item instanceof List) {
                return false;
            }
        }
        return true;
    }

    private void sequence(List<?> list, int depth) {
        String indent = indent(depth);
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof Mapping nested && !nested.isEmpty()) {
                for (int e = 0; e < nested.size; e++) {
                    if (!nested.commentsOf(e).isEmpty()) {
                        throw new IllegalStateException("comments inside a list item are not supported");
                    }
                    out.append(indent).append(e == 0 ? "- " : INDENT);
                    writeKey(nested.keys[e]);
                    out.append(':');
                    value(nested.values[e], depth + 1);
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

    /** How {@code key} is written: as it is when plain, else quoted; a plain key is its own text, nothing is made. */
    public static String key(String key) {
        return Identifiers.isPlainKey(key) && !isReserved(key) ? key : quoted(key);
    }

    private void writeKey(String key) {
        int slot = key.hashCode() & (KEY_SLOTS - 1);
        if (keys[slot] != key) {
            keyTexts[slot] = key(key);
            keys[slot] = key;
        }
        out.append(keyTexts[slot]);
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
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else if (value instanceof Long number) {
            out.append(number.longValue());
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
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
            if (c >= 0x20 && c < 0x7f ? c != '"' && c != '\\' : c > 0x9f && !needsEscape(c)
                    && !(Character.isSurrogate(c) && !pairedSurrogate(text, i))) {
                continue; // goes out with its run below, a surrogate pair included
            }
            out.append(text, plainUntil, i);
            plainUntil = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> unicodeEscape(out, Character.isSurrogate(c) ? '\ufffd' : c); // unpaired: no UTF-8 for it
            }
        }
        out.append(text, plainUntil, text.length()).append('"');
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(Character.forDigit(c >> shift & 0xf, 16));
        }
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
