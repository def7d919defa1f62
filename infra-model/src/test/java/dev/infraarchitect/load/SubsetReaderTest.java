package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whenever the subset reader gives a tree, it is TreeReader's tree for the same text, with the same count. */
class SubsetReaderTest {

    private static final String FILE = "infra.yaml";
    private static final String NOISE = " :#-\"'{}[],!&*|>.0123456789aZ_/\\";

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.infraarchitect.load.DescriptorFuzzTest#validDescriptors")
    void theExamplesGiveTreeReadersTreeOrNothing(String name, String text) {
        assertAgrees(text, 0, 0);
    }

    @Test
    void readsTheShapesOfALargeDescriptor() {
        String text = system(60);
        assertThat(new SubsetReader(FILE, 0, 0).read(text)).as("read without SnakeYAML").isNotNull();
        assertAgrees(text, 0, 0);
    }

    @Test
    void partsReadWithTheirOffsetsGiveTreeReadersParts() {
        String text = system(200);
        for (int runs = 2; runs <= 6; runs++) {
            DocumentSplit split = DocumentSplit.of(text, runs).orElseThrow();
            for (DocumentSplit.Part part : split.entries()) {
                assertThat(assertAgrees(part.of(text), part.firstLine() - 1, 1)).as("part at line %d", part.firstLine())
                        .isTrue();
            }
        }
    }

    @Test
    void mutantsGiveTreeReadersTreeOrNothing() {
        List<String> lines = system(12).lines().toList();
        Random random = new Random(11L);
        int read = 0;
        for (int round = 0; round < 6000; round++) {
            List<String> mutant = DescriptorFuzzTest.mutate(new ArrayList<>(lines), random);
            // and, in half of them, a character or two inserted or replaced
            for (int n = random.nextBoolean() ? 0 : 1 + random.nextInt(2); n > 0 && !mutant.isEmpty(); n--) {
                int i = random.nextInt(mutant.size());
                String line = mutant.get(i);
                int at = random.nextInt(line.length() + 1);
                String noise = String.valueOf(NOISE.charAt(random.nextInt(NOISE.length())));
                mutant.set(i, random.nextBoolean() || at == line.length() ? line.substring(0, at) + noise
                        + line.substring(at) : line.substring(0, at) + noise + line.substring(at + 1));
            }
            read += assertAgrees(String.join("\n", mutant) + "\n", random.nextInt(3), random.nextInt(2)) ? 1 : 0;
        }
        // most mutants leave the subset (a repeated line is a duplicate key, a cut one an empty value)
        assertThat(read).as("mutants read without SnakeYAML").isGreaterThan(500);
    }

    @Test
    void leavesToSnakeYamlWhatItDoesNotReadPlainly() {
        for (String text : List.of("a: \"x\\ty\"\n", "a: 'it''s'\n", "a: &x 1\n", "a: !!str 1\n", "a: |\n  x\n",
                "a: b\n  c\n", "a:\n", "a: [1,\n  2]\n", "a: 0x1F\n", "a: null\n", "a: yes\n", "a: b: c\n", "a:b\n",
                "a: 1\na: 2\n", "\ta: 1\n", "a: 1\r\n", "--- \na: 1\n", "a: { b: c:d }\n", "a: [b, ]\n")) {
            assertThat(new SubsetReader(FILE, 0, 0).read(text)).as(text).isNull();
        }
    }

    /** Asserts that a tree from the subset reader is TreeReader's; whether there was one. */
    private static boolean assertAgrees(String text, int lineOffset, int depthOffset) {
        SubsetReader subset = new SubsetReader(FILE, lineOffset, depthOffset);
        Node fast = subset.read(text);
        if (fast == null) {
            return false;
        }
        Problems problems = new Problems(FILE);
        TreeReader reader = new TreeReader(FILE, problems, lineOffset, depthOffset);
        Node whole = reader.read(text, false);
        assertThat(problems.isEmpty()).as("TreeReader finds no problem in:\n%s\nbut: %s", text, problems).isTrue();
        assertThat(fast).as("tree of:\n%s", text).isEqualTo(whole);
        assertThat(subset.nodesRead()).as("values counted in:\n%s", text).isEqualTo(reader.nodesRead());
        return true;
    }

    /** Services in the shapes large descriptors use: flow maps and lists, quotes, comments, nested blocks. */
    private static String system(int services) {
        StringBuilder text = new StringBuilder("project: p\nservices:\n");
        for (int i = 0; i < services; i++) {
            text.append("  s").append(i).append(":\n");
            text.append("    image: ghcr.io/acme/s").append(i).append(":1.").append(i).append('\n');
            text.append("    tier: ").append(i % 2 == 0 ? "edge" : "core").append("   # a comment\n");
            text.append("    resources: { cpu: ").append(100 + i).append("m, memory: ").append(64 + i)
                    .append("Mi, storage: 1Gi }\n");
            text.append("    replicas: { min: 1, max: ").append(1 + i % 3).append(" }\n");
            text.append("    networks: [frontend, backend]\n");
            if (i > 0) {
                text.append("    dependsOn: [s").append(i - 1).append(i > 2 ? ", s" + (i - 3) : "").append("]\n");
            }
            text.append("    healthcheck: { test: \"curl -fsS http://localhost:8080/health\", interval: 10s }\n");
            text.append("    environment: { LOG_LEVEL: info, INSTANCE: \"s").append(i).append("\", EMPTY: '' }\n");
            if (i % 4 == 0) {
                text.append("    stateful: true\n    backup: { interval: 1h, retention: 7d, pointInTime: false }\n");
            }
            if (i % 5 == 0) {
                text.append("# between services\n\n    ports:\n    - \"8080:80\"\n    - { container: 9090 }\n");
            }
            if (i % 6 == 0) {
                text.append("    labels:\n      team: payments\n      cost.center: '42a'\n      ratio: 0.75\n");
                text.append("    volumes:\n      - data:/var/lib/data\n      - []\n      - {}\n");
            }
        }
        return text.toString();
    }
}
