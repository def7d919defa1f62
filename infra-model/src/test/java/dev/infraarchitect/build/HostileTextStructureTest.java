package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text in every free-text field of a descriptor changes values in the generated files, never their
 * structure: each file is built once with plain text and once with text that tries to close a string, a block or a
 * document and open another (HCL, YAML, Markdown, Mermaid, shell and Kubernetes variable syntax), and each pair must
 * parse to the same shape: the same documents, blocks, keys and list lengths, only strings differ.
 */
class HostileTextStructureTest {

    /**
     * Everything a writer might take for syntax, in one value. Its dollars are written {@code $$}, as the user writes a
     * literal dollar where Compose interpolates: a bare {@code ${pwn}} would be a reference to a variable.
     */
    private static final String HOSTILE = "x\" }\n}\ndata \"external\" \"pwn\" { program = [\"sh\"] }\n"
            + "---\nkind: Secret\nmetadata: { name: pwn }\n# $${pwn} %{ if true }y%{ endif } $$(PWN) `id` "
            + "\u2028\u0085 </br> ]]> | a | b |\n```\n## Pwned\nclick pwn \"javascript:alert(1)\"\n\"; pwn: [1]\r\n'";

    /**
     * The same without line breaks, for the system's description and an ADR's context, decision, consequences and
     * alternatives: those are Markdown
     * prose the team writes, copied as written so that their own lists and emphasis survive; within one line they
     * must still not break the document around them.
     */
    private static final String HOSTILE_LINE = HOSTILE.replaceAll("[\r\n\u2028\u0085]+", " ");

    /** Plain, but with a space: like the hostile text, no valid Kubernetes label value (those become annotations). */
    private static final String PLAIN = "plain text";

    private static final String DESCRIPTOR = """
            project: hostile
            description: "%%"
            hosts:
              big: { cpu: 8, memory: 32Gi }
            environments: { dev: { replicas: 1 }, prod: {} }
            services:
              api:
                description: "@@"
                image: "ghcr.io/acme/api:1.0@@"
                host: big
                ports: ["8080:8080"]
                dependsOn: [db]
                environment: { LOG_LEVEL: "@@", DB_URL: "@@" }
                labels: { team: "@@" }
                healthcheck: { test: "curl -f http://localhost/@@", interval: 30s }
                volumes: ["data:/var/lib/data"]
              db:
                description: "@@"
                image: "postgres:16@@"
                host: big
                stateful: true
                data: /var/lib/postgresql/data
                backup: { interval: 1h, retention: 7d }
            decisions:
              - title: "Decision @@"
                status: accepted
                date: 2026-01-08
                context: "%%"
                decision: "%%"
                consequences: { positive: ["%%"], negative: ["%%"] }
                alternatives: ["%%"]
                services: [api]
            terraform:
              provider: PROVIDER
              backend: { type: s3, bucket: "@@", key: "state/@@", endpoint: "@@" }
            """;

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"docker", "aws"})
    void everyGeneratedFileKeepsItsStructureWhateverTheText(String provider) throws Exception {
        String yaml = DESCRIPTOR.replace("PROVIDER", provider);
        if ("aws".equals(provider)) {
            yaml = yaml.replace("  big: { cpu: 8, memory: 32Gi }\n", "  {}\n").replace("hosts:\n  {}\n", "")
                    .replace("    host: big\n", "").replace("provider: aws", "provider: aws\n  region: \"@@\"");
        }
        SortedMap<String, String> plain = build("plain", yaml.replace("@@", PLAIN).replace("%%", PLAIN));
        SortedMap<String, String> hostile = build("hostile",
                yaml.replace("@@", escaped(HOSTILE)).replace("%%", escaped(HOSTILE_LINE)));

        assertThat(hostile.keySet()).isEqualTo(plain.keySet());
        assertThat(plain.keySet()).anyMatch(p -> p.endsWith(".tf")).anyMatch(p -> p.startsWith("compose/"))
                .anyMatch(p -> p.startsWith("kubernetes/")).anyMatch(p -> p.startsWith("adr/"))
                .anyMatch(p -> p.startsWith("docs/"));
        for (String path : plain.keySet()) {
            String before = plain.get(path);
            String after = hostile.get(path);
            if (path.endsWith(".tf") || path.endsWith(".tfvars")) {
                assertThat(shape(hcl(after))).as(path).isEqualTo(shape(hcl(before)));
                assertThat(after).as(path).doesNotContain("data \"external\"");
            } else if (path.endsWith(".yaml") || path.endsWith(".yml")) {
                assertThat(yamlShapes(after)).as(path).isEqualTo(yamlShapes(before));
            } else if (path.endsWith(".md")) {
                assertThat(markdownShape(after)).as(path).isEqualTo(markdownShape(before));
            } else if (path.endsWith(".json") || path.endsWith(".sarif")) {
                assertThat(shape(new YAMLMapper().readTree(after))).as(path)
                        .isEqualTo(shape(new YAMLMapper().readTree(before)));
            }
        }
    }

    /** The output of a build, keyed by path with each ADR's title slug taken out (the title is part of the test). */
    private SortedMap<String, String> build(String name, String yaml) throws Exception {
        Path project = root.resolve(name);
        Path output = project.resolve("target/infra");
        InfraBuild build = BuildFixture.build(BuildFixture.descriptor(project, yaml), output, null);
        build.writeReports(build.analyze(build.load()));
        build.generate();
        SortedMap<String, String> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : BuildFixture.files(output).entrySet()) {
            files.put(e.getKey().replaceAll("^adr/([0-9]{4})-.*\\.md$", "adr/$1.md"),
                    new String(e.getValue(), StandardCharsets.UTF_8));
        }
        files.remove(".infra-manifest");
        return files;
    }

    /** {@code text} as the inside of a double-quoted YAML scalar. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 || c >= 0x80 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static Object hcl(String text) throws Exception {
        return new HCLParser().parse(text);
    }

    private static List<String> yamlShapes(String text) throws Exception {
        List<String> shapes = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(text)) {
            while (documents.hasNext()) {
                shapes.add(shape(documents.next()));
            }
        }
        return shapes;
    }

    /** Keys, nesting and list lengths; every scalar is the same "*". */
    private static String shape(Object value) {
        if (value instanceof JsonNode node) {
            if (node.isObject()) {
                StringBuilder out = new StringBuilder("{");
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    out.append(e.getKey()).append(':').append(shape(e.getValue())).append(',');
                }
                return out.append('}').toString();
            }
            if (node.isArray()) {
                StringBuilder out = new StringBuilder("[");
                node.forEach(item -> out.append(shape(item)).append(','));
                return out.append(']').toString();
            }
            return "*";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(map).forEach((k, v) -> out.append(k).append(':').append(shape(v)).append(','));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(item -> out.append(shape(item)).append(','));
            return out.append(']').toString();
        }
        return "*";
    }

    /** Headings, fences, table rows and Mermaid lines, in order; text lines count only as lines. */
    private static List<String> markdownShape(String text) {
        List<String> shape = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("#")) {
                shape.add("heading " + t.substring(0, t.indexOf(' ') < 0 ? t.length() : t.indexOf(' ')));
            } else if (t.startsWith("```")) {
                shape.add("fence " + t);
            } else if (t.startsWith("|")) {
                shape.add("row " + t.replace("\\|", "").chars().filter(c -> c == '|').count()); // cells
            } else if (t.startsWith("click ") || t.contains("-->")) {
                shape.add("mermaid " + t.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\[[^\\]]*\\]", "[]"));
            } else {
                shape.add(t.isEmpty() ? "blank" : "text");
            }
        }
        return shape;
    }
}
