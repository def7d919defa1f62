package dev.infraarchitect.render;

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
     * Every file the selected generators produce, sorted by path. They run one after the other, so that the first
     * failure in order is the one thrown and no build pays for setting up threads.
     */
    public static List<GeneratedFile> generate(List<Generator> generators, GenerationContext context) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Generator generator : generators) {
            files.addAll(generator.generate(context));
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }
}
