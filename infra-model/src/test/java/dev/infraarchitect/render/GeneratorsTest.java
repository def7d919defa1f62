package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.render.compose.ComposeGenerator;
import dev.infraarchitect.render.terraform.TerraformGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
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
    void generatorsRunSideBySideAndGiveWhatTheyGiveOneAfterTheOther() {
        Analysis analysis = ShopFixture.analysis();
        Templates templates = new Templates(null);
        List<Generator> all = Generators.select(Generators.everyOutput());
        List<GeneratedFile> serial = new ArrayList<>();
        all.forEach(g -> serial.addAll(g.generate(analysis, templates)));
        serial.sort(java.util.Comparator.comparing(GeneratedFile::path));

        assertThat(Generators.generate(all, analysis, templates)).containsExactlyElementsOf(serial);
    }

    @Test
    void aGeneratorsPiecesGiveEachOfItsFilesOnce() {
        Analysis analysis = ShopFixture.analysis();
        Templates templates = new Templates(null);
        for (Generator generator : Generators.select(Generators.everyOutput())) {
            List<GeneratedFile> fromPieces = new ArrayList<>();
            generator.pieces(analysis, templates).forEach(piece -> fromPieces.addAll(piece.get()));
            fromPieces.sort(java.util.Comparator.comparing(GeneratedFile::path));

            assertThat(fromPieces.stream().map(GeneratedFile::path)).as(generator.id()).doesNotHaveDuplicates();
            assertThat(fromPieces).as(generator.id())
                    .containsExactlyElementsOf(generator.generate(analysis, templates));
        }
        // generate of a pieced generator is its pieces made one after the other; the golden tests hold its bytes
        assertThat(new ComposeGenerator().pieces(analysis, templates)).as("a piece per compose file")
                .hasSizeGreaterThan(1);
        assertThat(new TerraformGenerator().pieces(analysis, templates)).as("modules, roots, values")
                .hasSizeGreaterThan(3);
    }

    @Test
    void aFailureOfTheFirstGeneratorInOrderIsThrownEvenWhenALaterOneFailsFirst() {
        assertTheFirstFailureInOrderIsThrown((id, failure) -> fake(id, () -> {
            throw failure.get();
        }));
    }

    @Test
    void aFailureWhileTheFirstGeneratorMakesItsPiecesIsThrownEvenWhenALaterOneFailsFirst() {
        assertTheFirstFailureInOrderIsThrown(GeneratorsTest::failingSetUp);
    }

    /** {@code failing} makes a generator that fails with what the supplier gives, when it generates or sets up. */
    private static void assertTheFirstFailureInOrderIsThrown(
            BiFunction<String, Supplier<RuntimeException>, Generator> failing) {
        CountDownLatch laterFailed = new CountDownLatch(1);
        Generator first = failing.apply("first", () -> {
            awaitQuietly(laterFailed);
            return new IllegalStateException("first failed");
        });
        Generator later = failing.apply("later", () -> {
            laterFailed.countDown();
            return new IllegalArgumentException("later failed");
        });

        assertThatThrownBy(() -> Generators.generate(List.of(first, fake("fine", List::of), later), null, null))
                .isInstanceOf(IllegalStateException.class).hasMessage("first failed");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            // only a multi-processor run has the later generator on another thread; alone it never counts down
            latch.await(Runtime.getRuntime().availableProcessors() > 1 ? 10 : 0, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Generator fake(String id, Supplier<List<GeneratedFile>> files) {
        return new FakeGenerator(id, files, null);
    }

    private static Generator failingSetUp(String id, Supplier<RuntimeException> failure) {
        return new FakeGenerator(id, () -> {
            throw new AssertionError("pieces() fails first");
        }, failure);
    }

    /** Gives {@code files}, in one piece; or, given a {@code setUpFailure}, fails while making its pieces. */
    private record FakeGenerator(String id, Supplier<List<GeneratedFile>> files, Supplier<RuntimeException> setUpFailure)
            implements Generator {

        @Override
        public List<GeneratedFile> generate(Analysis analysis, Templates templates) {
            return files.get();
        }

        @Override
        public List<Supplier<List<GeneratedFile>>> pieces(Analysis analysis, Templates templates) {
            if (setUpFailure != null) {
                throw setUpFailure.get();
            }
            return Generator.super.pieces(analysis, templates);
        }
    }
}
