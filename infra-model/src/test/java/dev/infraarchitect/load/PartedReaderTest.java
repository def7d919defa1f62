package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading in parts gives exactly the tree of a whole read, or nothing, never a different tree. */
class PartedReaderTest {

    private static final String FILE = "infra.yaml";

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.infraarchitect.load.DescriptorFuzzTest#validDescriptors")
    void theExamplesReadInPartsGiveTheTreeOfAWholeRead(String name, String text) {
        Node whole = wholeRead(text).orElseThrow();
        for (int runs = 2; runs <= 4; runs++) {
            Optional<Node> parted = new PartedReader(FILE, runs).read(text);
            if (parted.isPresent() || DocumentSplit.of(text, runs).isPresent()) {
                assertThat(parted).as("%s in %d runs", name, runs).contains(whole);
            }
        }
    }

    @Test
    void aLargeSystemReadInPartsIsTheSameTreeWithTheSameLines() {
        String text = system(400);
        Node whole = wholeRead(text).orElseThrow();
        for (int runs = 2; runs <= 8; runs++) {
            assertThat(new PartedReader(FILE, runs).read(text)).as("%d runs", runs).contains(whole);
        }
        Node.MapNode services = (Node.MapNode) ((Node.MapNode) whole).entries().get("services").value();
        assertThat(services.entries().get("s399").keyLocation().line()).isEqualTo(text.lines().toList()
                .indexOf("  s399:") + 1);
    }

    @Test
    void partsThatDoNotStandAloneSendTheReaderBackToTheWhole() {
        String base = system(40);
        // a flow list whose second line looks like a service entry: cut there, the first part has an unclosed
        // bracket; not cut there, the part reads it as the whole does
        String spanning = base.replace("    dependsOn: [s19]\n", "    dependsOn: [s19,\n  s2]\n");
        for (int runs = 2; runs <= 12; runs++) {
            Optional<Node> read = new PartedReader(FILE, runs).read(spanning);
            if (read.isPresent()) {
                assertThat(read).as("%d runs", runs).isEqualTo(wholeRead(spanning));
            }
        }
        // the same service in two parts: the whole read reports the duplicate key
        String duplicate = base.replace("budgets:\n", "  s3:\n    image: again\nbudgets:\n");
        assertThat(wholeRead(duplicate)).as("the whole read finds a problem").isEmpty();
        assertThat(new PartedReader(FILE, 2).read(duplicate)).isEqualTo(Optional.empty());
        // a top-level key in both head and tail
        String twice = base + "project: again\n";
        assertThat(wholeRead(twice)).as("the whole read finds a problem").isEmpty();
        assertThat(new PartedReader(FILE, 2).read(twice)).isEqualTo(Optional.empty());
    }

    @Test
    void nestingLimitsCountFromTheDocumentRoot() {
        String deep = "  s0:\n    a:\n" + nested(LoaderLimits.MAX_DEPTH - 3, 6);
        String text = "project: p\nservices:\n" + deep + system(10).substring(system(10).indexOf("  s1:"));
        Problems problems = new Problems(FILE);
        new TreeReader(FILE, problems).read(text, false);
        assertThat(problems.isEmpty()).as("the whole read refuses the depth").isFalse();
        assertThat(new PartedReader(FILE, 2).read(text)).isEqualTo(Optional.empty());
    }

    @Test
    void mutantsReadInPartsGiveTheWholeTreeOrNothing() {
        List<String> lines = system(30).lines().toList();
        Random random = new Random(7L);
        int parted = 0;
        for (int round = 0; round < 1500; round++) {
            String mutant = String.join("\n", DescriptorFuzzTest.mutate(new ArrayList<>(lines), random)) + "\n";
            Optional<Node> read = new PartedReader(FILE, 1 + random.nextInt(4)).read(mutant);
            if (read.isPresent()) {
                parted++;
                assertThat(read).as("mutant:\n%s", mutant).isEqualTo(wholeRead(mutant));
            }
        }
        assertThat(parted).as("mutants read in parts").isGreaterThan(300);
    }

    private static Optional<Node> wholeRead(String text) {
        Problems problems = new Problems(FILE);
        Node root = new TreeReader(FILE, problems).read(text, false);
        return problems.isEmpty() ? Optional.ofNullable(root) : Optional.empty();
    }

    private static String system(int services) {
        StringBuilder text = new StringBuilder("# synthetic\nproject: p\nhosts:\n  h: { cpu: 8, memory: 8Gi }\n"
                + "services:\n");
        for (int i = 0; i < services; i++) {
            text.append("  s").append(i).append(":\n    image: img-").append(i).append('\n');
            if (i > 0) {
                text.append("    dependsOn: [s").append(i - 1).append("]\n");
            }
            if (i % 7 == 0) {
                text.append("    description: |\n      line one\n      line two\n");
            }
            if (i % 11 == 0) {
                text.append("# between services\n");
            }
            text.append("    resources: { cpu: 0.5, memory: 256Mi }\n");
        }
        return text.append("budgets:\n  cpu: 8\n").toString();
    }

    private static String nested(int levels, int indent) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            text.append(" ".repeat(indent + 2 * i)).append("k").append(i).append(":\n");
        }
        return text.append(" ".repeat(indent + 2 * levels)).append("leaf: 1\n").toString();
    }
}
