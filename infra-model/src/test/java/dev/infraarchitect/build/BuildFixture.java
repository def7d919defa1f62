package dev.infraarchitect.build;

import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.render.Generators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A project laid out as the plugin sees it, and helpers to read back what a build left on disk. */
final class BuildFixture {

    static final String DISPLAY_NAME = "src/main/infra/infra.yaml";

    private BuildFixture() {
    }

    /** A test resource as text, e.g. {@code /load/full-spec.yaml}. */
    static String resource(String name) {
        try (InputStream in = BuildFixture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code yaml} as {@code <project>/src/main/infra/infra.yaml}; returns that file. */
    static Path descriptor(Path project, String yaml) throws IOException {
        Path file = project.resolve(DISPLAY_NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    /** Every generator, built-in templates unless {@code templates} is given, output to {@code output}. */
    static InfraBuild build(Path descriptor, Path output, Path templates) {
        return new InfraBuild(new BuildRequest(descriptor, DISPLAY_NAME, output, templates, Generators.everyOutput(),
                AnalysisOptions.DEFAULTS, "1.0-test"));
    }

    /** Every regular file under {@code root} with its bytes, keyed by its path relative to {@code root}. */
    static SortedMap<String, byte[]> files(Path root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
