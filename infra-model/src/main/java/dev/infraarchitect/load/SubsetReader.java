package dev.infraarchitect.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain subset of YAML that the service entries of a large descriptor are written in, without SnakeYAML:
 * block mappings and sequences indented with spaces, one value per line, flow mappings and sequences closed on
 * their line, plain scalars, and quoted scalars without escapes. The tree is the one {@link TreeReader} builds for
 * the same text, positions included; SnakeYAML's scanner, tokens, events and marks were most of the cost of reading
 * a large descriptor, and more still in a JVM that has not compiled them yet.
 *
 * <p>Anything outside that subset or in doubt (tabs, escapes, anchors, tags, multi-line scalars, empty values,
 * duplicate keys, a limit reached, a plain value that is not surely a string, a decimal or true/false) makes the
 * answer null, and the caller reads the text with {@link TreeReader}, which also gives every message. The subset is
 * small on purpose: {@code SubsetReaderTest} checks that every tree it gives equals TreeReader's.
 */
final class SubsetReader {

    private final String file;
    private final int lineOffset;
    private final int depthOffset;
    private final SharedStrings shared = new SharedStrings();
    private String text;
    /** Start of each line, and one past the end of the last. */
    private int[] lineStarts;
    private int lineCount;
    private int nodes;

    /** Signals that the text is outside the subset; never escapes this class. */
    private static final class Outside extends Exception {

        private static final Outside INSTANCE = new Outside();

        private Outside() {
            super(null, null, false, false);
        }
    }

    SubsetReader(String file, int lineOffset, int depthOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.depthOffset = depthOffset;
    }

    /** How many values (scalars, maps and lists) the last read created, as {@link TreeReader#nodesRead()}. */
    int nodesRead() {
        return nodes;
    }

    /** The tree of {@code text}, or null when it is not plainly in the subset. */
    Node read(String text) {
        this.text = text;
        nodes = 0;
        try {
            splitLines();
            int first = nextContentLine(0);
            if (first < 0) {
                return null;
            }
            int[] next = new int[1];
            Node root = block(first, indentation(first), 0, next);
            return nextContentLine(next[0]) < 0 ? root : null;
        } catch (Outside e) {
            return null;
        }
    }

