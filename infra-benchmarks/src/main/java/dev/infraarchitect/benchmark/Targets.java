package dev.infraarchitect.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.Generators;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures the performance targets directly and prints one table: the in-memory pipeline (load, analysis, every
 * generator) against Jackson's bare YAML parse of the same text, the pipeline's growth from 10,000 to 100,000
 * services, and the peak heap of a 20,000-service pipeline in a child JVM capped at 512 MiB. Times are medians of
 * a few runs after a warm-up that lasts until the JIT compiler is quiet ({@link JitWarmup}); give the JVM room for
 * 100,000 services ({@code -Xmx3g}).
 *
 * <p>Options: {@code --runs N} (measured runs, default 5), {@code --warmup N} (fewest warm-up runs, default 3),
 * {@code --max-warmup N} (most warm-up runs while the compiler is busy, default 40),
 * {@code --only ratio,scaling,heap} (add {@code stages} for each generator's own time, no target), {@code --services N} (size of the ratio and heap runs, default 20000).
 */
public final class Targets {

    private static final PrintStream OUT = System.out;
    private static final long MIB = 1024 * 1024;
    private static final String CHILD = "--child-heap";

    private final int runs;
    private final int warmup;
    private final int maxWarmup;
    private final int services;
    private final List<String> generators;
    private final List<String[]> rows = new ArrayList<>();

    private Targets(int runs, int warmup, int maxWarmup, int services, List<String> generators) {
        this.runs = runs;
        this.warmup = warmup;
        this.maxWarmup = maxWarmup;
        this.services = services;
        this.generators = generators;
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        int warmup = 3;
        int maxWarmup = 40;
        int services = 20_000;
        List<String> only = List.of("ratio", "scaling", "heap");
        List<String> generators = Generators.everyOutput();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--max-warmup" -> maxWarmup = Integer.parseInt(args[++i]);
                case "--services" -> services = Integer.parseInt(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--generators" -> generators = List.of(args[++i].split(","));
                case CHILD -> {
                    childHeap(Integer.parseInt(args[++i]), List.of(args[++i].split(",")));
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --runs N, --warmup N, --max-warmup N, --services N,"
                        + " --only ratio,scaling,heap,stages, --generators a,b (default: every kind of output)");
            }
        }
        OUT.printf(Locale.ROOT, "JVM %s, %d processors, max heap %d MiB; %d to %d warm-up runs (until the JIT"
                + " compiler is quiet) and %d measured runs; generators %s%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MIB, warmup,
                Math.max(warmup, maxWarmup), runs, String.join(",", generators));
        Targets targets = new Targets(runs, warmup, maxWarmup, services, generators);
        if (only.contains("stages")) {
            targets.stages();
        }
        if (only.contains("ratio")) {
            targets.ratioToBareParse();
        }
        if (only.contains("scaling")) {
            targets.scaling();
        }
        if (only.contains("heap")) {
            targets.heap();
        }
        targets.printTable();
    }

    /** Stage times of one pipeline run, in nanoseconds, and the CPU time of the whole process during it. */
    private record Stages(long load, long analyze, long generate, long bytes, long cpu) {

        long total() {
            return load + analyze + generate;
        }
    }

    private static Stages pipeline(String text, List<String> generators) {
        long cpu = Pipeline.processCpu();
        long t0 = System.nanoTime();
        Descriptor descriptor = Pipeline.load(text);
        long t1 = System.nanoTime();
        Analysis analysis = Pipeline.analyze(descriptor);
        long t2 = System.nanoTime();
        List<GeneratedFile> files = Pipeline.generate(analysis, generators);
        long t3 = System.nanoTime();
        cpu = Pipeline.processCpu() - cpu;
        long bytes = files.stream().mapToLong(GeneratedFile::size).sum();
        return new Stages(t1 - t0, t2 - t1, t3 - t2, bytes, cpu);
    }

    /** Wall and process CPU time of one bare parse, in nanoseconds. */
    private static long[] bareParse(ObjectMapper mapper, String text) throws IOException {
        long cpu = Pipeline.processCpu();
        long start = System.nanoTime();
        if (mapper.readTree(text).size() == 0) {
            throw new IllegalStateException("empty tree");
        }
        return new long[] {System.nanoTime() - start, Pipeline.processCpu() - cpu};
    }

    private void ratioToBareParse() throws IOException {
        String text = SyntheticSystem.yaml(services);
        ObjectMapper bare = LoadBenchmark.bareYamlMapper();
        OUT.printf(Locale.ROOT, "%n%,d services: %.1f MB of YAML%n", services, text.length() / 1e6);
        JitWarmup.Result warm = JitWarmup.run(warmup, maxWarmup, () -> {
            try {
                bareParse(bare, text);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            pipeline(text, generators);
        });
        OUT.println("  " + warm.describe());
        long[] jit = new long[runs];
        long[] bareTimes = new long[runs];
        long[] bareCpu = new long[runs];
        long[] pipelineCpu = new long[runs];
        long[] load = new long[runs];
        long[] analyze = new long[runs];
        long[] generate = new long[runs];
        long[] total = new long[runs];
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long compiling = JitWarmup.compilingMillis();
            long[] parsed = bareParse(bare, text);
            bareTimes[i] = parsed[0];
            bareCpu[i] = parsed[1];
            System.gc();
            Stages stages = pipeline(text, generators);
            pipelineCpu[i] = stages.cpu();
            load[i] = stages.load();
            analyze[i] = stages.analyze();
            generate[i] = stages.generate();
            total[i] = stages.total();
            bytes = stages.bytes();
            jit[i] = JitWarmup.compilingMillis() - compiling;
            OUT.printf(Locale.ROOT, "  run %d: bare parse %s, pipeline %s (load %s, analysis %s, generators %s);"
                            + " process CPU: bare parse %s, pipeline %s; JIT compiling %d ms%n", i + 1,
                    ms(bareTimes[i]), ms(total[i]), ms(load[i]), ms(analyze[i]), ms(generate[i]), ms(bareCpu[i]),
                    ms(pipelineCpu[i]), jit[i]);
        }
        OUT.printf(Locale.ROOT, "  medians: bare parse %s; load %s, analysis %s, generators %s (%.1f MB out);"
                        + " spread of pipeline runs %s; JIT compiling %d ms a run%n", ms(median(bareTimes)),
                ms(median(load)), ms(median(analyze)), ms(median(generate)), bytes / 1e6, spread(total), median(jit));
        double ratio = (double) median(total) / median(bareTimes);
        row(String.format(Locale.ROOT, "pipeline / bare YAML parse, %,d services", services),
                String.format(Locale.ROOT, "%.2fx (%s / %s)", ratio, ms(median(total)), ms(median(bareTimes))),
                "<= 2x", ratio <= 2.0);
        double cpuRatio = (double) median(pipelineCpu) / median(bareCpu);
        row("  same, in process CPU time (less sensitive to a busy machine)",
                String.format(Locale.ROOT, "%.2fx (%s / %s)", cpuRatio, ms(median(pipelineCpu)), ms(median(bareCpu))),
                "<= 2x", cpuRatio <= 2.0);
    }

    /** Each generator on its own, for finding where the time goes; informational, no target. */
    private void stages() {
        Analysis analysis = Pipeline.analyze(Pipeline.load(SyntheticSystem.yaml(services)));
        OUT.printf(Locale.ROOT, "%nper generator, %,d services (median of %d after warm-up):%n", services, runs);
        for (String id : Generators.ids()) {
            List<String> ids = List.of(id);
            JitWarmup.run(warmup, maxWarmup, () -> Pipeline.generate(analysis, ids));
            long[] times = new long[runs];
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                System.gc();
                long start = System.nanoTime();
                List<GeneratedFile> files = Pipeline.generate(analysis, ids);
                times[i] = System.nanoTime() - start;
                bytes = files.stream().mapToLong(GeneratedFile::size).sum();
            }
            OUT.printf(Locale.ROOT, "  %-10s %10s  (%s; %.1f MB)%n", id, ms(median(times)), spread(times), bytes / 1e6);
        }
    }

    private void scaling() {
        String small = SyntheticSystem.yaml(10_000);
        String large = SyntheticSystem.yaml(100_000);
        OUT.printf(Locale.ROOT, "%nscaling: 10,000 services (%.1f MB) vs 100,000 services (%.1f MB)%n",
                small.length() / 1e6, large.length() / 1e6);
        OUT.println("  " + JitWarmup.run(warmup, maxWarmup, () -> pipeline(small, generators)).describe());
        pipeline(large, generators);
        long[] smallTimes = new long[runs];
        long[] largeTimes = new long[runs];
        long[] smallCpu = new long[runs];
        long[] largeCpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            Stages smallStages = pipeline(small, generators);
            smallTimes[i] = smallStages.total();
            smallCpu[i] = smallStages.cpu();
            System.gc();
            Stages stages = pipeline(large, generators);
            largeTimes[i] = stages.total();
            largeCpu[i] = stages.cpu();
            OUT.printf(Locale.ROOT, "  run %d: 10,000 %s; 100,000 %s (load %s, analysis %s, generators %s)%n",
                    i + 1, ms(smallTimes[i]), ms(largeTimes[i]), ms(stages.load()), ms(stages.analyze()),
                    ms(stages.generate()));
        }
        double ratio = (double) median(largeTimes) / median(smallTimes);
        row("pipeline 100,000 / 10,000 services",
                String.format(Locale.ROOT, "%.2fx (%s / %s)", ratio, ms(median(largeTimes)), ms(median(smallTimes))),
                "<= 12x", ratio <= 12.0);
        double cpuRatio = (double) median(largeCpu) / median(smallCpu);
        row("  same, in process CPU time",
                String.format(Locale.ROOT, "%.2fx (%s / %s)", cpuRatio, ms(median(largeCpu)), ms(median(smallCpu))),
                "<= 12x", cpuRatio <= 12.0);
    }

    private void heap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Targets.class.getName(), CHILD, Integer.toString(services), String.join(",", generators));
        OUT.printf(Locale.ROOT, "%nheap: %s ... %s %d in a child JVM with -Xmx512m%n", java, CHILD, services);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                OUT.println("  child: " + line);
                if (line.startsWith("peak ")) {
                    result = line;
                }
            }
        }
        int exit = child.waitFor();
        boolean ok = exit == 0 && result != null;
        row(String.format(Locale.ROOT, "pipeline of %,d services under -Xmx512m", services),
                ok ? "completed" : "failed (exit " + exit + ")", "completes", ok);
        if (ok) {
            long peak = Long.parseLong(result.split(" ")[1]);
            row("  peak used heap (max before/at any GC)", peak / MIB + " MiB", "< 512 MiB", peak < 512 * MIB);
            long live = Long.parseLong(result.split(" ")[2]);
            row("  largest heap left after a GC", live / MIB + " MiB", "(live set)", true);
        }
    }

    /**
     * The child side of {@link #heap()}: one pipeline run on a prepared text, watching the heap through GC
     * notifications (used before and after every collection) and the pools' peak usage; prints
     * {@code peak <bytes> <live-bytes> <pool-peak-sum>}.
     */
    private static void childHeap(int services, List<String> generators) {
        String text = SyntheticSystem.yaml(services);
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong maxBefore = new AtomicLong(heapUsed());
        AtomicLong maxAfter = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                maxBefore.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                maxAfter.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            }, null, null);
        }
        long start = System.nanoTime();
        Stages stages = pipeline(text, generators);
        long elapsed = System.nanoTime() - start;
        maxBefore.accumulateAndGet(heapUsed(), Math::max);
        long poolPeaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        OUT.printf(Locale.ROOT, "%,d services, %.1f MB YAML -> %.1f MB generated in %s; max heap %d MiB%n",
                services, text.length() / 1e6, stages.bytes() / 1e6, ms(elapsed), Runtime.getRuntime().maxMemory() / MIB);
        OUT.printf(Locale.ROOT, "used heap: max before a GC %d MiB, max after a GC %d MiB, sum of pool peaks %d MiB"
                + " (pools peak at different moments, so the sum overstates)%n", maxBefore.get() / MIB,
                maxAfter.get() / MIB, poolPeaks / MIB);
        OUT.printf(Locale.ROOT, "peak %d %d %d%n", maxBefore.get(), maxAfter.get(), poolPeaks);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long sum(Map<String, MemoryUsage> usages) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = usages.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                sum += usage.getUsed();
            }
        }
        return sum;
    }

    private void row(String target, String measured, String limit, boolean met) {
        rows.add(new String[] {target, measured, limit, met ? "met" : "MISSED"});
    }

    private void printTable() {
        String[] header = {"target", "measured", "limit", "result"};
        int[] widths = new int[header.length];
        for (String[] row : concat(header)) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        OUT.println();
        for (String[] row : concat(header)) {
            StringBuilder line = new StringBuilder("| ");
            for (int c = 0; c < row.length; c++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[c] + "s | ", row[c]));
            }
            OUT.println(line.toString().stripTrailing());
            if (row == header) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append("-".repeat(width + 2)).append('|');
                }
                OUT.println(rule);
            }
        }
    }

    private List<String[]> concat(String[] header) {
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String spread(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%s..%s", ms(sorted[0]), ms(sorted[sorted.length - 1]));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%,d ms", nanos / 1_000_000);
    }
}
