package dev.infraarchitect.render.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.CostRange;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Budgets;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Golden;
import dev.infraarchitect.render.ShopFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DocsGeneratorTest {

    private final List<GeneratedFile> files =
            new DocsGenerator().generate(GenerationContext.of(ShopFixture.analysis()));

    @Test
    void writesOnePage() {
        assertThat(files).extracting(GeneratedFile::path).containsExactly("docs/architecture.md");
    }

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.assertMatches(files);
    }

    @Test
    void inventoryShowsPlacementAndCostPerEnvironment() {
        assertThat(page()).contains(
                "| Service | Kind | Tier | Host | Phase | CPU | Memory | VRAM | Storage | Replicas | Cost dev | Cost prod |",
                "| web | container | app | main (placed) | 3 | 1 | 1Gi | 0 | 0 | 1..3 | 12.00 | 12.00..36.00 |",
                "| api | container | app | main | 2 | 0.5 | 512Mi | 0 | 0 | 2 | 6.00 | 12.00 |",
                "| search | managed | - | managed | 1 | 0 | 0 | 0 | 0 | 1 | 29.00 | 29.00 |");
    }

    @Test
    void graphGroupsTiersStylesManagedServicesAndPointsAtDependencies() {
        assertThat(page()).contains("""
                ```mermaid
                flowchart LR
                  subgraph t_app["app"]
                    s_api["api"]
                    s_web["web"]
                  end
                  subgraph t_data["data"]
                    s_cache[("cache")]
                    s_postgres[("postgres")]
                  end
                  s_search[("search")]
                  s_api --> s_postgres
                  s_api --> s_search
                  s_web --> s_api
                  classDef managed stroke-dasharray: 5 5
                  class s_search managed
                ```
                """);
    }

    @Test
    void capacityPlanFlagsExceededTierAndCostCeiling() {
        assertThat(page()).contains(
                "Monthly cost: 110.50 EUR, ceiling 100.00 EUR: **exceeded by 10.50**.",
                "Monthly cost: 116.50..140.50 EUR, ceiling 150.00 EUR: within.",
                "| tier | app | memory | 4Gi | 3Gi | 133.3% | **exceeded by 1Gi** |",
                "| memory | 8.25Gi | 12Gi | 68.8% | ok |");
    }

    @Test
    void recoveryFlagsBackupIntervalsLongerThanRpo() {
        assertThat(page()).contains(
                "| cache | - | - | - | **no backup** |",
                "| postgres | 6h | 30d | no | **no: interval 6h exceeds RPO 1h** |",
                "| search | 30m | 7d | yes | yes (point-in-time) |");
    }

    @Test
    void trafficOnlyEdgesAreDashedAndEdgesNamingAPortOrProtocolAreLabelled() throws Exception {
        Descriptor descriptor = DescriptorLoader.parse("""
                project: mesh
                services:
                  proxy:
                    image: "proxy:1"
                    dependsOn: [{ service: auth, port: 9000, protocol: grpc }]
                    talksTo: [web, { service: api, port: 8080, protocol: http }, { service: broker, protocol: mqtt },
                              { service: db, port: 5432 }]
                  auth: { image: "auth:1" }
                  web: { image: "web:1" }
                  api: { image: "api:1", dependsOn: [db] }
                  broker: { image: "broker:1" }
                  db: { image: "db:1", stateful: true }
                """, "infra.yaml");
        Analysis analysis = new Analysis(descriptor,
                new StartupOrder(List.of(), new TreeMap<>(), List.of()),
                new Placement(new TreeMap<>(), new TreeSet<>()), new TreeMap<>(), List.of());

        String page = new DocsGenerator().generate(GenerationContext.of(analysis)).get(0).text();

        assertThat(page).contains("""
                  s_api --> s_db
                  s_proxy -->|9000/grpc| s_auth
                  s_proxy -.-> s_web
                  s_proxy -.->|8080/http| s_api
                  s_proxy -.->|mqtt| s_broker
                  s_proxy -.->|5432| s_db
                ```
                """, "a dashed arrow to a service it only sends traffic to");
    }

    @Test
    void mermaidIdsAreSafeForAnyName() {
        assertThat(Mermaid.id("s", "auth-proxy")).isEqualTo("s_auth_proxy");
        assertThat(Mermaid.id("s", "Bad Name")).isEqualTo("sx_426164204e616d65");
        assertThat(Mermaid.label("say \"hi\"")).isEqualTo("\"say #quot;hi#quot;\"");
    }

    @Test
    void aMinimalSystemWithACycleNamesTheUnscheduledServicesAndNeedsNoTiersOrHosts() throws Exception {
        Descriptor descriptor = DescriptorLoader.parse("""
                project: tiny
                services:
                  a: { image: "a:1", dependsOn: [b] }
                  b: { image: "b:1", dependsOn: [a] }
                  c: { image: "c:1", stateful: true }
                """, "infra.yaml");
        EnvironmentPlan prod = new EnvironmentPlan("prod",
                new TreeMap<>(Map.of("a", Replicas.ONE, "b", Replicas.ONE, "c", Replicas.ONE)),
                Resources.ZERO, new CostRange(BigDecimal.ZERO, BigDecimal.ZERO), Budgets.NONE, List.of());
        Analysis analysis = new Analysis(descriptor,
                new StartupOrder(List.of(List.of("c")), new TreeMap<>(Map.of("c", 1)), List.of("c")),
                new Placement(new TreeMap<>(), new TreeSet<>()), new TreeMap<>(Map.of("prod", prod)), List.of());

        String page = new DocsGenerator().generate(GenerationContext.of(analysis)).get(0).text();

        assertThat(page).contains(
                "| a | container | - | - | - | 0 | 0 | 0 | 0 | 1 | 0.00 |",
                "1. Phase 1: `c`\n\nNot scheduled (dependency cycle or unknown dependency): `a`, `b`\n",
                "  s_a[\"a\"]\n  s_b[\"b\"]\n  s_c[(\"c\")]\n  s_a --> s_b\n  s_b --> s_a\n```",
                "Monthly cost: 0.00 USD.",
                "| RPO | not set |",
                "| c | - | - | - | **no backup** |")
                .doesNotContain("Critical path", "subgraph", "classDef", "| host |");
    }

    private String page() {
        return files.get(0).text();
    }
}
