package dev.infraarchitect.analysis;

import dev.infraarchitect.model.Budgets;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Healthcheck;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Limits;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Objectives;
import dev.infraarchitect.model.Pricing;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.ServiceKind;
import dev.infraarchitect.model.SourceMap;
import dev.infraarchitect.model.TerraformConfig;
import dev.infraarchitect.model.TerraformProvider;
import dev.infraarchitect.model.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Large, realistic-looking descriptors for benchmarks, the same for the same arguments: {@code n} services with
 * about three dependencies each, always on a service with a lower number (so the graph is acyclic), spread over
 * tiers, with replica ranges, vram on about one in twenty, a few managed services, and hosts sized so that most
 * services fit.
 */
public final class SyntheticDescriptors {

    private static final long GIB = Quantities.GIB;
    private static final long MIB = 1L << 20;

    private SyntheticDescriptors() {
    }

    /** A descriptor of {@code services} services, {@code hosts} hosts and 8 tiers, from {@code seed}. */
    public static Descriptor build(int services, int hosts, long seed) {
        Random random = new Random(seed);
        SortedMap<String, Service> all = new TreeMap<>();
        long cpu = 0;
        long memory = 0;
        long vram = 0;
        for (int i = 0; i < services; i++) {
            String name = name(i);
            Set<String> dependsOn = new LinkedHashSet<>();
            for (int e = 0; e < 3 && i > 0; e++) {
                dependsOn.add(name(random.nextInt(i)));
            }
            boolean managed = random.nextInt(50) == 0;
            long serviceVram = random.nextInt(20) == 0 ? (1 + random.nextInt(8)) * GIB : 0;
            Resources resources = new Resources(100L * (1 + random.nextInt(20)), 128 * MIB * (1 + random.nextInt(32)),
                    serviceVram, GIB * random.nextInt(20));
            Replicas replicas = random.nextInt(3) == 0 ? new Replicas(1, 2 + random.nextInt(3)) : Replicas.ONE;
            boolean stateful = random.nextInt(10) == 0;
            Healthcheck healthcheck = random.nextInt(4) == 0 ? null
                    : new Healthcheck("curl -fsS http://localhost/health", Duration.ofSeconds(10), null, 3, null);
            SortedMap<String, String> environment = new TreeMap<>(Map.of("LOG_LEVEL", "info", "SERVICE_INDEX",
                    Integer.toString(i)));
            all.put(name, new Service(name, null, managed ? ServiceKind.MANAGED : ServiceKind.CONTAINER,
                    managed ? null : "registry.example.com/" + name + ":1", "tier-" + random.nextInt(8), null, null,
                    resources, replicas, List.of(), List.of("backend"), List.copyOf(dependsOn), healthcheck,
                    environment, List.of(), List.of(), stateful, null,
                    random.nextInt(10) == 0 ? BigDecimal.valueOf(random.nextInt(5000), 2) : null, new TreeMap<>()));
            if (!managed) {
                Resources demand = resources.times(replicas.max());
                cpu += demand.cpu();
                memory += demand.memory();
                vram += demand.vram();
            }
        }
        SortedMap<String, Host> hostMap = new TreeMap<>();
        int gpuHosts = Math.max(1, hosts / 4);
        for (int h = 0; h < hosts; h++) {
            String name = String.format("host-%03d", h);
            boolean gpu = h < gpuHosts;
            hostMap.put(name, new Host(name, cpu * 11 / 10 / hosts + 1000, memory * 11 / 10 / hosts + GIB,
                    gpu ? vram * 11 / 10 / gpuHosts + GIB : 0, gpu ? GpuKind.NVIDIA : GpuKind.NONE, null,
                    new Resources(500, 2 * GIB, 0, 0), BigDecimal.valueOf(100 + h)));
        }
        SortedMap<String, Tier> tiers = new TreeMap<>();
        for (int t = 0; t < 8; t++) {
            tiers.put("tier-" + t, new Tier("tier-" + t, null, new Limits(Map.of(Resource.MEMORY, memory / 8))));
        }
        SortedMap<String, Environment> environments = new TreeMap<>();
        environments.put("dev", new Environment("dev", new Budgets(Limits.NONE, BigDecimal.valueOf(1000)), 1));
        environments.put("prod", new Environment("prod", Budgets.NONE, null));
        SortedMap<String, Network> networks = new TreeMap<>(Map.of("backend", new Network("backend", null, true)));
        Budgets budgets = new Budgets(new Limits(Map.of(Resource.CPU, cpu, Resource.MEMORY, memory)), null);
        Pricing pricing = new Pricing(new BigDecimal("20"), new BigDecimal("3"), new BigDecimal("40"),
                new BigDecimal("0.1"));
        return new Descriptor("synthetic", null, "USD", hostMap, tiers, networks, environments, budgets, pricing,
                new Objectives(new BigDecimal("99.9"), Duration.ofMinutes(5), Duration.ofHours(1)), all, new ArrayList<>(),
                new TerraformConfig(TerraformProvider.DOCKER, false, null, null), SourceMap.empty("infra.yaml"));
    }

    private static String name(int i) {
        return String.format("svc-%06d", i);
    }
}
