package dev.infraarchitect.benchmark;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.render.GeneratedFile;
import java.util.List;
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

/**
 * Each generator on its own over an analysed descriptor, selected by id as the plugin does. The template
 * configuration is built per invocation, as a build does once per run. Defaults are small because the benchmark
 * machine is shared; override with {@code -wi -i -w -r -f -p}, e.g. {@code -p generator=compose -p services=1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class GeneratorBenchmark {

    @Param({"compose", "terraform", "adr", "docs"})
    public String generator;

    @Param({"100", "1000", "10000", "100000"})
    public int services;

    private Analysis analysis;
    private List<String> ids;

    @Setup(Level.Trial)
    public void setUp() {
        analysis = Pipeline.analyze(Pipeline.load(SyntheticSystem.yaml(services)));
        ids = List.of(generator);
    }

    @Benchmark
    public List<GeneratedFile> generate() {
        return Pipeline.generate(analysis, ids);
    }
}
