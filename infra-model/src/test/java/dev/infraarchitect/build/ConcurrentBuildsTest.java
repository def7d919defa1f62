package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds of different descriptors running at the same time (as modules of {@code mvn -T 4} do) share nothing: each
 * writes exactly the bytes it writes when it runs alone.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against a deadlock only
class ConcurrentBuildsTest {

    private static final int BUILDS = 8;
    private static final int ROUNDS = 3;

    @TempDir
    Path root;

    @Test
    void eightDescriptorsBuiltConcurrentlyGiveTheBytesOfSerialBuilds() throws Exception {
        List<Path> descriptors = descriptors();
        assertThat(descriptors).hasSize(BUILDS);
        List<SortedMap<String, String>> serial = new ArrayList<>();
        for (int i = 0; i < BUILDS; i++) {
            serial.add(buildInto(descriptors.get(i), root.resolve("serial/" + i)));
        }
        assertThat(serial).allSatisfy(outcome -> assertThat(outcome).containsKey("plan.json"));
        assertThat(serial.stream().filter(o -> o.containsKey(".infra-manifest")).count())
                .as("descriptors that generate artifacts").isGreaterThanOrEqualTo(6);

        ExecutorService pool = Executors.newFixedThreadPool(BUILDS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<SortedMap<String, String>>> futures = new ArrayList<>();
                for (int i = 0; i < BUILDS; i++) {
                    Path descriptor = descriptors.get(i);
                    Path output = root.resolve("parallel-" + round + "/" + i);
                    Callable<SortedMap<String, String>> task = () -> {
                        start.await();
                        return buildInto(descriptor, output);
                    };
                    futures.add(pool.submit(task));
                }
                start.countDown();
                for (int i = 0; i < BUILDS; i++) {
                    assertThat(futures.get(i).get()).as("round %d, %s", round, descriptors.get(i))
                            .isEqualTo(serial.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Validate's reports, then generate, into {@code output}. The outcome maps each written file to its bytes (as
     * Base64), plus the refusal message when generation was refused.
     */
    private static SortedMap<String, String> buildInto(Path descriptor, Path output) throws Exception {
        InfraBuild build = BuildFixture.build(descriptor, output, null);
        Analysis analysis = build.analyze(build.load());
        build.writeReports(analysis);
        SortedMap<String, String> outcome = new TreeMap<>();
        try {
            build.generate();
        } catch (GenerationRefusedException e) {
            outcome.put("(refused)", e.getMessage());
        }
        for (Map.Entry<String, byte[]> file : BuildFixture.files(output).entrySet()) {
            outcome.put(file.getKey(), Base64.getEncoder().encodeToString(file.getValue()));
        }
        return outcome;
    }

    /** The first eight example descriptors, each copied into its own project so their display names agree. */
    private List<Path> descriptors() throws IOException {
        Path examples = repositoryRoot().resolve("src/examples");
        List<Path> found;
        try (Stream<Path> dirs = Files.list(examples)) {
            found = dirs.map(d -> d.resolve("src/main/infra/infra.yaml")).filter(Files::isRegularFile).sorted()
                    .limit(BUILDS).toList();
        }
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            copies.add(BuildFixture.descriptor(root.resolve("project-" + i),
                    Files.readString(found.get(i), StandardCharsets.UTF_8)));
        }
        return copies;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("src/examples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no src/examples above " + Path.of("").toAbsolutePath());
    }
}
