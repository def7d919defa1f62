package dev.infraarchitect.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.infraarchitect.model.Location;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML (SnakeYAML's events) or JSON (Jackson's tokens) into a {@link Node} tree with positions, in one
 * streaming pass and without recursion. Rejects what the descriptor never needs and hostile input abuses: duplicate
 * keys, aliases, explicit tags, a second document, nesting deeper than {@link LoaderLimits#MAX_DEPTH}, scalars
 * longer than {@link LoaderLimits#MAX_SCALAR_CHARS}, more than {@link LoaderLimits#MAX_NODES} values.
 *
 * <p>YAML is read from SnakeYAML's event API rather than through a composed node graph: events carry the start and
 * end of every value, the tag and the alias as written, and nothing is built for an alias (no expansion).
 */
final class TreeReader {

    /** YAML 1.1 implicit types, as SnakeYAML (and Jackson's YAML module) resolve plain scalars; read-only, shared. */
    private static final Resolver RESOLVER = new Resolver();
    private static final String NESTING = "nesting is deeper than " + LoaderLimits.MAX_DEPTH
            + " levels; a descriptor needs at most six";

    private final String file;
    private final Problems problems;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private Node root;
    private int nodes;

    TreeReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) LoaderLimits.MAX_DOCUMENT_BYTES);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** The root node, or null when the text is unreadable (the reason is in {@code problems}). */
    Node read(String text, boolean json) {
        try {
            if (json) {
                readJson(text);
            } else {
                readYaml(text);
            }
            return root;
        } catch (AbortException e) {
            return null; // the problem is already recorded
        }
    }

    private void readYaml(String text) {
        Parser parser = new ParserImpl(new StreamReader(text), loaderOptions());
        int documents = 0;
        try {
            for (Event event = parser.getEvent(); event != null; event = parser.getEvent()) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            problems.add(startOf(event), "a second YAML document starts here; a descriptor is one"
                                    + " document");
                            throw new AbortException();
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        if (expectsKey()) {
                            problems.add(endOf(event), "keys must be plain text, not lists or maps");
                            throw new AbortException();
                        }
                        CollectionStartEvent start = (CollectionStartEvent) event;
                        rejectTag(start.getTag(), event);
                        open(event instanceof MappingStartEvent, line(event.getStartMark()),
                                column(event.getStartMark()));
                    }
                    case MappingEnd, SequenceEnd -> close();
                    case Alias -> {
                        if (expectsKey()) {
                            problems.add(endOf(event), "YAML aliases are not supported, not even as keys; write the"
                                    + " key out");
                            throw new AbortException();
                        }
                        problems.add(startOf(event), "YAML aliases ('*" + ((AliasEvent) event).getAnchor()
                                + "') are not supported; write the value out");
                        value(new Node.Scalar(file, line(event.getStartMark()), column(event.getStartMark()), "",
                                Node.Scalar.Type.NULL));
                    }
                    case Scalar -> yamlScalar((ScalarEvent) event);
                    case StreamEnd -> {
                        return;
                    }
                    default -> {
                        // stream start and document end carry nothing
                    }
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.add(mark == null ? Location.ofFile(file) : at(mark.getLine() + 1, mark.getColumn() + 1),
                    "invalid YAML: " + (e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem())
                            + context);
            throw new AbortException();
        } catch (ReaderException e) {
            problems.add(atOffset(text, e.getPosition()), String.format(Locale.ROOT,
                    "invalid YAML: character U+%04X is not allowed; remove it or write it escaped in double quotes",
                    e.getCodePoint()));
            throw new AbortException();
        } catch (YAMLException e) {
            problems.add(Location.ofFile(file), "is not valid YAML: " + firstLine(e.getMessage()));
            throw new AbortException();
        }
    }

    private void yamlScalar(ScalarEvent event) {
        int line = line(event.getStartMark());
        int column = column(event.getStartMark());
        rejectTag(event.getTag(), event);
        if (expectsKey()) {
            key(event.getValue(), line, column);
        } else {
            scalar(event.getValue(), typeOf(event), line, column);
        }
    }

    /**
     * The type of a YAML scalar as Jackson's YAML module gives it: quoted and block scalars are strings; a plain one
     * is what the YAML 1.1 resolver says, except that an integer written with colons (base 60, such as
     * {@code 22:22}) stays a string.
     */
    private static Node.Scalar.Type typeOf(ScalarEvent event) {
        if (!event.getImplicit().canOmitTagInPlainScalar()) {
            return Node.Scalar.Type.STRING;
        }
        String value = event.getValue();
        Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
        if (Tag.INT.equals(tag)) {
            return value.indexOf(':') < 0 ? Node.Scalar.Type.INTEGER : Node.Scalar.Type.STRING;
        }
        if (Tag.FLOAT.equals(tag)) {
            return Node.Scalar.Type.DECIMAL;
        }
        if (Tag.BOOL.equals(tag)) {
            return Node.Scalar.Type.BOOLEAN;
        }
        if (Tag.NULL.equals(tag)) {
            return Node.Scalar.Type.NULL;
        }
        return Node.Scalar.Type.STRING;
    }

    private void rejectTag(String tag, Event event) {
        if (tag != null) {
            String shown = tag.length() > 1 && tag.startsWith("!") ? tag.substring(1) : tag;
            problems.add(startOf(event), "explicit YAML tags ('" + shown + "') are not supported; remove the tag");
        }
    }

    private void readJson(String text) {
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonLocation where = parser.currentTokenLocation();
                int line = Math.max(0, where.getLineNr());
                int column = line == 0 ? 0 : Math.max(1, where.getColumnNr());
                switch (token) {
                    case START_OBJECT, START_ARRAY -> open(token == JsonToken.START_OBJECT, line, column);
                    case END_OBJECT, END_ARRAY -> close();
                    case FIELD_NAME -> key(parser.currentName(), line, column);
                    case VALUE_NUMBER_INT -> scalar(parser.getText(), Node.Scalar.Type.INTEGER, line, column);
                    case VALUE_NUMBER_FLOAT -> scalar(parser.getText(), Node.Scalar.Type.DECIMAL, line, column);
                    case VALUE_TRUE, VALUE_FALSE -> scalar(parser.getText(), Node.Scalar.Type.BOOLEAN, line, column);
                    case VALUE_NULL -> scalar("", Node.Scalar.Type.NULL, line, column);
                    default -> scalar(parser.getText(), Node.Scalar.Type.STRING, line, column);
                }
            }
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            problems.add(where == null || where.getLineNr() < 1 ? Location.ofFile(file)
                    : at(where.getLineNr(), Math.max(1, where.getColumnNr())),
                    "invalid JSON: " + ParserMessages.withoutText(e.getOriginalMessage()));
            throw new AbortException();
        } catch (IOException e) {
            problems.add(Location.ofFile(file), "cannot be read: " + e.getMessage());
            throw new AbortException();
        }
    }

    /** Whether the next value read is a key: the innermost open value is a map waiting for one. */
    private boolean expectsKey() {
        Frame top = stack.peek();
        return top != null && top.node instanceof Node.MapNode && top.pendingKey == null;
    }

    private void open(boolean map, int line, int column) {
        count(line, column);
        if (stack.size() >= LoaderLimits.MAX_DEPTH) {
            problems.add(at(line, column), NESTING);
            throw new AbortException();
        }
        Node node = map ? new Node.MapNode(file, line, column, new Entries())
                : new Node.ListNode(file, line, column, new ArrayList<>());
        boolean kept = accept(node);
        stack.push(new Frame(node, kept));
    }

    private void close() {
        stack.pop();
    }

    private void key(String key, int line, int column) {
        if (key.length() > LoaderLimits.MAX_KEY_CHARS) {
            problems.add(at(line, column), "key is longer than " + LoaderLimits.MAX_KEY_CHARS
                    + " characters; keys are names");
            throw new AbortException();
        }
        stack.peek().expectKey(key, line, column);
    }

    private void scalar(String text, Node.Scalar.Type type, int line, int column) {
        count(line, column);
        if (type == Node.Scalar.Type.STRING && text.isEmpty()) {
            // an empty value means nothing was written: the same as leaving the key out
            type = Node.Scalar.Type.NULL;
        }
        if (text.length() > LoaderLimits.MAX_SCALAR_CHARS) {
            problems.add(at(line, column), "value is longer than " + LoaderLimits.MAX_SCALAR_CHARS / 1024 + " KiB");
            text = text.substring(0, 64);
        }
        value(new Node.Scalar(file, line, column, text, type));
    }

    private void value(Node node) {
        accept(node);
    }

    /** Adds {@code node} to the innermost open value (or makes it the root); false when it is a duplicate's value. */
    private boolean accept(Node node) {
        Frame parent = stack.peek();
        if (parent == null) {
            root = node;
            return true;
        }
        return parent.accept(node);
    }

    private void count(int line, int column) {
        if (++nodes > LoaderLimits.MAX_NODES) {
            problems.add(at(line, column), "has more than " + String.format(Locale.ROOT, "%,d",
                    LoaderLimits.MAX_NODES) + " values; a descriptor of 100,000 services has about 2.3 million");
            throw new AbortException();
        }
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private static int column(Mark mark) {
        return mark == null ? 0 : mark.getColumn() + 1;
    }

    private Location startOf(Event event) {
        return at(line(event.getStartMark()), column(event.getStartMark()));
    }

    /** Where a value ends: SnakeYAML reports a misplaced key there, after the value that cannot be a key. */
    private Location endOf(Event event) {
        return at(line(event.getEndMark()), column(event.getEndMark()));
    }

    private Location at(int line, int column) {
        return line < 1 ? Location.ofFile(file) : new Location(file, line, column);
    }

    /** The line and column of the code point at {@code offset} (SnakeYAML counts code points). */
    private Location atOffset(String text, int offset) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int seen = 0; seen < offset && index < text.length(); seen++) {
            int c = text.codePointAt(index);
            index += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return at(line, column);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** One open map or list; {@code kept} is false for the value of a duplicate key, which is read and dropped. */
    private final class Frame {

        private final Node node;
        private final boolean kept;
        private String pendingKey;
        private int pendingKeyLine;
        private int pendingKeyColumn;

        Frame(Node node, boolean kept) {
            this.node = node;
            this.kept = kept;
        }

        void expectKey(String key, int line, int column) {
            pendingKey = key;
            pendingKeyLine = line;
            pendingKeyColumn = column;
        }

        boolean accept(Node value) {
            if (node instanceof Node.ListNode list) {
                list.items().add(value);
                return kept;
            }
            String key = pendingKey;
            pendingKey = null;
            Node.MapNode map = (Node.MapNode) node;
            Node.Entry earlier = map.entries().get(key);
            if (earlier != null) {
                problems.add(at(pendingKeyLine, pendingKeyColumn), "duplicate key '" + key + "' (first at line "
                        + earlier.keyLocation().line() + "); keep one of them");
                return false;
            }
            map.entries().add(new Node.Entry(key, file, pendingKeyLine, pendingKeyColumn, value));
            return kept;
        }
    }

    /**
     * Jackson's own caps sit above the reader's, so that the reader's checks, which give the position and the
     * message, always come first; the document size cap bounds strings and names. A holder, so that reading YAML
     * does not set up Jackson.
     */
    private static final class Json {

        static final JsonFactory FACTORY = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(LoaderLimits.MAX_DEPTH + 1)
                        .maxStringLength((int) LoaderLimits.MAX_DOCUMENT_BYTES)
                        .maxNameLength((int) LoaderLimits.MAX_DOCUMENT_BYTES)
                        .build())
                .build();
    }

    /** Stops reading after a problem that makes the rest of the document meaningless. */
    private static final class AbortException extends RuntimeException {

        AbortException() {
            super(null, null, false, false);
        }
    }
}
