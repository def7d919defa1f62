package dev.infraarchitect.benchmark;

import dev.infraarchitect.analysis.Analysis;
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

/**
 * The analysis alone (references, cycles, phases, placement, budgets, advice) on an already loaded descriptor.
 * Defaults are small because the benchmark machine is shared; override with {@code -wi -i -w -r -f -p}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class AnalysisBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int services;

    private Descriptor descriptor;

    @Setup(Level.Trial)
    public void setUp() {
        descriptor = Pipeline.load(SyntheticSystem.yaml(services));
    }

    @Benchmark
    public Analysis analyze() {
        return Pipeline.analyze(descriptor);
    }
}
