package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.plan.PlanJson;
import dev.infraarchitect.plan.PlanReport;
import dev.infraarchitect.plan.Sarif;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Generator;
import dev.infraarchitect.render.Generators;
import dev.infraarchitect.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutates valid descriptors thousands of times (delete, duplicate, swap, retype lines and values) and checks that
 * loading either succeeds or fails with {@link DescriptorException} whose every problem carries a location, and
 * never with any other exception or error. Every mutant that loads is also analysed and run through every
 * generator and report: those must succeed, or refuse generation for a structural error, and nothing else.
 */
class DescriptorFuzzTest {

    private static final String[] REPLACEMENTS = {
        "", "0", "-1", "4", "4Gi", "\"x\"", "[]", "{}", "[a, b]", "{ a: 1 }", "null", "true", "99.9%", "1h30m",
        "500m", "&x a", "*x", "!!str x", "'unterminated", "\"\\u00e9\"", "|", ">-", "- item", "? key", "%YAML 1.2",
        "a: b: c", "{", "]", "\t", "#", "@", "`", "Ω", "9999999999999999999999", "1e400", "0x1F", ".inf",
        "0.0001", "1000000", "9223372036854775807", "1Pi", "100%", "0s", "api", "db", "[api, db]", "-", "..",
        "../x", "/etc", "a b", "\"\"", "prod", "dev", "2026-02-30"
    };

    /** Mutants per valid descriptor (ten of them): the whole class stays within about 20 seconds on two cores. */
    private static final int ROUNDS_PER_EXAMPLE = 300;

    private static final List<Generator> ALL_GENERATORS = Generators.select(Generators.everyOutput());
    private static final Templates BUILT_IN = new Templates(null);

    @Test
    void mutatedDescriptorsFailOnlyWithLocatedProblems() throws Exception {
        List<String> lines = DescriptorLoaderTest.resource("full-spec.yaml").lines().toList();
        Random random = new Random(20261123L);
        int accepted = 0;
        int rejected = 0;
        for (int round = 0; round < 2500; round++) {
            String mutated = String.join("\n", mutate(new ArrayList<>(lines), random)) + "\n";
            try {
                DescriptorLoader.parse(mutated, "infra.yaml");
                accepted++;
            } catch (DescriptorException e) {
                rejected++;
                assertLocated(e);
            }
        }
        assertThat(accepted + rejected).isEqualTo(2500);
        assertThat(rejected).isGreaterThan(600);
    }

    static Stream<Object[]> validDescriptors() throws IOException {
        List<Object[]> all = new ArrayList<>();
        all.add(new Object[] {"full-spec.yaml", DescriptorLoaderTest.resource("full-spec.yaml")});
        for (Object[] example : SchemaAgreementTest.exampleDescriptors()) {
            all.add(new Object[] {example[0], Files.readString((Path) example[1])});
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDescriptors")
    void mutantsThatLoadAreAnalysedAndGeneratedWithoutForeignExceptions(String name, String text) throws Exception {
        List<String> lines = text.lines().toList();
        Random random = new Random(name.hashCode());
        int generated = 0;
        for (int round = 0; round < ROUNDS_PER_EXAMPLE; round++) {
            String mutated = String.join("\n", mutate(new ArrayList<>(lines), random)) + "\n";
            try {
                if (analyseAndGenerate(mutated)) {
                    generated++;
                }
            } catch (DescriptorException e) {
                assertLocated(e);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("round " + round + " of " + name + " threw " + e + " for:\n" + mutated, e);
            }
        }
        assertThat(generated).as("mutants of " + name + " that made it through generation").isGreaterThan(10);
    }

    /** Whether generation ran; false when it was refused for a structural error, as the build would. */
    private static boolean analyseAndGenerate(String text) throws DescriptorException {
        Descriptor descriptor = DescriptorLoader.parse(text, "infra.yaml");
        Analysis analysis = new Analyzer().analyze(descriptor, AnalysisOptions.DEFAULTS);
        assertThat(PlanJson.write(analysis)).isNotEmpty();
        assertThat(Sarif.write(analysis.findings(), "infra.yaml", "0-test")).isNotEmpty();
        assertThat(new PlanReport().render(analysis)).isNotEmpty();
        boolean structural = analysis.errors().stream().anyMatch(f -> AnalysisRules.STRUCTURAL.contains(f.rule()));
        if (structural) {
            return false; // InfraBuild.render refuses with GenerationRefusedException here
        }
        List<GeneratedFile> files = Generators.generate(ALL_GENERATORS, new GenerationContext(analysis, BUILT_IN));
        assertThat(files).isNotEmpty();
        return true;
    }

    private static void assertLocated(DescriptorException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.location().file()).isEqualTo("infra.yaml");
            assertThat(problem.message()).isNotBlank();
        });
    }

    static List<String> mutate(List<String> lines, Random random) {
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
