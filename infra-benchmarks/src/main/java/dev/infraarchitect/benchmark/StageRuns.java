package dev.infraarchitect.benchmark;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.render.Generators;
import java.util.List;
import java.util.Locale;

/**
 * One line per pipeline run: each stage's wall time and the process CPU time during it. Made for comparing two
 * builds of the plugin on a noisy machine: run the jars one after the other, several times, and compare the medians
 * of all their lines (interleaving shares the machine's slow and fast spells between both).
 *
 * <p>Usage: {@code StageRuns [services (20000)] [runs (8)] [fewest warm-up runs (3)] [generators (every kind of
 * output)]}; warm-up goes on while the JIT compiler is busy ({@link JitWarmup}), up to 40 runs.
 */
public final class StageRuns {

    private StageRuns() {
    }

    public static void main(String[] args) {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> generators = args.length > 3 ? List.of(args[3].split(",")) : Generators.everyOutput();
        String text = SyntheticSystem.yaml(services);
        JitWarmup.Result warm = JitWarmup.run(warmup, 40, () -> Pipeline.generate(
                Pipeline.analyze(Pipeline.load(text)), generators));
        System.out.println(warm.describe());
        for (int i = 0; i < runs; i++) {
            System.gc();
            long jit = JitWarmup.compilingMillis();
            long c0 = Pipeline.processCpu();
            long t0 = System.nanoTime();
            Descriptor descriptor = Pipeline.load(text);
            long c1 = Pipeline.processCpu();
            long t1 = System.nanoTime();
            Analysis analysis = Pipeline.analyze(descriptor);
            long c2 = Pipeline.processCpu();
            long t2 = System.nanoTime();
            Pipeline.generate(analysis, generators);
            long c3 = Pipeline.processCpu();
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "load %d ms (cpu %d) analysis %d ms (cpu %d) generate %d ms (cpu %d)"
                    + " jit %d ms%n", ms(t1 - t0), ms(c1 - c0), ms(t2 - t1), ms(c2 - c1), ms(t3 - t2), ms(c3 - c2),
                    JitWarmup.compilingMillis() - jit);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
