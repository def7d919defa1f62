package dev.infraarchitect.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlWriterTest {

    @Test
    void writesBlockMappingsFlowScalarListsBlockMappingListsAndComments() {
        Mapping root = new Mapping()
                .put("name", "demo")
                .put("services", new Mapping().put("api", new Mapping()
                        .put("replicas", 2)
                        .put("ports", List.of("80:80", "53/udp"))
                        .put("devices", List.of(new Mapping().put("driver", "nvidia").put("count", "all")))
                        .put("empty", new Mapping())
                        .put("none", List.of())
                        .put("flag", true), List.of("first line", "second\nline")));

        assertThat(YamlWriter.document(List.of("header"), root)).isEqualTo("""
                # header
                name: "demo"
                services:
                  # first line
                  # second line
                  api:
                    replicas: 2
                    ports: ["80:80", "53/udp"]
                    devices:
                      - driver: "nvidia"
                        count: "all"
                    empty: {}
                    none: []
                    flag: true
                """);
    }

    @Test
    void everyStringSurvivesARoundTripThroughAYamlParser() {
        List<String> awkward = List.of("on", "yes", "~", "null", "0755", "1e3", ".inf", "- item", "key: value",
                "# not a comment", "a \"quoted\" \\ backslash", "line\nbreak\ttab\r", "\u0000\u0007\u001b\u007f\u0085",
                "\u2028\u2029\ufeff", "emoji \uD83D\uDE00", "*alias", "&anchor", "!tag", "{flow}", "[list]", "%", "@",
                "`", "", " leading and trailing ");
        Mapping values = new Mapping();
        for (int i = 0; i < awkward.size(); i++) {
            values.put("k" + i, awkward.get(i));
        }
        Mapping keys = new Mapping();
        for (int i = 0; i < awkward.size(); i++) {
            keys.put(awkward.get(i), i);
        }

        JsonNode parsed = parse(YamlWriter.document(List.of(), new Mapping()
                .put("values", values).put("list", awkward).put("keys", keys)));

        for (int i = 0; i < awkward.size(); i++) {
            assertThat(parsed.at("/values/k" + i).textValue()).as("value %s", i).isEqualTo(awkward.get(i));
            assertThat(parsed.at("/list/" + i).textValue()).as("list item %s", i).isEqualTo(awkward.get(i));
            assertThat(parsed.get("keys").get(awkward.get(i)).intValue()).as("key %s", i).isEqualTo(i);
        }
    }

    @Test
    void keysThatAYamlReaderWouldTurnIntoBooleansAreQuoted() {
        assertThat(YamlWriter.key("ON")).isEqualTo("\"ON\"");
        assertThat(YamlWriter.key("y")).isEqualTo("\"y\"");
        assertThat(YamlWriter.key("LOG_LEVEL")).isEqualTo("LOG_LEVEL");
        assertThat(YamlWriter.key("dev.infraarchitect.tier")).isEqualTo("dev.infraarchitect.tier");
        assertThat(YamlWriter.key("gpu-box")).isEqualTo("gpu-box");
    }

    @Test
    void quotesEveryYaml11BooleanAndNullWordInAnyCaseAndNothingNearThem() {
        for (String word : List.of("y", "n", "yes", "no", "on", "off", "true", "false", "null")) {
            for (String key : List.of(word, word.toUpperCase(java.util.Locale.ROOT),
                    Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
                assertThat(YamlWriter.key(key)).isEqualTo("\"" + key + "\"");
            }
        }
        for (String key : List.of("x", "ye", "yess", "nul", "nulls", "of", "offs", "tru", "fals", "falsey", "o")) {
            assertThat(YamlWriter.key(key)).isEqualTo(key);
        }
    }

    @Test
    void anUnpairedSurrogateBecomesTheReplacementCharacter() {
        assertThat(YamlWriter.quoted("a\uD800b")).isEqualTo("\"a\\ufffdb\"");
    }

    @Test
    void aReusedWriterGivesEachFileTheBytesOfItsDocumentAlone() {
        YamlWriter writer = new YamlWriter();
        List<Mapping> documents = List.of(
                new Mapping().put("big", "x".repeat(40_000)).put("n", -12),
                new Mapping().put("unicode", "caf\u00e9 \ud83d\ude00 \u2028 \u0085 \ud800 \u0001\"\\")
                        .put("ON", List.of("y", 3L, false)),
                new Mapping().put("small", new Mapping()));
        for (Mapping document : documents) {
            String alone = YamlWriter.document(List.of("header", "caf\u00e9"), document);
            assertThat(writer.file("out.yaml", List.of("header", "caf\u00e9"), document).text()).isEqualTo(alone);
        }
        assertThat(YamlWriter.quoted("caf\u00e9 \u0085\u2028\ud83d\ude00"))
                .isEqualTo("\"caf\u00e9 \\u0085\\u2028\ud83d\ude00\"");
    }

    @Test
    void aWriterRemembersKeysWithoutMixingUpCollidingOrEqualOnes() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode()); // one slot of the writer's key table
        YamlWriter writer = new YamlWriter();
        List<List<String>> keySets = List.of(
                List.of("Aa", "BB", "on", "a/b", "plain"),
                List.of("BB", "Aa", new String("on"), "a/b", new String("plain")),
                List.of("Aa", new String("BB"), "ON", "x y", "a/b"));
        for (int round = 0; round < 3; round++) {
            for (List<String> keys : keySets) {
                Mapping document = new Mapping();
                keys.forEach(key -> document.put(key, key));
                assertThat(writer.file("k.yaml", List.of(), document).text())
                        .isEqualTo(YamlWriter.document(List.of(), document));
            }
        }
        assertThat(YamlWriter.document(List.of(), new Mapping().put("Aa", 1).put("on", 2).put("a/b", 3)))
                .isEqualTo("Aa: 1\n\"on\": 2\n\"a/b\": 3\n");
    }

    @Test
    void aLargeMappingKeepsOrderAndCommentsAndStillRefusesDuplicates() {
        Mapping large = new Mapping();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            List<String> comments = i % 7 == 6 ? List.of("about k" + i) : List.of();
            large.put("k" + i, i, comments);
            comments.forEach(line -> expected.append("# ").append(line).append('\n'));
            expected.append("k").append(i).append(": ").append(i).append('\n');
        }
        assertThat(YamlWriter.document(List.of(), large)).isEqualTo(expected.toString());
        assertThatThrownBy(() -> large.put("k3", 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> large.put("k19", 0)).isInstanceOf(IllegalStateException.class);
        Mapping small = new Mapping().put("a", 1).put("b", 2);
        assertThatThrownBy(() -> small.put("b", 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDuplicateKeyIsAProgrammingError() {
        assertThatThrownBy(() -> new Mapping().put("a", 1).put("a", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("duplicate key 'a'");
    }

    private static JsonNode parse(String yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCommentStaysOneLineWhateverItsText() {
        Mapping root = new Mapping().put("k", 1, List.of("a\r\n\u2028b\u0085", "", "caf\u00e9 \ud83d\ude00", "lone \ud800"));
        assertThat(new YamlWriter().file("c.yaml", List.of("\n\nhead"), root).content()).isEqualTo("""
                #  head
                # a b\s
                #
                # caf\u00e9 \ud83d\ude00
                # lone ?
                k: 1
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
