package dev.infraarchitect.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.infraarchitect.model.Location;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML or JSON text into a {@link Node} tree with positions, in one streaming pass and without recursion.
 * Rejects what the descriptor never needs and hostile input abuses: duplicate keys, aliases, explicit tags,
 * nesting deeper than {@link LoaderLimits#MAX_DEPTH}, scalars longer than {@link LoaderLimits#MAX_SCALAR_CHARS}.
 */
final class TreeReader {

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(LoaderLimits.MAX_DEPTH + 1)
            .maxStringLength(LoaderLimits.MAX_SCALAR_CHARS + 1)
            .build();
    private static final YAMLFactory YAML = new KeyEventFactory(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS));
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private final String file;
    private final Problems problems;
    private final int lineOffset;
    private final int depthOffset;
    private int nodes;
    private final SharedStrings shared = new SharedStrings();

    TreeReader(String file, Problems problems) {
        this(file, problems, 0, 0);
    }

    /**
     * A reader of one part of a document ({@link PartedReader}): lines are counted from {@code lineOffset + 1}, and
     * the part's top node is {@code depthOffset} levels deep in the whole.
     */
    TreeReader(String file, Problems problems, int lineOffset, int depthOffset) {
        this.file = file;
        this.problems = problems;
        this.lineOffset = lineOffset;
        this.depthOffset = depthOffset;
    }

    /** How many values (scalars, maps and lists) the last read created. */
    int nodesRead() {
        return nodes;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) LoaderLimits.MAX_DOCUMENT_BYTES);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** The root node, or null when the text is unreadable (the reason is in {@code problems}). */
    Node read(String text, boolean json) {
        try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
            return readTree(parser);
        } catch (JacksonException e) {
            problems.add(locationOf(e), syntaxMessage(e));
        } catch (IOException e) {
            problems.add(Location.ofFile(file), "cannot be read: " + e.getMessage());
        } catch (AbortException e) {
            // the problem is already recorded
        } catch (RuntimeException e) {
            problems.add(Location.ofFile(file), "is not valid YAML: " + firstLine(e.getMessage()));
        }
        return null;
    }

    private Node readTree(JsonParser parser) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        Node root = null;
        nodes = 0;
        JsonToken token;
        KeyEventParser yaml = parser instanceof KeyEventParser p ? p : null;
        while ((token = parser.nextToken()) != null) {
            int line;
            int column;
            if (yaml != null) { // the same numbers as currentTokenLocation(), without making a JsonLocation per token
                line = lineOf(yaml.tokenLine());
                column = columnOf(yaml.tokenLine(), yaml.tokenColumn());
            } else {
                JsonLocation where = parser.currentTokenLocation();
                line = lineOf(where);
                column = columnOf(where);
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                Frame done = stack.pop();
                if (stack.isEmpty()) {
                    root = done.node;
                }
                continue;
            }
            if (token == JsonToken.FIELD_NAME) {
                rejectKeyTag(parser, line, column);
                stack.peek().expectKey(key(parser, line, column), line, column);
                continue;
            }
            if (++nodes > LoaderLimits.MAX_NODES) {
                problems.add(at(line, column), "has more than " + String.format(Locale.ROOT, "%,d",
                        LoaderLimits.MAX_NODES) + " values; a descriptor of 100,000 services has about 2.3 million");
                throw new AbortException();
            }
            rejectAliasOrTag(parser, line, column);
            Node node = switch (token) {
                case START_OBJECT -> new Node.MapNode(file, line, column, new Entries());
                case START_ARRAY -> new Node.ListNode(file, line, column, new ArrayList<>());
                default -> scalar(parser, token, line, column);
            };
            boolean kept = stack.isEmpty() || stack.peek().accept(node);
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (stack.size() + depthOffset >= LoaderLimits.MAX_DEPTH) {
                    problems.add(at(line, column), "nesting is deeper than " + LoaderLimits.MAX_DEPTH + " levels; a descriptor"
                            + " needs at most six");
                    throw new AbortException();
                }
                stack.push(new Frame(node, kept));
            } else if (stack.isEmpty()) {
                root = node;
            }
        }
        return root;
    }

    private String key(JsonParser parser, int line, int column) throws IOException {
        String key = shared.key(parser.currentName());
        if (key.length() > LoaderLimits.MAX_KEY_CHARS) {
            problems.add(at(line, column), "key is longer than " + LoaderLimits.MAX_KEY_CHARS + " characters; keys are names");
            throw new AbortException();
        }
        return key;
    }

    private void rejectKeyTag(JsonParser parser, int line, int column) {
        if (parser instanceof KeyEventParser yaml && yaml.keyTag() != null) {
            problems.add(at(line, column), "explicit YAML tags ('" + yaml.keyTag() + "') are not supported; remove the tag");
        }
    }

    private void rejectAliasOrTag(JsonParser parser, int line, int column) throws IOException {
        if (!(parser instanceof YAMLParser yaml)) {
            return;
        }
        if (yaml.isCurrentAlias()) {
            problems.add(at(line, column), "YAML aliases ('*" + parser.getText() + "') are not supported; write the value out");
        }
        String tag = yaml.getTypeId();
        if (tag != null) {
            problems.add(at(line, column), "explicit YAML tags ('" + tag + "') are not supported; remove the tag");
        }
    }

    private Node.Scalar scalar(JsonParser parser, JsonToken token, int line, int column) throws IOException {
        Node.Scalar.Type type = switch (token) {
            case VALUE_NUMBER_INT -> Node.Scalar.Type.INTEGER;
            case VALUE_NUMBER_FLOAT -> Node.Scalar.Type.DECIMAL;
            case VALUE_TRUE, VALUE_FALSE -> Node.Scalar.Type.BOOLEAN;
            case VALUE_NULL -> Node.Scalar.Type.NULL;
            default -> Node.Scalar.Type.STRING;
        };
        String text = type == Node.Scalar.Type.NULL ? "" : parser.getText();
        text = shared.value(text);
        if (type == Node.Scalar.Type.STRING && text.isEmpty()) {
            // Jackson reports a key with nothing after the colon as an empty string; YAML means null
            type = Node.Scalar.Type.NULL;
        }
        if (text.length() > LoaderLimits.MAX_SCALAR_CHARS) {
            problems.add(at(line, column), "value is longer than " + LoaderLimits.MAX_SCALAR_CHARS / 1024 + " KiB");
            text = text.substring(0, 64);
        }
        return new Node.Scalar(file, line, column, text, type);
    }

    private Location locationOf(JsonLocation location) {
        return at(lineOf(location), columnOf(location));
    }

    /** The line of {@code location} in the whole document, or 0 (the file as a whole) when unknown. */
    private int lineOf(JsonLocation location) {
        return location == null ? 0 : lineOf(location.getLineNr());
    }

    private int columnOf(JsonLocation location) {
        return location == null ? 0 : columnOf(location.getLineNr(), location.getColumnNr());
    }

    /** The part's line {@code lineNr} (from 1) in the whole document, or 0 when unknown. */
    private int lineOf(int lineNr) {
        return lineNr < 1 ? 0 : lineNr + lineOffset;
    }

    private static int columnOf(int lineNr, int columnNr) {
        return lineNr < 1 ? 0 : Math.max(1, columnNr);
    }

    private Location at(int line, int column) {
        return new Location(file, line, column);
    }

    private Location locationOf(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
        }
        return locationOf(e.getLocation());
    }

    private static String syntaxMessage(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
            return "invalid YAML: " + marked.getProblem() + context;
        }
        String message = e.getOriginalMessage();
        if (message.contains("Document nesting depth")) {
            return "nesting is deeper than " + LoaderLimits.MAX_DEPTH + " levels; a descriptor needs at most six";
        }
        if (message.contains("Expected a field name") && message.contains("AliasEvent")) {
            return "YAML aliases are not supported, not even as keys; write the key out";
        }
        if (message.contains("Expected a field name")) {
            return "keys must be plain text, not lists or maps";
        }
        if (message.contains("String value length")) {
            return "value is longer than " + LoaderLimits.MAX_SCALAR_CHARS / 1024 + " KiB";
        }
        return ParserMessages.withoutText(message);
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
            Node.MapNode map = (Node.MapNode) node;
            Node.Entry earlier = map.entries().get(pendingKey);
            if (earlier != null) {
                problems.add(at(pendingKeyLine, pendingKeyColumn), "duplicate key '" + pendingKey + "' (first at line "
                        + earlier.keyLocation().line() + "); keep one of them");
                return false;
            }
            map.entries().add(new Node.Entry(pendingKey, file, pendingKeyLine, pendingKeyColumn, value));
            return kept;
        }
    }

    /**
     * Creates {@link KeyEventParser}s. Jackson's {@code getTypeId()} answers with the map's tag on a map's first
     * key (it keeps that for polymorphic type ids), so a tag on a key is only visible on the key's own event.
     */
    private static final class KeyEventFactory extends YAMLFactory {

        KeyEventFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new KeyEventParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    reader);
        }
    }

    /** A YAML parser that tells the tag of the key it just read. */
    private static final class KeyEventParser extends YAMLParser {

        KeyEventParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options,
                ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        /**
         * Plain scalars that are surely strings or plain decimals skip SnakeYAML's resolver, whose regular
         * expressions were a fifth of reading a large descriptor; {@link PlainScalars} answers as the resolver would.
         */
        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            if (scalar.getTag() == null && scalar.getImplicit().canOmitTagInPlainScalar()) {
                String value = scalar.getValue();
                if (PlainScalars.surelyString(value)) {
                    _textValue = value;
                    _cleanedTextValue = null;
                    return JsonToken.VALUE_STRING;
                }
                if (PlainScalars.plainDecimal(value)) {
                    _textValue = value;
                    _cleanedTextValue = null;
                    return _decodeNumberScalar(value, value.length());
                }
            }
            return super._decodeScalar(scalar);
        }

        /** The current token's line counted from 1, as {@code currentTokenLocation()} tells it; 0 when unknown. */
        int tokenLine() {
            Mark mark = _lastEvent == null ? null : _lastEvent.getStartMark();
            return mark == null ? 0 : mark.getLine() + 1;
        }

        /** The current token's column counted from 1, as {@code currentTokenLocation()} tells it; 0 when unknown. */
        int tokenColumn() {
            Mark mark = _lastEvent == null ? null : _lastEvent.getStartMark();
            return mark == null ? 0 : mark.getColumn() + 1;
        }

        /** The explicit tag of the current key, or null; only meaningful on a field name. */
        String keyTag() {
            return _lastEvent instanceof ScalarEvent scalar ? scalar.getTag() : null;
        }
    }

    /** Stops reading after a problem that makes the rest of the document meaningless. */
    private static final class AbortException extends RuntimeException {

        AbortException() {
            super(null, null, false, false);
        }
    }
}
