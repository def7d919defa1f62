package dev.infraarchitect.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yaml.snakeyaml.LoaderOptions;

/** Loading a descriptor against its floor: Jackson's bare YAML parse of the same text into a tree. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class LoadBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int services;

    private String text;
    private ObjectMapper bareYaml;

    @Setup(Level.Trial)
    public void setUp() {
        text = SyntheticSystem.yaml(services);
        bareYaml = bareYamlMapper();
    }

    static ObjectMapper bareYamlMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    @Benchmark
    public JsonNode bareYamlParse() throws Exception {
        return bareYaml.readTree(text);
    }

    @Benchmark
    public Descriptor load() throws DescriptorException {
        return DescriptorLoader.parse(text, "infra.yaml");
    }
}
