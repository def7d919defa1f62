package dev.infraarchitect.render.adr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Golden;
import dev.infraarchitect.render.ShopFixture;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AdrGeneratorTest {

    private final List<GeneratedFile> files =
            new AdrGenerator().generate(GenerationContext.of(ShopFixture.analysis()));

    @Test
    void writesOneRecordPerDecisionAndAnIndexSortedByPath() {
        assertThat(files).extracting(GeneratedFile::path).containsExactly(
                "adr/0001-use-postgresql-for-orders.md",
                "adr/0002-keep-search-in-house.md",
                "adr/0003-use-a-managed-search-service.md",
                "adr/0004-unicode-special.md",
                "adr/README.md");
    }

    @Test
    void matchesGoldenFiles() throws Exception {
        Golden.assertMatches(files);
    }

    @Test
    void supersededDecisionLinksForwardAndSupersedingOneLinksBack() {
        assertThat(text("adr/0002-keep-search-in-house.md")).contains("""
                ## Status

                Superseded by [3. Use a managed \\[search\\] service](0003-use-a-managed-search-service.md)

                ## Context
                """);
        assertThat(text("adr/0003-use-a-managed-search-service.md")).contains("""
                ## Status

                Accepted

                Supersedes [2. Keep search in-house](0002-keep-search-in-house.md)

                ## Context
                """);
    }

    @Test
    void indexShowsEffectiveStatusAndEscapesPipesInCells() {
        assertThat(text("adr/README.md")).contains(
                "| 1 | [Use PostgreSQL \\| for orders](0001-use-postgresql-for-orders.md) | Accepted | 2026-01-08 |",
                "| 2 | [Keep search in-house](0002-keep-search-in-house.md) | Superseded | 2026-01-20 |",
                "| 4 | [Ünïcode & spëcial: ***](0004-unicode-special.md) | Proposed | 2026-03-01 |");
    }

    @Test
    void generatesDeterministically() {
        assertThat(new AdrGenerator().generate(GenerationContext.of(ShopFixture.analysis()))).isEqualTo(files);
    }

    @Test
    void withoutDecisionsOnlyTheIndexIsWritten() throws Exception {
        List<GeneratedFile> none = new AdrGenerator().generate(GenerationContext.of(analysisOf("""
                project: tiny
                services: { a: { image: "a:1" } }
                """)));

        assertThat(none).containsExactly(GeneratedFile.text("adr/README.md",
                "# Architecture decisions: tiny\n\nNo decisions recorded.\n"));
    }

    @Test
    void aSupersedesOfAnUnknownNumberLinksNothing() throws Exception {
        List<GeneratedFile> files = new AdrGenerator().generate(GenerationContext.of(analysisOf("""
                project: tiny
                services: { a: { image: "a:1" } }
                decisions:
                  - { title: Only one, status: accepted, date: 2026-05-01, supersedes: 7 }
                """)));

        assertThat(files.get(0).text()).contains("## Status\n\nAccepted\n\n## Context\n")
                .doesNotContain("Supersedes", "Superseded");
    }

    @Test
    void implementationNotesFollowTheAlternatives() throws Exception {
        Analysis analysis = analysisOf("""
                project: p
                services: { db: { image: "postgres:16" } }
                decisions:
                  - title: Keep the existing volumes
                    status: accepted
                    date: 2026-12-02
                    alternatives: [Copy the data]
                    implementationNotes: |
                      Set compose.projectName to the old project name.
                """);
        String adr = new AdrGenerator().generate(GenerationContext.of(analysis)).stream()
                .filter(f -> f.path().startsWith("adr/0001")).findFirst().orElseThrow().text();
        assertThat(adr).contains("## Alternatives\n\n- Copy the data\n\n## Implementation Notes\n\n"
                + "Set compose.projectName to the old project name.\n");
    }

    private static Analysis analysisOf(String yaml) throws Exception {
        Descriptor descriptor = DescriptorLoader.parse(yaml, "infra.yaml");
        return new Analysis(descriptor, new StartupOrder(List.of(), new TreeMap<>(), List.of()),
                new Placement(new TreeMap<>(), new TreeSet<>()), new TreeMap<>(), List.of());
    }

    private String text(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }
}