    private void splitLines() throws Outside {
        int length = text.length();
        int[] starts = new int[Math.max(16, length / 24)];
        // every character is checked once here, so the parsing below meets only spaces, line breaks and printables
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            } else if (c < ' ' || c >= 0x7f && c <= 0x9f || c >= 0xd800 && c <= 0xdfff || c == 0x2028 || c == 0x2029
                    || c >= 0xfeff) {
                throw Outside.INSTANCE; // tabs, carriage returns, other line breaks, surrogates, byte order marks
            }
        }
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count + 1);
        }
        starts[count] = length + 1;
        lineStarts = starts;
        lineCount = count;
    }

    private int start(int line) {
        return lineStarts[line];
    }

    /** End of {@code line}'s text, without its line break. */
    private int end(int line) {
        return lineStarts[line + 1] - 1;
    }

    private int indentation(int line) {
        int i = start(line);
        int end = end(line);
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i - start(line);
    }

    /** The first line at or after {@code line} with something other than spaces and a comment, or -1. */
    private int nextContentLine(int line) {
        for (int l = line; l < lineCount; l++) {
            int i = start(l) + indentation(l);
            if (i < end(l) && text.charAt(i) != '#') {
                return l;
            }
        }
        return -1;
    }

    /**
     * The block mapping or sequence whose first item is on {@code line} at {@code indent}; {@code next[0]} receives
     * the first line after it.
     */
    private Node block(int line, int indent, int depth, int[] next) throws Outside {
        open(depth);
        int at = start(line) + indent;
        if (isEntry(at, end(line))) {
            return sequence(line, indent, depth, next);
        }
        return mapping(line, indent, depth, next);
    }

    private Node.MapNode mapping(int firstLine, int indent, int depth, int[] next) throws Outside {
        Entries entries = new Entries();
        Node.MapNode map = new Node.MapNode(file, lineNumber(firstLine), indent + 1, entries);
        int line = firstLine;
        while (line >= 0 && indentation(line) == indent) {
            int i = start(line) + indent;
            int end = end(line);
            if (isEntry(i, end)) {
                throw Outside.INSTANCE; // a sequence where a key belongs
            }
            int keyEnd = keyEnd(i, end);
            String key = shared.key(text.substring(i, keyEnd));
            int keyColumn = indent + 1;
            int after = skipSpaces(keyEnd + 1, end);
            Node value;
            int following;
            if (after == end || text.charAt(after) == '#' && after > keyEnd + 1) {
                // the value is the block on the following lines
                int child = nextContentLine(line + 1);
                if (child < 0) {
                    throw Outside.INSTANCE; // an empty value
                }
                int childIndent = indentation(child);
                boolean indentless = childIndent == indent && isEntry(start(child) + childIndent, end(child));
                if (childIndent <= indent && !indentless) {
                    throw Outside.INSTANCE; // an empty value
                }
                int[] blockEnd = new int[1];
                value = block(child, childIndent, depth + 1, blockEnd);
                following = blockEnd[0];
            } else {
                if (after == keyEnd + 1) {
                    throw Outside.INSTANCE; // "key:value" is a plain scalar, not an entry
                }
                value = inlineValue(line, after, end, depth + 1);
                following = line + 1;
            }
            if (!entries.addIfAbsent(new Node.Entry(key, file, lineNumber(line), keyColumn, value))) {
                throw Outside.INSTANCE; // a duplicate key: TreeReader reports it
            }
            line = nextContentLine(following);
            if (line >= 0 && indentation(line) > indent) {
                throw Outside.INSTANCE; // a continuation or a misplaced block
            }
        }
        next[0] = line < 0 ? lineCount : line;
        return map;
    }

    private Node.ListNode sequence(int firstLine, int indent, int depth, int[] next) throws Outside {
        List<Node> items = new ArrayList<>();
        Node.ListNode list = new Node.ListNode(file, lineNumber(firstLine), indent + 1, items);
        int line = firstLine;
        while (line >= 0 && indentation(line) == indent && isEntry(start(line) + indent, end(line))) {
            int end = end(line);
            int after = skipSpaces(start(line) + indent + 1, end);
            if (after == end || text.charAt(after) == '#') {
                throw Outside.INSTANCE; // a nested block or an empty item
            }
            items.add(inlineValue(line, after, end, depth + 1));
            line = nextContentLine(line + 1);
            if (line >= 0 && indentation(line) > indent) {
                throw Outside.INSTANCE;
            }
        }
        next[0] = line < 0 ? lineCount : line;
        return list;
    }

    /** Whether {@code at} starts a block sequence entry: {@code -} then a space or the end of the line. */
    private boolean isEntry(int at, int end) {
        return at < end && text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ');
    }

    /** The end of the plain key starting at {@code i}, where a colon must follow. */
    private int keyEnd(int i, int end) throws Outside {
        int k = i;
        while (k < end && isKeyChar(text.charAt(k))) {
            k++;
        }
        if (k == i || k >= end || text.charAt(k) != ':' || !isKeyStart(text.charAt(i))) {
            throw Outside.INSTANCE;
        }
        if (k - i > LoaderLimits.MAX_KEY_CHARS) {
            throw Outside.INSTANCE;
        }
        return k;
    }

    private static boolean isKeyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isKeyChar(char c) {
        return isKeyStart(c) || c == '-' || c == '.' || c == '/';
    }

    private int skipSpaces(int i, int end) {
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A value that starts at {@code i} and ends on its line, followed by nothing but spaces and a comment. */
    private Node inlineValue(int line, int i, int end, int depth) throws Outside {
        int[] after = new int[1];
        Node value = flowOrScalar(line, i, end, depth, false, after);
        int rest = skipSpaces(after[0], end);
        if (rest < end && (text.charAt(rest) != '#' || text.charAt(rest - 1) != ' ')) {
            throw Outside.INSTANCE;
        }
        return value;
    }

    /** A flow collection, a quoted scalar or a plain scalar at {@code i}; {@code after[0]} receives its end. */
    private Node flowOrScalar(int line, int i, int end, int depth, boolean inFlow, int[] after) throws Outside {
        char c = text.charAt(i);
        int column = i - start(line) + 1;
        if (c == '{' || c == '[') {
            return flow(line, i, end, depth, after);
        }
        if (c == '"' || c == '\'') {
            int close = text.indexOf(c, i + 1);
            if (close < 0 || close >= end) {
                throw Outside.INSTANCE; // continues on the next line
            }
            String value = text.substring(i + 1, close);
            if (c == '"' && value.indexOf('\\') >= 0 || c == '\'' && close + 1 < end && text.charAt(close + 1) == c) {
                throw Outside.INSTANCE; // escapes
            }
            after[0] = close + 1;
            return scalar(line, column, value, true);
        }
        int stop = plainEnd(i, end, inFlow);
        after[0] = stop;
        int trimmed = stop;
        while (trimmed > i && text.charAt(trimmed - 1) == ' ') {
            trimmed--;
        }
        return scalar(line, column, text.substring(i, trimmed), false);
    }

    /** Where the plain scalar starting at {@code i} ends: at a comment, at ": ", and in flow at , ] or }. */
    private int plainEnd(int i, int end, boolean inFlow) throws Outside {
        char first = text.charAt(i);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            throw Outside.INSTANCE; // indicators; a leading - or : of a plain value is allowed but left alone
        }
        for (int k = i; k < end; k++) {
            char c = text.charAt(k);
            if (c == ':') {
                boolean indicator = k + 1 == end || text.charAt(k + 1) == ' ';
                if (inFlow && (indicator || ",]}".indexOf(text.charAt(k + 1)) >= 0)) {
                    return k;
                }
                if (inFlow || indicator) {
                    throw Outside.INSTANCE; // a colon inside a flow value, or a mapping where a value belongs
                }
            }
            if (c == '#' && text.charAt(k - 1) == ' ') {
                return k;
            }
            if (inFlow && (c == ',' || c == ']' || c == '}')) {
                return k;
            }
            if (inFlow && (c == '[' || c == '{')) {
                throw Outside.INSTANCE;
            }
        }
        return end;
    }

    /** A flow mapping or sequence that closes on the same line. */
    private Node flow(int line, int i, int end, int depth, int[] after) throws Outside {
        open(depth);
        boolean isMap = text.charAt(i) == '{';
        char close = isMap ? '}' : ']';
        int column = i - start(line) + 1;
        Entries entries = isMap ? new Entries() : null;
        List<Node> items = isMap ? null : new ArrayList<>();
        Node node = isMap ? new Node.MapNode(file, lineNumber(line), column, entries)
                : new Node.ListNode(file, lineNumber(line), column, items);
        int k = skipSpaces(i + 1, end);
        if (k < end && text.charAt(k) == close) {
            after[0] = k + 1;
            return node;
        }
        int[] at = new int[1];
        while (true) {
            if (k >= end) {
                throw Outside.INSTANCE; // continues on the next line
            }
            if (isMap) {
                int keyEnd = keyEnd(k, end);
                String key = shared.key(text.substring(k, keyEnd));
                int keyColumn = k - start(line) + 1;
                int valueAt = skipSpaces(keyEnd + 1, end);
                if (valueAt == keyEnd + 1 || valueAt >= end) {
                    throw Outside.INSTANCE; // "key:value", or nothing after the colon
                }
                Node value = flowOrScalar(line, valueAt, end, depth + 1, true, at);
                if (!entries.addIfAbsent(new Node.Entry(key, file, lineNumber(line), keyColumn, value))) {
                    throw Outside.INSTANCE;
                }
            } else {
                items.add(flowOrScalar(line, k, end, depth + 1, true, at));
            }
            k = skipSpaces(at[0], end);
            if (k >= end) {
                throw Outside.INSTANCE;
            }
            char c = text.charAt(k);
            if (c == close) {
                after[0] = k + 1;
                return node;
            }
            if (c != ',') {
                throw Outside.INSTANCE;
            }
            k = skipSpaces(k + 1, end);
            if (k < end && text.charAt(k) == close) {
                throw Outside.INSTANCE; // a trailing comma: leave it to SnakeYAML
            }
        }
    }

    private Node.Scalar scalar(int line, int column, String value, boolean quoted) throws Outside {
        count();
        Node.Scalar.Type type;
        if (quoted) {
            type = value.isEmpty() ? Node.Scalar.Type.NULL : Node.Scalar.Type.STRING;
        } else if (value.isEmpty()) {
            throw Outside.INSTANCE;
        } else if (PlainScalars.surelyString(value)) {
            type = Node.Scalar.Type.STRING;
        } else if (PlainScalars.plainDecimal(value)) {
            type = Node.Scalar.Type.INTEGER;
        } else if (value.equals("true") || value.equals("false")) {
            type = Node.Scalar.Type.BOOLEAN;
        } else if (isPlainFraction(value)) {
            type = Node.Scalar.Type.DECIMAL;
        } else {
            throw Outside.INSTANCE; // the resolver decides the rest
        }
        if (value.length() > LoaderLimits.MAX_SCALAR_CHARS) {
            throw Outside.INSTANCE;
        }
        return new Node.Scalar(file, lineNumber(line), column,
                shared.value(value), type);
    }

    /** {@code 12.5}: digits, a point, digits; the resolver's float, and not one of its integers. */
    private static boolean isPlainFraction(String value) {
        int point = value.indexOf('.');
        if (point <= 0 || point == value.length() - 1 || value.length() > 18) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (i != point && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private void open(int depth) throws Outside {
        count();
        if (depth + depthOffset >= LoaderLimits.MAX_DEPTH) {
            throw Outside.INSTANCE;
        }
    }

    private void count() throws Outside {
        if (++nodes > LoaderLimits.MAX_NODES) {
            throw Outside.INSTANCE;
        }
    }

    private int lineNumber(int line) {
        return line + 1 + lineOffset;
    }
}
