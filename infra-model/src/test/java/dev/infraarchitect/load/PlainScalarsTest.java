package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

class PlainScalarsTest {

    private static final Resolver RESOLVER = new Resolver();
    private static final List<String> EDGES = List.of("", " ", "~", "null", "Null", "NULL", "nul", "y", "yes", "Yes",
            "no", "NO", "on", "off", "Off", "true", "false", "False", "FALSE", "falsey", "offset", "trueish", "0", "00",
            "07", "08", "089", "0b101", "0x1F", "0xg", "1", "12", "123456789012345678", "1234567890123456789", "-1",
            "+1", "1_000", "1:30", "190:20:30", "1.5", ".5", "1e5", "1e+5", "1E-5", ".inf", "-.Inf", ".NaN", ".nan",
            "2026-11-24", "2026-11-24T10:00:00Z", "2026-11-24 10:00:00 +01:00", "4Gi", "4GB", "250m", "0.5", "10s",
            "1h", "7d", "0x7d", "12ab", "1.5e3", "2026-11-24t1", "8080:80", "1.2.3", "3abc", "fade", "<<", "=", "!x", "&a", "*a", "api", "ghcr.io/a/b:1.0",
            "s0", "LOG_LEVEL", "frontend", "backend", "core", "edge", "info");

    @Test
    void agreesWithTheResolverOnEdgeCases() {
        EDGES.forEach(PlainScalarsTest::assertAgrees);
    }

    @Test
    void agreesWithTheResolverOnRandomScalars() {
        Random random = new Random(24);
        String alphabet = "0123456789_+-.:eEbBxXoOaAfFcCdDiInNtTzZyYsSlLuUmMgGkK <~!*&=/ \t00xb.";
        int strings = 0;
        int decimals = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(9); n >= 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertAgrees(value.toString());
            strings += PlainScalars.surelyString(value.toString()) ? 1 : 0;
            decimals += PlainScalars.plainDecimal(value.toString()) ? 1 : 0;
        }
        assertThat(strings).as("values answered without the resolver").isGreaterThan(100_000);
        assertThat(decimals).isGreaterThan(100);
    }

    @Test
    void theReaderTypesPlainScalarsAsJacksonDoes() throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < EDGES.size(); i++) {
            String edge = EDGES.get(i);
            if (!edge.isBlank() && "!&*".indexOf(edge.charAt(0)) < 0 && !edge.contains(": ")
                    && !edge.startsWith("<<")) {
                yaml.append("k").append(i).append(": ").append(edge).append('\n');
            }
        }
        List<String> expected = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml.toString())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isScalarValue()) {
                    boolean bool = token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
                    expected.add((bool ? "VALUE_BOOLEAN" : token) + " " + parser.getText());
                }
            }
        }
        Problems problems = new Problems("infra.yaml");
        Node root = new TreeReader("infra.yaml", problems).read(yaml.toString(), false);
        List<String> actual = new ArrayList<>();
        for (Node.Entry entry : ((Node.MapNode) root).entries().values()) {
            Node.Scalar scalar = (Node.Scalar) entry.value();
            actual.add(token(scalar) + " " + scalar.text());
        }
        assertThat(actual).isEqualTo(expected.stream().map(t -> t.startsWith("VALUE_NULL") ? "VALUE_NULL " : t)
                .toList());
    }

    @Test
    void theReaderPlacesValuesWhereJacksonDoes() throws IOException {
        String yaml = "a: 1\nb:\n  c: [x, \"y\", 3]\n  d: { e: f }\nlist:\n  - one\n  -   two\n";
        List<String> expected = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isScalarValue()) {
                    var where = parser.currentTokenLocation();
                    expected.add(parser.getText() + "@" + where.getLineNr() + ":" + where.getColumnNr());
                }
            }
        }
        List<String> actual = new ArrayList<>();
        collectScalars(new TreeReader("infra.yaml", new Problems("infra.yaml")).read(yaml, false), actual);
        assertThat(actual).isEqualTo(expected).hasSize(7);
    }

    private static void collectScalars(Node node, List<String> out) {
        if (node instanceof Node.Scalar scalar) {
            out.add(scalar.text() + "@" + scalar.line() + ":" + scalar.column());
        } else if (node instanceof Node.MapNode map) {
            map.entries().values().forEach(entry -> collectScalars(entry.value(), out));
        } else if (node instanceof Node.ListNode list) {
            list.items().forEach(item -> collectScalars(item, out));
        }
    }

    private static String token(Node.Scalar scalar) {
        return switch (scalar.type()) {
            case STRING -> "VALUE_STRING";
            case INTEGER -> "VALUE_NUMBER_INT";
            case DECIMAL -> "VALUE_NUMBER_FLOAT";
            case BOOLEAN -> "VALUE_BOOLEAN";
            case NULL -> "VALUE_NULL";
        };
    }

    private static void assertAgrees(String value) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
        if (PlainScalars.surelyString(value)) {
            assertThat(tag).as("'%s' was called surely a string", value).isEqualTo(Tag.STR);
        }
        if (PlainScalars.plainDecimal(value)) {
            assertThat(tag).as("'%s' was called a plain decimal", value).isEqualTo(Tag.INT);
        }
    }
}
