package dev.infraarchitect.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.StartupOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlanReportTest {

    private static final PendingChanges PENDING =
            new PendingChanges(List.of("compose/compose.yaml"), List.of("docs/architecture.md"), List.of());

    @Test
    void rendersTheWholePlanOfASmallSystem() {
        List<String> lines = new PlanReport().render(PlanFixture.analysis(), PENDING);

        assertThat(String.join("\n", lines) + "\n").isEqualTo("""
            plan for acme: 5 services (1 managed), 2 hosts, 2 tiers, 2 environments
            startup order (3 phases):
              phase 1 (3 in parallel): auth, ollama, postgres
              phase 2: api
              phase 3: web
            critical path: postgres -> api -> web (3)
            placement:
              api       edge (placed)
              auth      managed
              ollama    acc-main
              postgres  acc-main
              web       acc-main (placed)
            environment dev:
              replicas: 5 in total
              demand at max replicas: cpu 6.75 cores, memory 21.5Gi, vram 16Gi, storage 100Gi
              budget          memory  [!!!!!!!!!!!!!!!!!!!!]  21.5Gi / 16Gi      134%  over by 5.5Gi
              tier ai-core    memory  [##########----------]    16Gi / 30Gi       53%
              tier ai-core    vram    [####################]    16Gi / 16Gi      100%
              tier foundation cpu     [#####---------------]     2.5 / 10 cores   25%
              tier foundation memory  [############--------]     5Gi / 8Gi        63%
              host acc-main   cpu     [#####---------------]    6.25 / 24 cores   26%
              host acc-main   memory  [######--------------]  20.5Gi / 59Gi       35%
              host acc-main   vram    [#############-------]    16Gi / 24Gi       67%
              host acc-main   storage [#-------------------]   100Gi / 2Ti         5%
              host edge       cpu     [##------------------]     0.5 / 4 cores    13%
              host edge       memory  [##------------------]     1Gi / 8Gi        13%
              cost: 215.50 USD per month, ceiling 50.00 USD (431%, over by 165.50 USD)
            environment prod:
              replicas: 6 .. 8 in total
              demand at max replicas: cpu 8.25 cores, memory 24.5Gi, vram 16Gi, storage 100Gi
              budget          memory  [########------------]  24.5Gi / 59Gi       42%
              tier ai-core    memory  [##########----------]    16Gi / 30Gi       53%
              tier ai-core    vram    [####################]    16Gi / 16Gi      100%
              tier foundation cpu     [########------------]       4 / 10 cores   40%
              tier foundation memory  [####################]     8Gi / 8Gi       100%
              host acc-main   cpu     [#####---------------]    6.25 / 24 cores   26%
              host acc-main   memory  [######--------------]  20.5Gi / 59Gi       35%
              host acc-main   vram    [#############-------]    16Gi / 24Gi       67%
              host acc-main   storage [#-------------------]   100Gi / 2Ti         5%
              host edge       cpu     [##########----------]       2 / 4 cores    50%
              host edge       memory  [##########----------]     4Gi / 8Gi        50%
              cost: 222.50 .. 236.50 USD per month, ceiling 500.00 USD (47%)
            findings: 2 errors, 1 warning
              ERROR [cost-ceiling] infra.yaml:20:16: cost exceeded in dev: 215.50 USD per month, ceiling 50.00 USD (+165.50 USD)
              ERROR [budget] infra.yaml:20:26: budget memory exceeded in dev: 21.5Gi requested, ceiling 16Gi (+5.5Gi); largest:
                  ollama 16Gi, postgres 4Gi, api 1Gi
              WARNING [stateful-without-backup] infra.yaml:33:5: postgres is stateful and has no backup
            generate would: add 1, change 1, remove 0
              + compose/compose.yaml
              ~ docs/architecture.md
            summary: 2 errors, 1 warning
            """);
    }

    @Test
    void leavesOutWhatGenerateWouldDoUnlessGiven() {
        List<String> lines = new PlanReport().render(PlanFixture.analysis());

        assertThat(lines).noneMatch(line -> line.startsWith("generate would"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("summary: 2 errors, 1 warning");
    }

    @Test
    void saysWhenGenerateWouldChangeNothing() {
        List<String> lines = new PlanReport().render(PlanFixture.analysis(), PendingChanges.NONE);

        assertThat(lines).containsSubsequence("generate would: change nothing", "summary: 2 errors, 1 warning");
    }

    @Test
    void shortensEveryLongSectionAndSaysWhereTheRestIs() {
        Analysis analysis = SyntheticSystem.of(8, 5, 5, 4);
        PendingChanges pending = new PendingChanges(List.of("a/1", "a/2", "a/3", "a/4"), List.of(), List.of("z"));

        List<String> lines = new PlanReport(3).render(analysis, pending);

        assertThat(String.join("\n", lines) + "\n").isEqualTo("""
            plan for big: 8 services, 5 hosts, 0 tiers, 1 environment
            startup order (5 phases):
              phase 1 (2 in parallel): svc-00000, svc-00005
              phase 2 (2 in parallel): svc-00001, svc-00006
              phase 3 (2 in parallel): svc-00002, svc-00007
              ... and 2 more phases (see plan.json)
            critical path: svc-00000 -> svc-00001 -> svc-00002 -> ... and 2 more (5)
            placement:
              svc-00000  host-000
              svc-00001  host-001 (placed)
              svc-00002  host-002
              ... and 5 more services (see plan.json)
            environment prod:
              replicas: 8 in total
              demand at max replicas: cpu 0.8 cores, memory 8Gi, vram 0, storage 0
              host host-000 cpu    [#-------------------]  0.2 / 64 cores   <1%
              host host-000 memory [#-------------------]  2Gi / 256Gi       1%
              host host-001 cpu    [#-------------------]  0.2 / 64 cores   <1%
              host host-001 memory [#-------------------]  2Gi / 256Gi       1%
              host host-002 cpu    [#-------------------]  0.2 / 64 cores   <1%
              host host-002 memory [#-------------------]  2Gi / 256Gi       1%
              ... and 2 more hosts (see plan.json)
              cost: 0.00 USD per month, no ceiling
            findings: 4 errors, 8 warnings
              ERROR [unplaceable] infra.yaml:1:3: svc-00000 fits on no host
              ERROR [unplaceable] infra.yaml:2:3: svc-00001 fits on no host
              ERROR [unplaceable] infra.yaml:3:3: svc-00002 fits on no host
              ... and 1 more error (see plan.json)
              WARNING [missing-healthcheck] infra.yaml:1:5: svc-00000 has no healthcheck
              WARNING [missing-healthcheck] infra.yaml:2:5: svc-00001 has no healthcheck
              WARNING [missing-healthcheck] infra.yaml:3:5: svc-00002 has no healthcheck
              ... and 5 more warnings (see plan.json)
            generate would: add 4, change 0, remove 1
              + a/1
              + a/2
              + a/3
              ... and 1 more to add
              - z
            summary: 4 errors, 8 warnings; long sections show 3 entries, plan.json has them all
            """);
    }

    @Test
    void keepsTwentyThousandServicesToAScreenfulPerSection() {
        Analysis analysis = SyntheticSystem.of(20_000, 200, 4, 100);

        List<String> lines = new PlanReport().render(analysis);

        assertThat(lines).hasSizeLessThan(600);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(PlanReport.MAX_WIDTH));
        assertThat(lines).contains(
                "    svc-00192, svc-00196, ... and 4950 more",
                "  ... and 19950 more services (see plan.json)",
                "  ... and 150 more hosts (see plan.json)",
                "  ... and 50 more errors (see plan.json)",
                "  ... and 19950 more warnings (see plan.json)");
        assertThat(lines).allMatch(line -> line.chars().allMatch(c -> c >= 0x20 && c < 0x7f));
    }

    @Test
    void wrapsLongPhasesWithinTheLineWidth() {
        Analysis analysis = SyntheticSystem.of(40, 1, 1, 0);

        List<String> lines = new PlanReport().render(analysis);

        assertThat(lines).contains(
                "  phase 1 (40 in parallel): svc-00000, svc-00001, svc-00002, svc-00003, svc-00004, svc-00005, svc-00006,"
                        + " svc-00007,",
                "    svc-00008, svc-00009, svc-00010, svc-00011, svc-00012, svc-00013, svc-00014, svc-00015, svc-00016,"
                        + " svc-00017,",
                "    svc-00038, svc-00039");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(PlanReport.MAX_WIDTH));
    }

    @Test
    void namesTheServicesThatHaveNoPhaseBecauseOfACycle() {
        Analysis fixture = PlanFixture.analysis();
        StartupOrder cyclic = new StartupOrder(List.of(List.of("auth", "ollama", "postgres")),
                new TreeMap<>(Map.of("auth", 1, "ollama", 1, "postgres", 1)), List.of());
        Analysis analysis = new Analysis(fixture.descriptor(), cyclic, fixture.placement(), fixture.environments(),
                fixture.findings());

        List<String> lines = new PlanReport().render(analysis);

        assertThat(lines.subList(1, 5)).containsExactly(
                "startup order (1 phase):",
                "  phase 1 (3 in parallel): auth, ollama, postgres",
                "  no phase (dependency errors): api, web",
                "placement:");
    }

    @Test
    void refusesASectionLimitBelowOne() {
        assertThatThrownBy(() -> new PlanReport(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sectionLimit must be at least 1, got 0");
    }
}
