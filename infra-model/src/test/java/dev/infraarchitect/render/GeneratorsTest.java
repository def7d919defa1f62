package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

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
