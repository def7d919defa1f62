package dev.infraarchitect.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.build.BuildRequest;
import dev.infraarchitect.build.InfraBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance test of the import: every real stack in {@code shared/realworld} is imported, the descriptor is
 * built as it is (no errors), Compose is generated from it, and the generated file is compared with the original,
 * service by service, on everything the descriptor can state. The fraction kept is printed and asserted, and every
 * setting that is not kept must be named by one of the import's notes.
 */
class ComposeRoundTripTest {

    /**
     * The least fraction kept per stack, where it is below all; measured, so that a regression shows. Appwrite names
     * its database as a dependency through a variable ({@code ${_APP_DB_HOST:-postgresql}}), which a descriptor's
     * dependency (a name) cannot be; react-java-mysql mounts an anonymous volume, which a descriptor's volume (with
     * a source) cannot be. The import names both.
     */
    private static final Map<String, Double> KEPT_AT_LEAST = Map.of(
            "appwrite.compose.yml", 243.0 / 264,
            "awesome-compose-react-java-mysql.compose.yaml", 16.0 / 17);

    @TempDir
    Path work;

    static Stream<Arguments> stacks() throws IOException {
        Optional<Path> folder = realWorld();
        if (folder.isEmpty()) {
            System.out.println("NOTICE: Compose round trip skipped: ../shared/realworld is absent");
            return Stream.of(Arguments.of("(none)", null));
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.compose\\.ya?ml")).sorted()
                    .map(f -> Arguments.of(f.getFileName().toString(), f)).toList().stream();
        }
    }

    /** {@code shared/realworld} beside the project root ({@code ../shared/realworld}), if present. */
    static Optional<Path> realWorld() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("realworld");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void importThenGenerateKeepsWhatTheOriginalSays(String name, Path compose) throws Exception {
        assumeTrue(compose != null, "../shared/realworld is absent");
        String stem = name.replaceFirst("\\.compose\\.ya?ml$", "");
        Path envFile = compose.resolveSibling(stem + ".env");
        Path project = work.resolve(stem);
        Path descriptor = project.resolve("src/main/infra/infra.yaml");
        ImportResult imported = ImportedDescriptor.importAndWrite(new ImportRequest(compose, name,
                Files.isRegularFile(envFile) ? envFile : null, descriptor), "infra.yaml", false);

        InfraBuild build = new InfraBuild(new BuildRequest(descriptor, "src/main/infra/infra.yaml",
                project.resolve("target/infra"), null, List.of("compose", "terraform", "adr", "docs"),
                AnalysisOptions.DEFAULTS, "test"));
        Analysis analysis = build.loadAndAnalyze();
        assertThat(analysis.errors()).as("the imported descriptor builds as it is").isEmpty();
        build.generate();
        Path generated = project.resolve("target/infra/compose/prod/compose.yaml");

        Map<String, Map<String, Object>> before = ComposeServices.read(compose, compose.getParent());
        Map<String, Map<String, Object>> after = ComposeServices.read(generated, descriptor.getParent());
        int total = 0;
        int kept = 0;
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> service : before.entrySet()) {
            Map<String, Object> original = service.getValue();
            Map<String, Object> regenerated = after.getOrDefault(service.getKey(), Map.of());
            for (String attribute : ComposeServices.ATTRIBUTES) {
                Object was = original.get(attribute);
                Object now = regenerated.get(attribute);
                if (was == null && now == null) {
                    continue;
                }
                total++;
                if (java.util.Objects.equals(was, now)) {
                    kept++;
                } else {
                    lost.add(service.getKey() + "." + attribute + ": " + brief(was) + " -> " + brief(now));
                }
            }
        }
        double fraction = total == 0 ? 1 : (double) kept / total;
        System.out.printf("ROUND TRIP %s: %d of %d settings kept (%.1f%%), %d import notes%n", name, kept, total,
                100 * fraction, imported.notes().size());
        lost.forEach(item -> System.out.println("  not kept: " + item));

        List<String> unnamed = new ArrayList<>();
        for (String item : lost) {
            String service = item.substring(0, item.indexOf('.'));
            String attribute = item.substring(item.indexOf('.') + 1, item.indexOf(':'));
            boolean named = imported.notes().stream().anyMatch(note -> note.path().startsWith("services." + service
                    + "." + attribute));
            if (!named) {
                unnamed.add(item);
            }
        }
        assertThat(unnamed).as("settings the round trip loses without the import naming them").isEmpty();
        assertThat(fraction).as("fraction kept").isGreaterThanOrEqualTo(KEPT_AT_LEAST.getOrDefault(name, 1.0) - 1e-9);
        assertThat(after.keySet()).as("every service is generated again").isEqualTo(before.keySet());
    }

    private static String brief(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }

}
