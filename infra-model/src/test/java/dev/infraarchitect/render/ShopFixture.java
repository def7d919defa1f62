package dev.infraarchitect.render;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.CostRange;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.analysis.Usage;
import dev.infraarchitect.analysis.Usage.Scope;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shop descriptor ({@code shop.yaml}) with the analysis worked out by hand, so that the generators can be
 * tested on their own. Prices: web 12.00, api 6.00, postgres 23.00, search 29.00 and cache 0.50 per replica, plus
 * the host's 40.00.
 */
public final class ShopFixture {

    private static final long GI = Quantities.GIB;
    private static final long MI = 1L << 20;

    private ShopFixture() {
    }

    public static String yaml() {
        return resource("/dev/infraarchitect/render/shop.yaml");
    }

    public static String resource(String name) {
        try (InputStream in = ShopFixture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Analysis analysis() {
        Descriptor descriptor;
        try {
            descriptor = DescriptorLoader.parse(yaml(), "infra.yaml");
        } catch (dev.infraarchitect.load.DescriptorException e) {
            throw new IllegalStateException(e);
        }
        StartupOrder order = new StartupOrder(
                List.of(List.of("cache", "postgres", "search"), List.of("api"), List.of("web")),
                new TreeMap<>(Map.of("cache", 1, "postgres", 1, "search", 1, "api", 2, "web", 3)),
                List.of("postgres", "api", "web"));
        Placement placement = new Placement(
                new TreeMap<>(Map.of("api", "main", "web", "main", "postgres", "main", "cache", "main")),
                new TreeSet<>(List.of("cache", "postgres", "web")));

        EnvironmentPlan dev = new EnvironmentPlan("dev",
                new TreeMap<>(Map.of("web", Replicas.ONE, "api", Replicas.ONE, "postgres", Replicas.ONE,
                        "search", Replicas.ONE, "cache", Replicas.ONE)),
                new Resources(2500, 5 * GI + 768 * MI, 0, 50 * GI),
                new CostRange(new BigDecimal("110.5"), new BigDecimal("110.5")),
                descriptor.budgetsFor(descriptor.environments().get("dev")),
                List.of(
                        new Usage(Scope.HOST, "main", Resource.CPU, 2500, 8000L),
                        new Usage(Scope.HOST, "main", Resource.MEMORY, 5 * GI + 768 * MI, 14 * GI),
                        new Usage(Scope.TIER, "app", Resource.CPU, 1500, 4000L),
                        new Usage(Scope.TIER, "app", Resource.MEMORY, 1536 * MI, 3 * GI),
                        new Usage(Scope.TIER, "data", Resource.MEMORY, 4 * GI + 256 * MI, 8 * GI),
                        new Usage(Scope.BUDGET, "dev", Resource.CPU, 2500, 6000L)));
        EnvironmentPlan prod = new EnvironmentPlan("prod",
                new TreeMap<>(Map.of("web", new Replicas(1, 3), "api", new Replicas(2, 2), "postgres", Replicas.ONE,
                        "search", Replicas.ONE, "cache", Replicas.ONE)),
                new Resources(5000, 8 * GI + 256 * MI, 0, 50 * GI),
                new CostRange(new BigDecimal("116.5"), new BigDecimal("140.5")),
                descriptor.budgetsFor(descriptor.environments().get("prod")),
                List.of(
                        new Usage(Scope.HOST, "main", Resource.CPU, 5000, 8000L),
                        new Usage(Scope.HOST, "main", Resource.MEMORY, 8 * GI + 256 * MI, 14 * GI),
                        new Usage(Scope.TIER, "app", Resource.CPU, 4000, 4000L),
                        new Usage(Scope.TIER, "app", Resource.MEMORY, 4 * GI, 3 * GI),
                        new Usage(Scope.TIER, "data", Resource.MEMORY, 4 * GI + 256 * MI, 8 * GI),
                        new Usage(Scope.BUDGET, "prod", Resource.CPU, 5000, 6000L)));
        return new Analysis(descriptor, order, placement, new TreeMap<>(Map.of("dev", dev, "prod", prod)), List.of());
    }
}
