package dev.infraarchitect.render;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.render.adr.AdrGenerator;
import dev.infraarchitect.render.compose.ComposeGenerator;
import dev.infraarchitect.render.docs.DocsGenerator;
import dev.infraarchitect.render.kubernetes.KubernetesGenerator;
import dev.infraarchitect.render.terraform.TerraformGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/** The generators the plugin offers, by id, in the order they run and write. */
public final class Generators {

    private static final Map<String, Generator> ALL = byId(List.of(
            new ComposeGenerator(), new TerraformGenerator(), new AdrGenerator(), new DocsGenerator(),
            new KubernetesGenerator(true), new KubernetesGenerator(false)));

    private Generators() {
    }

    private static Map<String, Generator> byId(List<Generator> generators) {
        Map<String, Generator> map = new LinkedHashMap<>();
        generators.forEach(g -> map.put(g.id(), g));
        return map;
    }

    /** {@code compose, terraform, adr, docs, kubernetes, kubernetes-no-wait}. */
    public static List<String> ids() {
        return List.copyOf(ALL.keySet());
    }

    /** One id per kind of output: every generator but the variants that write another's files. */
    public static List<String> everyOutput() {
        return ids().stream().filter(id -> !id.equals(KubernetesGenerator.NO_WAIT_ID)).toList();
    }

    /**
     * The generators named in {@code ids} (trimmed, case-insensitive, duplicates ignored), in their standard order.
     *
     * @throws UnknownGeneratorException for an id no generator has, with the nearest known one
     * @throws ConflictingGeneratorsException for {@code kubernetes} together with {@code kubernetes-no-wait}, two
     *         variants of one generator that write the same files
     */
    public static List<Generator> select(Collection<String> ids) {
        List<String> wanted = new ArrayList<>();
        for (String id : ids) {
            String normalized = id.trim().toLowerCase(Locale.ROOT);
            if (normalized.isEmpty()) {
                continue;
            }
            if (!ALL.containsKey(normalized)) {
                throw new UnknownGeneratorException(id.trim(), ALL.keySet());
            }
            wanted.add(normalized);
        }
        if (wanted.contains(KubernetesGenerator.ID) && wanted.contains(KubernetesGenerator.NO_WAIT_ID)) {
            throw new ConflictingGeneratorsException(KubernetesGenerator.ID, KubernetesGenerator.NO_WAIT_ID);
        }
        return ALL.values().stream().filter(g -> wanted.contains(g.id())).toList();
    }

    /**
     * Every file the selected generators produce, sorted by path. The generators run side by side, on at most as
     * many threads as there are processors (the calling thread included); they share nothing but the immutable
     * analysis and the thread-safe templates, so the result is the same as one after the other. When several fail,
     * the failure of the first in standard order is thrown, as a serial run would.
     */
    public static List<GeneratedFile> generate(List<Generator> generators,
            Analysis analysis, Templates templates) {
        int threads = Math.min(generators.size(), Runtime.getRuntime().availableProcessors());
        List<List<GeneratedFile>> outputs = threads <= 1
                ? generators.stream().map(g -> g.generate(analysis, templates)).toList()
                : inParallel(generators, threads, g -> g.generate(analysis, templates));
        List<GeneratedFile> files = new ArrayList<>();
        outputs.forEach(files::addAll);
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }

    /**
     * {@code work} applied to every generator, the calling thread taking part. Threads are made per call rather than
     * borrowed from a shared pool: they inherit the caller's context class loader (a Maven plugin's realm), and a
     * reactor building modules in parallel cannot starve a pool it does not know.
     */
    private static List<List<GeneratedFile>> inParallel(List<Generator> generators, int threads,
            Function<Generator, List<GeneratedFile>> work) {
        AtomicInteger next = new AtomicInteger();
        AtomicReferenceArray<Object> results =
                new AtomicReferenceArray<>(generators.size());
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < generators.size(); i = next.getAndIncrement()) {
                try {
                    results.set(i, work.apply(generators.get(i)));
                } catch (RuntimeException | Error e) {
                    results.set(i, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(worker, "infra-generate-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers finish what they hold; the caller sees the interrupt after
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        List<List<GeneratedFile>> outputs = new ArrayList<>();
        for (int i = 0; i < generators.size(); i++) {
            Object result = results.get(i);
            if (result instanceof RuntimeException e) {
                throw e;
            }
            if (result instanceof Error e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<GeneratedFile> files = (List<GeneratedFile>) result;
            outputs.add(files);
        }
        return outputs;
    }
}
