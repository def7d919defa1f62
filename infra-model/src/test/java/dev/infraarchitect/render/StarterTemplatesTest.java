package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.render.adr.AdrGenerator;
import dev.infraarchitect.render.adr.DecisionIndex;
import dev.infraarchitect.render.adr.DecisionPage;
import dev.infraarchitect.render.docs.ArchitecturePage;
import dev.infraarchitect.render.docs.DocsGenerator;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The starter templates under {@code docs/templates/}, which users copy into their template directory, write exactly
 * what the built-in layouts write: on every example, the shop fixture and systems that reach the layouts' corners
 * (no decisions, a decision superseded twice, a cycle, a replica cap, a cost ceiling exceeded, tiers and managed
 * services).
 */
class StarterTemplatesTest {

    private static final Path STARTERS = Path.of("../docs/templates");
    private static final Path EXAMPLES = Path.of("../src/examples");

    private static final String CORNERS = """
            project: corners
            description: |
              Two lines
              of description.
            objectives: { availability: 99.9, rpo: 1h, rto: 4h }
            environments:
              dev: { replicas: 1, budgets: { cost: 1 } }
              prod: {}
            services:
              lb: { kind: managed, cost: 20, talksTo: [web] }
              web: { image: web:1, tier: front, ports: ["80"], dependsOn: [{ service: api, port: 8080, protocol: http }] }
              api: { image: api:1, tier: back, replicas: { min: 2, max: 4 }, resources: { cpu: 0.5, memory: 1Gi } }
              db:
                image: postgres:16
                stateful: true
                backup: { interval: 2h, retention: 7d }
              a: { image: a:1, dependsOn: [b] }
              b: { image: b:1, dependsOn: [a] }
            decisions:
              - { title: First, date: 2026-01-01, status: accepted, context: Why, decision: What }
              - title: "Second | with a pipe"
                date: 2026-01-02
                status: accepted
                supersedes: 1
                consequences: { positive: [faster], negative: [dearer] }
                alternatives: [none]
                implementationNotes: Later.
                services: [api]
              - { title: Third, date: 2026-01-03, status: proposed, supersedes: 1, consequences: { negative: [only bad] } }
            """;

    private static final String BARE = """
            project: bare
            services:
              api: { image: api:1 }
            """;

    static Stream<Arguments> systems() throws Exception {
        List<Arguments> systems = new ArrayList<>();
        systems.add(Arguments.of("shop", ShopFixture.analysis()));
        systems.add(Arguments.of("corners", analyze(CORNERS)));
        systems.add(Arguments.of("bare", analyze(BARE)));
        if (Files.isDirectory(EXAMPLES)) {
            try (Stream<Path> examples = Files.list(EXAMPLES)) {
                for (Path example : examples.sorted().toList()) {
                    Path descriptor = example.resolve("src/main/infra/infra.yaml");
                    if (Files.exists(descriptor)) {
                        systems.add(Arguments.of(example.getFileName().toString(), analyze(Files.readString(descriptor))));
                    }
                }
            }
        }
        return systems.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void theStarterTemplatesWriteWhatTheBuiltInLayoutsWrite(String name, Analysis analysis) throws IOException {
        assumeThat(Files.isDirectory(STARTERS)).as("docs/templates next to the module").isTrue();
        for (Generator generator : List.of(new AdrGenerator(), new DocsGenerator())) {
            List<GeneratedFile> builtIn = generator.generate(new GenerationContext(analysis, new Templates(null)));
            List<GeneratedFile> starters = generator.generate(new GenerationContext(analysis, new Templates(STARTERS)));

            assertThat(starters).extracting(GeneratedFile::path)
                    .containsExactlyElementsOf(builtIn.stream().map(GeneratedFile::path).toList());
            for (int i = 0; i < builtIn.size(); i++) {
                assertThat(starters.get(i).text()).as(builtIn.get(i).path()).isEqualTo(builtIn.get(i).text());
            }
        }
    }

    @Test
    void everyTemplateAGeneratorRendersHasAStarter() {
        assumeThat(Files.isDirectory(STARTERS)).as("docs/templates next to the module").isTrue();
        for (String template : Generators.templates(Generators.select(Generators.defaultIds()))) {
            assertThat(STARTERS.resolve(template)).as(template).isRegularFile();
        }
    }

    @Test
    void theTemplatePageNamesEveryVariableOfEveryPage() throws IOException {
        Path page = Path.of("../docs/templates.md");
        assumeThat(Files.exists(page)).as("docs/templates.md next to the module").isTrue();
        String text = Files.readString(page);
        for (Class<?> model : List.of(DecisionPage.class, DecisionIndex.class, DecisionIndex.Row.class,
                ArchitecturePage.class, ArchitecturePage.Table.class, ArchitecturePage.Graph.class,
                ArchitecturePage.Tier.class, ArchitecturePage.Edge.class, ArchitecturePage.Deployment.class,
                ArchitecturePage.Phase.class, ArchitecturePage.Capacity.class, ArchitecturePage.Recovery.class)) {
            for (RecordComponent component : model.getRecordComponents()) {
                assertThat(text).as(model.getSimpleName() + "." + component.getName())
                        .contains("`" + component.getName() + "`");
            }
        }
    }

    private static Analysis analyze(String yaml) throws Exception {
        return new Analyzer().analyze(DescriptorLoader.parse(yaml, "infra.yaml"), AnalysisOptions.DEFAULTS);
    }
}
