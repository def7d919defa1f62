package dev.infraarchitect.analysis;

import dev.infraarchitect.model.Descriptor;
import java.util.Arrays;

/**
 * Times {@link Analyzer#analyze} on a synthetic descriptor (default 20,000 services, about 60,000 dependencies,
 * 40 hosts). Not a test: run its {@code main} by hand. Arguments: services, hosts, measured runs.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Descriptor descriptor = SyntheticDescriptors.build(services, hosts, 42);
        long edges = descriptor.services().values().stream().mapToLong(s -> s.dependsOn().size()).sum();
        System.out.printf("descriptor: %d services, %d dependencies, %d hosts, %d tiers, %d environments%n",
                services, edges, hosts, descriptor.tiers().size(), descriptor.environments().size());
        Analyzer analyzer = new Analyzer();
        Analysis analysis = null;
        for (int i = 0; i < 5; i++) {
            analysis = analyzer.analyze(descriptor, AnalysisOptions.DEFAULTS);
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            analysis = analyzer.analyze(descriptor, AnalysisOptions.DEFAULTS);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("analysis: %d findings (%d errors), %d phases, critical path %d, %d placed%n",
                analysis.findings().size(), analysis.errors().size(), analysis.order().phases().size(),
                analysis.order().criticalPath().size(), analysis.placement().hostOf().size());
        System.out.printf("time per analysis after warm-up (%d runs): min %d ms, median %d ms, max %d ms%n",
                runs, millis[0], millis[runs / 2], millis[runs - 1]);
    }
}
