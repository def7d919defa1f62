package dev.infraarchitect.deploy;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Generators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A system as a deployer receives it: the descriptor, its analysis, and every file all generators write, read back
 * with the parsers the deploy tools' formats have (YAML for Compose and Kubernetes, HCL for Terraform). The checks
 * of each generator live in classes of their own in this package and take their systems from {@link #all()}.
 */
public final class DeployedSystem {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String name;
    private final Descriptor descriptor;
    private final Analysis analysis;
    private final SortedMap<String, GeneratedFile> files;

    private DeployedSystem(String name, Descriptor descriptor) {
        this.name = name;
        this.descriptor = descriptor;
        this.analysis = new Analyzer().analyze(descriptor, AnalysisOptions.DEFAULTS);
        this.files = new TreeMap<>(Generators.generate(Generators.select(Generators.everyOutput()),
                GenerationContext.of(analysis)).stream().collect(Collectors.toMap(GeneratedFile::path, f -> f)));
    }

    /** The example of {@code src/examples/NAME}. */
    public static DeployedSystem example(String name) {
        Path file = examplesRoot().resolve(name).resolve("src/main/infra/infra.yaml");
        try {
            return new DeployedSystem(name, DescriptorLoader.parse(Files.readString(file, StandardCharsets.UTF_8),
                    "infra.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DescriptorException e) {
            throw new IllegalStateException("example " + name + " does not load:\n" + e.getMessage(), e);
        }
    }

    /** A system written as YAML lines. */
    public static DeployedSystem yaml(String name, String... lines) {
        try {
            return new DeployedSystem(name, DescriptorLoader.parse(String.join("\n", lines) + "\n", "infra.yaml"));
        } catch (DescriptorException e) {
            throw new IllegalArgumentException("system " + name + " does not load:\n" + e.getMessage(), e);
        }
    }

    /** The names of the examples under {@code src/examples}. */
    public static List<String> exampleNames() {
        try (Stream<Path> dirs = Files.list(examplesRoot())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("src/main/infra/infra.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every system the deploy checks run on: the examples whose build succeeds (the analysis finds no error, as
     * {@code mvn verify} demands before anyone deploys), then the synthetic ones of {@link SyntheticSystems}.
     */
    public static List<DeployedSystem> all() {
        Stream<DeployedSystem> examples = exampleNames().stream().map(DeployedSystem::example)
                .filter(s -> !s.analysis().hasErrors());
        return Stream.concat(examples, SyntheticSystems.all().stream()).toList();
    }

    private static Path examplesRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("src/examples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("src/examples");
            }
        }
        throw new IllegalStateException("no src/examples above " + Path.of("").toAbsolutePath());
    }

    public String name() {
        return name;
    }

    public Descriptor descriptor() {
        return descriptor;
    }

    public Analysis analysis() {
        return analysis;
    }

    public List<Finding> errors() {
        return analysis.errors();
    }

    /** Every generated file by path. */
    public SortedMap<String, GeneratedFile> files() {
        return files;
    }

    /** The generated files whose path starts with {@code prefix} and ends with {@code suffix}, by path. */
    public SortedMap<String, GeneratedFile> files(String prefix, String suffix) {
        SortedMap<String, GeneratedFile> found = new TreeMap<>();
        files.forEach((path, file) -> {
            if (path.startsWith(prefix) && path.endsWith(suffix)) {
                found.put(path, file);
            }
        });
        return found;
    }

    /** A YAML document as maps and lists. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> yamlTree(GeneratedFile file) {
        try {
            return YAML.readValue(file.text(), Map.class);
        } catch (IOException e) {
            throw new AssertionError("not parseable YAML: " + file.path(), e);
        }
    }

    /** An HCL file as hcl4j reads it: blocks as nested maps, repeated blocks as lists. */
    public static Map<String, Object> hclTree(GeneratedFile file) {
        try {
            return new HCLParser().parse(file.text(), false);
        } catch (Exception e) {
            throw new AssertionError("not parseable HCL: " + file.path() + "\n" + file.text(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
