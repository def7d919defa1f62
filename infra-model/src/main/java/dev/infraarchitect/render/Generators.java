package dev.infraarchitect.render;

import dev.infraarchitect.render.adr.AdrGenerator;
import dev.infraarchitect.render.compose.ComposeGenerator;
import dev.infraarchitect.render.docs.DocsGenerator;
import dev.infraarchitect.render.kubernetes.KubernetesGenerator;
import dev.infraarchitect.render.terraform.TerraformGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of the generators the plugin offers, in the order they run and write: their ids, what each writes,
 * which run by default and which exclude each other. Selection, the plugin's checks of {@code generators}, its help
 * and the README (held to this by tests) all take their generators from here. A generator's class is loaded only
 * when it is selected.
 */
public final class Generators {

    private static final List<GeneratorInfo> ALL = List.of(
            new GeneratorInfo(ComposeGenerator.ID, "Docker Compose files, one per environment and host", true, null,
                    List.of()),
            new GeneratorInfo(TerraformGenerator.ID, "a Terraform skeleton per environment, with modules and a"
                    + " state backend", true, null, List.of()),
            new GeneratorInfo(AdrGenerator.ID, "one architecture decision record per decision, and an index", true,
                    null, List.of("adr/decision.md.ftl", "adr/index.md.ftl")),
            new GeneratorInfo(DocsGenerator.ID, "an architecture page: services, dependency graph, deployment and"
                    + " capacity plan", true, null, List.of("docs/architecture.md.ftl")),
            new GeneratorInfo(KubernetesGenerator.ID, "manifests for kubectl apply -k whose pods wait in init"
                    + " containers for the services they depend on", false, KubernetesGenerator.NO_WAIT_ID, List.of()),
            new GeneratorInfo(KubernetesGenerator.NO_WAIT_ID, "the same manifests without waiting for dependencies",
                    false, KubernetesGenerator.ID, List.of()));

    private Generators() {
    }

    /** The generator behind a registered id; the switch keeps every other generator's classes unloaded. */
    private static Generator create(String id) {
        return switch (id) {
            case ComposeGenerator.ID -> new ComposeGenerator();
            case TerraformGenerator.ID -> new TerraformGenerator();
            case AdrGenerator.ID -> new AdrGenerator();
            case DocsGenerator.ID -> new DocsGenerator();
            case KubernetesGenerator.ID -> new KubernetesGenerator(true);
            case KubernetesGenerator.NO_WAIT_ID -> new KubernetesGenerator(false);
            default -> throw new IllegalStateException("generator '" + id + "' is registered but not created");
        };
    }

    /** Every generator, in the order they run. */
    public static List<GeneratorInfo> all() {
        return ALL;
    }

    public static Optional<GeneratorInfo> byId(String id) {
        for (GeneratorInfo info : ALL) {
            if (info.id().equals(id)) {
                return Optional.of(info);
            }
        }
        return Optional.empty();
    }

    /** {@code compose, terraform, adr, docs, kubernetes, kubernetes-no-wait}. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (GeneratorInfo info : ALL) {
            ids.add(info.id());
        }
        return List.copyOf(ids);
    }

    /** The generators that run when {@code generators} is not set: {@code compose, terraform, adr, docs}. */
    public static List<String> defaultIds() {
        List<String> ids = new ArrayList<>();
        for (GeneratorInfo info : ALL) {
            if (info.byDefault()) {
                ids.add(info.id());
            }
        }
        return List.copyOf(ids);
    }

    /** One id per kind of output: every generator that does not conflict with one listed before it. */
    public static List<String> everyOutput() {
        List<String> ids = new ArrayList<>();
        for (GeneratorInfo info : ALL) {
            if (info.conflictsWith() == null || !ids.contains(info.conflictsWith())) {
                ids.add(info.id());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The generators named in {@code entries}, each an id or a comma-separated list of ids (trimmed,
     * case-insensitive, repeats ignored), in their standard order.
     *
     * @throws UnknownGeneratorException for an id no generator has, with the nearest known one
     * @throws NoGeneratorSelectedException when the entries name no generator at all
     * @throws ConflictingGeneratorsException for two generators that write the same files, such as
     *         {@code kubernetes} and {@code kubernetes-no-wait}
     */
    public static List<Generator> select(Collection<String> entries) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String entry : entries) {
            for (String part : entry.split(",")) {
                String id = part.trim().toLowerCase(Locale.ROOT);
                if (id.isEmpty()) {
                    continue;
                }
                if (byId(id).isEmpty()) {
                    throw new UnknownGeneratorException(part.trim(), ids());
                }
                wanted.add(id);
            }
        }
        if (wanted.isEmpty()) {
            throw new NoGeneratorSelectedException(ids());
        }
        List<Generator> selected = new ArrayList<>();
        for (GeneratorInfo info : ALL) {
            if (!wanted.contains(info.id())) {
                continue;
            }
            if (info.conflictsWith() != null && wanted.contains(info.conflictsWith())) {
                throw new ConflictingGeneratorsException(info.id(), info.conflictsWith());
            }
            selected.add(create(info.id()));
        }
        return List.copyOf(selected);
    }

    /** The templates the {@code generators} render, each once, in their order. */
    public static List<String> templates(List<Generator> generators) {
        Set<String> names = new LinkedHashSet<>();
        for (Generator generator : generators) {
            byId(generator.id()).ifPresent(info -> names.addAll(info.templates()));
        }
        return List.copyOf(names);
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
