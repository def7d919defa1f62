package dev.infraarchitect.plan;

import static dev.infraarchitect.model.Quantities.GIB;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.CostRange;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.analysis.Usage;
import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A small system with hosts, tiers, two environments, a replica range, a managed service, two errors and a warning.
 * The analysis is written out by hand (what the engine would conclude), so these tests depend on the output code only.
 */
final class PlanFixture {

    static final String YAML = """
            project: acme
            description: Demo platform
            hosts:
              acc-main:
                cpu: 24
                memory: 61Gi
                vram: 24Gi
                gpu: amd
                storage: 2Ti
                reserve: { memory: 2Gi }
                cost: 80
              edge:
                cpu: 4
                memory: 8Gi
            tiers:
              foundation: { cpu: 10, memory: 8Gi }
              ai-core: { memory: 30Gi, vram: 16Gi }
            environments:
              dev:
                budgets: { cost: 50, memory: 16Gi }
                replicas: 1
              prod:
                budgets: { cost: 500 }
            budgets:
              memory: 59Gi
            pricing: { cpu: 10, memory: 2 }
            services:
              postgres:
                image: postgres:16
                tier: foundation
                host: acc-main
                resources: { cpu: 2, memory: 4Gi, storage: 100Gi }
                stateful: true
              api:
                image: ghcr.io/acme/api:1.4
                tier: foundation
                resources: { cpu: 0.5, memory: 1Gi }
                replicas: { min: 2, max: 4 }
                dependsOn: [postgres]
              web:
                image: ghcr.io/acme/web:2.0
                resources: { cpu: 250m, memory: 512Mi }
                dependsOn: [api]
              ollama:
                image: ollama/ollama:0.5
                tier: ai-core
                host: acc-main
                resources: { cpu: 4, memory: 16Gi, vram: 16Gi }
              auth:
                kind: managed
                cost: 25
            """;

    private static final long MI = 1L << 20;
    private static final long TI = 1L << 40;

    private PlanFixture() {
    }

    static Descriptor descriptor() {
        try {
            return DescriptorLoader.parse(YAML, "infra.yaml");
        } catch (DescriptorException e) {
            throw new IllegalStateException(e);
        }
    }

    static Analysis analysis() {
        Descriptor d = descriptor();
        StartupOrder order = new StartupOrder(
                List.of(List.of("auth", "ollama", "postgres"), List.of("api"), List.of("web")),
                new TreeMap<>(java.util.Map.of("auth", 1, "ollama", 1, "postgres", 1, "api", 2, "web", 3)),
                List.of("postgres", "api", "web"));
        Placement placement = new Placement(
                new TreeMap<>(java.util.Map.of("postgres", "acc-main", "ollama", "acc-main", "web", "acc-main",
                        "api", "edge")),
                new TreeSet<>(List.of("api", "web")));

        List<Usage> dev = new ArrayList<>();
        hostAccMain(dev);
        dev.addAll(four(Usage.Scope.HOST, "edge", 500, 4000L, GIB, 8 * GIB, 0, 0L, 0, null));
        tierAiCore(dev);
        dev.addAll(four(Usage.Scope.TIER, "foundation", 2500, 10_000L, 5 * GIB, 8 * GIB, 0, null, 100 * GIB, null));
        dev.addAll(four(Usage.Scope.BUDGET, "dev", 6750, null, 21 * GIB + 512 * MI, 16 * GIB, 16 * GIB, null,
                100 * GIB, null));

        List<Usage> prod = new ArrayList<>();
        hostAccMain(prod);
        prod.addAll(four(Usage.Scope.HOST, "edge", 2000, 4000L, 4 * GIB, 8 * GIB, 0, 0L, 0, null));
        tierAiCore(prod);
        prod.addAll(four(Usage.Scope.TIER, "foundation", 4000, 10_000L, 8 * GIB, 8 * GIB, 0, null, 100 * GIB, null));
        prod.addAll(four(Usage.Scope.BUDGET, "prod", 8250, null, 24 * GIB + 512 * MI, 59 * GIB, 16 * GIB, null,
                100 * GIB, null));

        TreeMap<String, Replicas> devReplicas = replicas(Replicas.ONE);
        TreeMap<String, Replicas> prodReplicas = replicas(new Replicas(2, 4));
        TreeMap<String, EnvironmentPlan> environments = new TreeMap<>();
        environments.put("dev", new EnvironmentPlan("dev", devReplicas,
                new Resources(6750, 21 * GIB + 512 * MI, 16 * GIB, 100 * GIB),
                new CostRange(new BigDecimal("215.5"), new BigDecimal("215.5")),
                d.budgetsFor(d.environments().get("dev")), dev));
        environments.put("prod", new EnvironmentPlan("prod", prodReplicas,
                new Resources(8250, 24 * GIB + 512 * MI, 16 * GIB, 100 * GIB),
                new CostRange(new BigDecimal("222.5"), new BigDecimal("236.5")),
                d.budgetsFor(d.environments().get("prod")), prod));

        List<Finding> findings = List.of(
                new Finding(Severity.ERROR, "cost-ceiling",
                        "cost exceeded in dev: 215.50 USD per month, ceiling 50.00 USD (+165.50 USD)",
                        List.of(), d.locate("/environments/dev/budgets/cost")),
                new Finding(Severity.ERROR, "budget",
                        "budget memory exceeded in dev: 21.5Gi requested, ceiling 16Gi (+5.5Gi); largest: ollama 16Gi,"
                                + " postgres 4Gi, api 1Gi",
                        List.of("api", "ollama", "postgres"), d.locate("/environments/dev/budgets/memory")),
                new Finding(Severity.WARNING, "stateful-without-backup",
                        "postgres is stateful and has no backup", List.of("postgres"),
                        d.locate("/services/postgres/stateful")));
        return new Analysis(d, order, placement, environments, findings);
    }

    private static TreeMap<String, Replicas> replicas(Replicas api) {
        TreeMap<String, Replicas> replicas = new TreeMap<>();
        for (String service : List.of("auth", "ollama", "postgres", "web")) {
            replicas.put(service, Replicas.ONE);
        }
        replicas.put("api", api);
        return replicas;
    }

    private static void hostAccMain(List<Usage> usages) {
        usages.addAll(four(Usage.Scope.HOST, "acc-main", 6250, 24_000L, 20 * GIB + 512 * MI, 59 * GIB, 16 * GIB,
                24 * GIB, 100 * GIB, 2 * TI));
    }

    private static void tierAiCore(List<Usage> usages) {
        usages.addAll(four(Usage.Scope.TIER, "ai-core", 4000, null, 16 * GIB, 30 * GIB, 16 * GIB, 16 * GIB, 0, null));
    }

    /** The four usages of one host, tier or budget, in resource order. */
    static List<Usage> four(Usage.Scope scope, String name, long cpu, Long cpuLimit, long memory, Long memoryLimit,
            long vram, Long vramLimit, long storage, Long storageLimit) {
        return List.of(
                new Usage(scope, name, Resource.CPU, cpu, cpuLimit),
                new Usage(scope, name, Resource.MEMORY, memory, memoryLimit),
                new Usage(scope, name, Resource.VRAM, vram, vramLimit),
                new Usage(scope, name, Resource.STORAGE, storage, storageLimit));
    }
}
