package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates a valid descriptor thousands of times (delete, duplicate, swap, retype lines and values) and checks that
 * loading either succeeds or fails with {@link DescriptorException} whose every problem carries a location, and
 * never with any other exception or error.
 */
class DescriptorFuzzTest {

    private static final String[] REPLACEMENTS = {
        "", "0", "-1", "4", "4Gi", "\"x\"", "[]", "{}", "[a, b]", "{ a: 1 }", "null", "true", "99.9%", "1h30m",
        "500m", "&x a", "*x", "!!str x", "'unterminated", "\"\\u00e9\"", "|", ">-", "- item", "? key", "%YAML 1.2",
        "a: b: c", "{", "]", "\t", "#", "@", "`", "Ω", "9999999999999999999999", "1e400", "0x1F", ".inf"
    };

    @Test
    void mutatedDescriptorsFailOnlyWithLocatedProblems() throws Exception {
        List<String> lines = DescriptorLoaderTest.resource("full-spec.yaml").lines().toList();
        Random random = new Random(20261123L);
        int accepted = 0;
        int rejected = 0;
        for (int round = 0; round < 4000; round++) {
            String mutated = String.join("\n", mutate(new ArrayList<>(lines), random)) + "\n";
            try {
                DescriptorLoader.parse(mutated, "infra.yaml");
                accepted++;
            } catch (DescriptorException e) {
                rejected++;
                assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
                    assertThat(problem.location().file()).isEqualTo("infra.yaml");
                    assertThat(problem.message()).isNotBlank();
                });
            }
        }
        assertThat(accepted + rejected).isEqualTo(4000);
        assertThat(rejected).isGreaterThan(1000);
    }

    private static List<String> mutate(List<String> lines, Random random) {
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int i = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> {
                    int j = random.nextInt(lines.size());
                    String swap = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, swap);
                }
                case 3 -> lines.set(i, retypeValue(lines.get(i), random));
                default -> lines.set(i, lines.get(i).substring(0, random.nextInt(lines.get(i).length() + 1)));
            }
        }
        return lines;
    }

    private static String retypeValue(String line, Random random) {
        String replacement = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        int colon = line.indexOf(": ");
        return colon < 0 ? line + replacement : line.substring(0, colon + 2) + replacement;
    }
}
