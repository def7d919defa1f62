package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    /** A row of the README's generator table: {@code | `id` | by default | description |}. */
    private static final Pattern GENERATOR_ROW = Pattern.compile(
            "^\\| `([a-z-]+)` \\| (by default|opt-in[^|]*) \\| (.+) \\|$");
    private static final Path README = Path.of("../README.md");

    @Test
    void offersTheGeneratorsInTheirStandardOrder() {
        assertThat(Generators.ids())
                .containsExactly("compose", "terraform", "adr", "docs", "kubernetes", "kubernetes-no-wait");
    }

    @Test
    void listsOneIdPerKindOfOutput() {
        assertThat(Generators.everyOutput()).containsExactly("compose", "terraform", "adr", "docs", "kubernetes");
        assertThat(Generators.select(Generators.everyOutput())).hasSize(5);
    }

    @Test
    void selectsByIdIgnoringCaseSpacesAndRepeats() {
        assertThat(Generators.select(List.of(" docs", "ADR", "docs", "")))
                .extracting(Generator::id).containsExactly("adr", "docs");
    }

    @Test
    void rejectsAnUnknownIdWithTheNearestKnownOne() {
        assertThatThrownBy(() -> Generators.select(List.of("compse")))
                .isInstanceOf(UnknownGeneratorException.class)
                .hasMessage("unknown generator 'compse'; did you mean 'compose'? (available: compose, terraform, adr,"
                        + " docs, kubernetes, kubernetes-no-wait)");
    }

    @Test
    void selectsKubernetesOrItsNoWaitVariantButNotBoth() {
        assertThat(Generators.select(List.of("kubernetes-no-wait", "compose")))
                .extracting(Generator::id).containsExactly("compose", "kubernetes-no-wait");
        assertThatThrownBy(() -> Generators.select(List.of("kubernetes", "Kubernetes-No-Wait")))
                .isInstanceOf(ConflictingGeneratorsException.class)
                .hasMessage("generators 'kubernetes' and 'kubernetes-no-wait' write the same files; select one of them");
    }

    @Test
    void acceptsCommaSeparatedEntriesAndRejectsAnEmptySelection() {
        assertThat(Generators.select(List.of("docs, Compose", "adr"))).extracting(Generator::id)
                .containsExactly("compose", "adr", "docs");
        assertThatThrownBy(() -> Generators.select(List.of(" , ", "")))
                .isInstanceOf(NoGeneratorSelectedException.class)
                .hasMessage("no generator selected; name at least one of compose, terraform, adr, docs, kubernetes,"
                        + " kubernetes-no-wait");
    }

    @Test
    void everyRegisteredIdCreatesItsGeneratorWithDescriptionsDefaultsAndSymmetricConflicts() {
        assertThat(Generators.defaultIds()).containsExactly("compose", "terraform", "adr", "docs");
        for (GeneratorInfo info : Generators.all()) {
            assertThat(Generators.select(List.of(info.id()))).extracting(Generator::id).containsExactly(info.id());
            assertThat(info.description()).isNotBlank().doesNotEndWith(".");
            if (info.conflictsWith() != null) {
                assertThat(Generators.byId(info.conflictsWith())).get()
                        .extracting(GeneratorInfo::conflictsWith).isEqualTo(info.id());
            }
        }
        assertThat(Generators.templates(Generators.select(Generators.defaultIds())))
                .containsExactly("adr/decision.md.ftl", "adr/index.md.ftl", "docs/architecture.md.ftl");
    }

    @Test
    void theReadmeTableListsEveryGeneratorAsTheRegistryDescribesIt() throws IOException {
        assumeThat(Files.exists(README)).as("README.md next to the module").isTrue();
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            Matcher row = GENERATOR_ROW.matcher(line);
            if (row.matches()) {
                rows.add(row.group(1) + " | " + row.group(2).replace("`", "") + " | " + row.group(3).replace("`", ""));
            }
        }

        assertThat(rows).containsExactlyElementsOf(Generators.all().stream().map(info -> info.id() + " | "
                + (info.byDefault() ? "by default" : "opt-in") + (info.conflictsWith() == null ? ""
                        : ", not with " + info.conflictsWith()) + " | " + info.description()).toList());
    }

    @Test
    void theReadmeParameterRowNamesTheDefaultsAndEveryOptInGenerator() throws IOException {
        assumeThat(Files.exists(README)).as("README.md next to the module").isTrue();
        String text = Files.readString(README, StandardCharsets.UTF_8);
        Matcher row = Pattern.compile(
                "(?m)^\\| `generators` \\| `infra.generators` \\| `([^`]*)` \\| [^|]+ \\| (.+) \\|$").matcher(text);
        assertThat(row.find()).as("the parameter row of generators").isTrue();
        assertThat(row.group(1)).isEqualTo(String.join(",", Generators.defaultIds()));
        for (GeneratorInfo info : Generators.all()) {
            assertThat(row.group(2).contains("`" + info.id() + "`")).as(info.id()).isEqualTo(!info.byDefault());
        }
        // wherever the README says which generator writes something, it names a registered one
        Matcher writtenBy = Pattern.compile("generate \\(`([a-z-]+)`").matcher(text);
        List<String> named = new ArrayList<>();
        while (writtenBy.find()) {
            named.add(writtenBy.group(1));
        }
        assertThat(named).isNotEmpty().isSubsetOf(Generators.ids()).containsAll(Generators.defaultIds());
    }

    @Test
    void generatesEveryFileOfTheSelectedGeneratorsSortedByPath() {
        GenerationContext context = GenerationContext.of(ShopFixture.analysis());
        List<Generator> all = Generators.select(Generators.everyOutput());
        List<GeneratedFile> each = new ArrayList<>();
        all.forEach(g -> each.addAll(g.generate(context)));
        each.sort(Comparator.comparing(GeneratedFile::path));

        assertThat(Generators.generate(all, context)).containsExactlyElementsOf(each);
    }

    @Test
    void eachGeneratorGivesItsFilesSortedByPathEachOnce() {
        GenerationContext context = GenerationContext.of(ShopFixture.analysis());
        for (Generator generator : Generators.select(Generators.everyOutput())) {
            List<String> paths = generator.generate(context).stream().map(GeneratedFile::path).toList();

            assertThat(paths).as(generator.id()).isNotEmpty().doesNotHaveDuplicates().isSorted()
                    .allMatch(path -> path.startsWith(generator.id() + "/"));
        }
    }

    @Test
    void theFailureOfTheFirstFailingGeneratorInOrderIsThrown() {
        List<String> ran = new ArrayList<>();
        Generator first = fake("first", ran, () -> {
            throw new IllegalStateException("first failed");
        });
        Generator later = fake("later", ran, () -> {
            throw new IllegalArgumentException("later failed");
        });

        assertThatThrownBy(() -> Generators.generate(List.of(fake("fine", ran, List::of), first, later),
                GenerationContext.of(ShopFixture.analysis())))
                .isInstanceOf(IllegalStateException.class).hasMessage("first failed");
        assertThat(ran).containsExactly("fine", "first");
    }

    private static Generator fake(String id, List<String> ran, Supplier<List<GeneratedFile>> files) {
        return new Generator() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<GeneratedFile> generate(GenerationContext context) {
                ran.add(id);
                return files.get();
            }
        };
    }
}
