package dev.infraarchitect.benchmark;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Generator;
import dev.infraarchitect.render.Generators;
import dev.infraarchitect.render.Templates;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One generator run serially on the calling thread: the bytes it allocates, which are the same from run to run and
 * so show a change that time on a shared machine cannot, and the thread's CPU time (minimum and median), after a
 * warm-up that lasts until the JIT compiler is quiet.
 *
 * <p>Usage: {@code GeneratorAllocation <generator> [services (20000)] [runs (11)]}
 */
public final class GeneratorAllocation {

    private GeneratorAllocation() {
    }

    public static void main(String[] args) {
        Generator generator = Generators.select(List.of(args[0])).get(0);
        int services = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        Analysis analysis = Pipeline.analyze(Pipeline.load(SyntheticSystem.yaml(services)));
        Templates templates = new Templates(null);
        GenerationContext context = new GenerationContext(analysis, templates);
        System.out.println(JitWarmup.run(5, 60, () -> generator.generate(context)).describe());
        long[] cpu = new long[runs];
        long allocated = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long bytesBefore = threads.getThreadAllocatedBytes(self);
            generator.generate(new GenerationContext(analysis, templates));
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
            allocated = threads.getThreadAllocatedBytes(self) - bytesBefore;
        }
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s, %,d services: allocated %,d MB a run; thread CPU min %d ms, median %d ms%n",
                generator.id(), services, allocated / 1_000_000, cpu[0] / 1_000_000, cpu[runs / 2] / 1_000_000);
    }
}
