package dev.infraarchitect.analysis;

import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Budgets;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Objectives;
import dev.infraarchitect.model.Pricing;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.ServiceKind;
import dev.infraarchitect.model.SourceMap;
import dev.infraarchitect.model.TerraformConfig;
import dev.infraarchitect.model.TerraformProvider;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Descriptors for tests: YAML text through the real loader, or records built directly for very large graphs. */
public final class TestDescriptors {

    private TestDescriptors() {
    }

    /** Loads YAML written as lines, so that test descriptors read like the real thing. */
    public static Descriptor yaml(String... lines) {
        try {
            return DescriptorLoader.parse(String.join("\n", lines) + "\n", "infra.yaml");
        } catch (DescriptorException e) {
            throw new IllegalArgumentException("test descriptor does not load:\n" + e.getMessage(), e);
        }
    }

    public static Analysis analyze(String... lines) {
        return new Analyzer().analyze(yaml(lines), AnalysisOptions.DEFAULTS);
    }

    /** Messages of the findings of {@code rule}, in the analysis' order. */
    public static List<String> messages(Analysis analysis, String rule) {
        return analysis.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).toList();
    }

    /** A plain container service with no resources, depending on {@code dependsOn}. */
    public static Service container(String name, List<String> dependsOn) {
        return new Service(name, null, ServiceKind.CONTAINER, "busybox:1", null, null, null, Resources.ZERO,
                Replicas.ONE, List.of(), List.of(), dependsOn, null, new TreeMap<>(), List.of(), List.of(), false,
                null, null, new TreeMap<>());
    }

    /** A descriptor of just {@code services}, built without YAML (no positions). */
    public static Descriptor ofServices(Map<String, Service> services) {
        SortedMap<String, Environment> environments = new TreeMap<>();
        environments.put(Environment.DEFAULT_NAME, new Environment(Environment.DEFAULT_NAME, Budgets.NONE, null));
        return new Descriptor("test", null, "USD", new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), environments,
                Budgets.NONE, Pricing.NONE, Objectives.NONE, new TreeMap<>(services), List.of(),
                new TerraformConfig(TerraformProvider.AWS, false, null, null), SourceMap.empty("infra.yaml"));
    }
}
