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
import dev.infraarchitect.model.Budgets;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Location;
import dev.infraarchitect.model.Objectives;
import dev.infraarchitect.model.Pricing;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.ServiceKind;
import dev.infraarchitect.model.SourceMap;
import dev.infraarchitect.model.TerraformConfig;
import dev.infraarchitect.model.TerraformProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A generated system of any size for the long-section and large-output tests: {@code services} containers of
 * 100m and 1Gi spread round-robin over {@code hosts} hosts and {@code phases} phases, a critical path through one
 * service per phase, and one warning per service.
 */
final class SyntheticSystem {

    private SyntheticSystem() {
    }

    static String service(int i) {
        return String.format("svc-%05d", i);
    }

    static String host(int i) {
        return String.format("host-%03d", i);
    }

    static Analysis of(int services, int hosts, int phases, int errors) {
        TreeMap<String, Host> hostMap = new TreeMap<>();
        for (int h = 0; h < hosts; h++) {
            hostMap.put(host(h), new Host(host(h), 64_000, 256 * GIB, 0, GpuKind.NONE, null, Resources.ZERO, null));
        }
        TreeMap<String, Service> serviceMap = new TreeMap<>();
        TreeMap<String, String> hostOf = new TreeMap<>();
        TreeSet<String> automatic = new TreeSet<>();
        TreeMap<String, Integer> phaseOf = new TreeMap<>();
        TreeMap<String, Replicas> replicas = new TreeMap<>();
        List<List<String>> phaseLists = new ArrayList<>();
        for (int p = 0; p < phases; p++) {
            phaseLists.add(new ArrayList<>());
        }
        long[] perHost = new long[hosts];
        for (int i = 0; i < services; i++) {
            String name = service(i);
            serviceMap.put(name, new Service(name, null, ServiceKind.CONTAINER, "img:1", null, null, null,
                    new Resources(100, GIB, 0, 0), Replicas.ONE, List.of(), List.of(), List.of(), null,
                    new TreeMap<>(), List.of(), List.of(), false, null, null, new TreeMap<>()));
            hostOf.put(name, host(i % hosts));
            perHost[i % hosts]++;
            if (i % 2 == 1) {
                automatic.add(name);
            }
            phaseOf.put(name, i % phases + 1);
            phaseLists.get(i % phases).add(name);
            replicas.put(name, Replicas.ONE);
        }
        List<String> criticalPath = new ArrayList<>();
        for (int p = 0; p < phases && p < services; p++) {
            criticalPath.add(service(p));
        }
        List<Usage> usage = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            usage.add(new Usage(Usage.Scope.HOST, host(h), Resource.CPU, perHost[h] * 100, 64_000L));
            usage.add(new Usage(Usage.Scope.HOST, host(h), Resource.MEMORY, perHost[h] * GIB, 256 * GIB));
            usage.add(new Usage(Usage.Scope.HOST, host(h), Resource.VRAM, 0, 0L));
            usage.add(new Usage(Usage.Scope.HOST, host(h), Resource.STORAGE, 0, null));
        }
        Descriptor descriptor = new Descriptor("big", null, "USD", hostMap, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(java.util.Map.of("prod", new Environment("prod", Budgets.NONE, null))), Budgets.NONE,
                Pricing.NONE, Objectives.NONE, serviceMap, List.of(),
                new TerraformConfig(TerraformProvider.DOCKER, false, null, null), SourceMap.empty("infra.yaml"));
        TreeMap<String, EnvironmentPlan> environments = new TreeMap<>();
        environments.put("prod", new EnvironmentPlan("prod", replicas,
                new Resources(services * 100L, services * GIB, 0, 0),
                new CostRange(BigDecimal.ZERO, BigDecimal.ZERO), Budgets.NONE, usage));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            findings.add(new Finding(Severity.ERROR, "unplaceable", service(i) + " fits on no host",
                    List.of(service(i)), new Location("infra.yaml", i + 1, 3)));
        }
        for (int i = 0; i < services; i++) {
            findings.add(new Finding(Severity.WARNING, "missing-healthcheck", service(i) + " has no healthcheck",
                    List.of(service(i)), new Location("infra.yaml", i + 1, 5)));
        }
        return new Analysis(descriptor, new StartupOrder(phaseLists, phaseOf, criticalPath),
                new Placement(hostOf, automatic), environments, findings);
    }
}
