package dev.infraarchitect.analysis.budget;

import static dev.infraarchitect.analysis.TestDescriptors.analyze;
import static dev.infraarchitect.analysis.TestDescriptors.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Usage;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentPlannerTest {

    private static final long GIB = Quantities.GIB;

    @Test
    void replicasAreCappedAtBothEndsPerEnvironment() {
        Analysis analysis = analyze(
                "project: shop",
                "environments:",
                "  dev: { replicas: 1 }",
                "  prod: {}",
                "services:",
                "  api: { image: x:1, resources: { cpu: 0.5 }, replicas: { min: 2, max: 10 } }",
                "  db: { kind: managed, resources: { cpu: 4 } }");

        EnvironmentPlan dev = analysis.environments().get("dev");
        EnvironmentPlan prod = analysis.environments().get("prod");
        assertThat(dev.replicas()).containsEntry("api", new Replicas(1, 1)).containsEntry("db", Replicas.ONE);
        assertThat(prod.replicas()).containsEntry("api", new Replicas(2, 10));
        assertThat(dev.demand().cpu()).as("managed services use no cpu").isEqualTo(500);
        assertThat(prod.demand().cpu()).isEqualTo(5000);
    }

    @Test
    void budgetOvershootNamesTheLargestContributorsAndPerEnvironmentOverrides() {
        Analysis analysis = analyze(
                "project: lab",
                "environments:",
                "  dev:",
                "    replicas: 1",
                "    budgets: { memory: 40Gi }",
                "  prod: {}",
                "budgets:",
                "  memory: 59Gi",
                "  cpu: 100",
                "services:",
                "  ollama: { image: x:1, resources: { memory: 16Gi } }",
                "  vllm: { image: x:1, resources: { memory: 8Gi }, replicas: 2 }",
                "  qdrant: { image: x:1, resources: { memory: 4Gi }, replicas: 3 }",
                "  postgres: { image: x:1, resources: { memory: 8Gi } }",
                "  whisper: { image: x:1, resources: { memory: 6Gi } }",
                "  redis: { image: x:1, resources: { memory: 4Gi } }",
                "  api: { image: x:1, resources: { memory: 512Mi }, replicas: 3 }",
                "  saas: { kind: managed, resources: { memory: 64Gi } }");

        List<Finding> budget = analysis.findings().stream().filter(f -> f.rule().equals(AnalysisRules.BUDGET)).toList();
        assertThat(budget).extracting(Finding::message, f -> f.location().line()).containsExactly(
                tuple("budget memory exceeded in dev: 46.5Gi requested, ceiling 40Gi (+6.5Gi); largest: ollama 16Gi,"
                        + " postgres 8Gi, vllm 8Gi, whisper 6Gi, qdrant 4Gi and 2 more", 5),
                tuple("budget memory exceeded in prod: 63.5Gi requested, ceiling 59Gi (+4.5Gi); largest: ollama 16Gi,"
                        + " vllm 16Gi, qdrant 12Gi, postgres 8Gi, whisper 6Gi and 2 more", 8));
        assertThat(budget.get(1).services())
                .containsExactly("api", "ollama", "postgres", "qdrant", "redis", "vllm", "whisper");
        assertThat(analysis.environments().get("prod").usage()).containsExactly(
                new Usage(Usage.Scope.BUDGET, "prod", Resource.CPU, 0, 100_000L),
                new Usage(Usage.Scope.BUDGET, "prod", Resource.MEMORY, 127 * GIB / 2, 59 * GIB),
                new Usage(Usage.Scope.BUDGET, "prod", Resource.VRAM, 0, null),
                new Usage(Usage.Scope.BUDGET, "prod", Resource.STORAGE, 0, null));
    }

    @Test
    void hostOvershootListsWhatIsPlacedThereAndNamesTheEnvironmentWhenThereAreSeveral() {
        String[] lines = {
            "project: lab",
            "hosts:",
            "  acc-main: { cpu: 24, memory: 61Gi, vram: 24Gi, gpu: amd, storage: 1Ti }",
            "services:",
            "  ollama: { image: x:1, host: acc-main, resources: { vram: 16Gi } }",
            "  vllm: { image: x:1, host: acc-main, resources: { vram: 8Gi, cpu: 1.5 } }",
            "  whisper: { image: x:1, host: acc-main, resources: { vram: 2Gi, storage: 10Gi } }"};
        Analysis single = analyze(lines);
        assertThat(messages(single, AnalysisRules.HOST_CAPACITY)).containsExactly("host acc-main vram exceeded: 26Gi"
                + " placed, capacity 24Gi (+2Gi); placed: ollama 16Gi, vllm 8Gi, whisper 2Gi");
        assertThat(single.findings().get(0).location().line()).isEqualTo(3);
        assertThat(single.environments().get("prod").usage()).filteredOn(u -> u.scope() == Usage.Scope.HOST)
                .containsExactly(
                        new Usage(Usage.Scope.HOST, "acc-main", Resource.CPU, 1500, 24_000L),
                        new Usage(Usage.Scope.HOST, "acc-main", Resource.MEMORY, 0, 61 * GIB),
                        new Usage(Usage.Scope.HOST, "acc-main", Resource.VRAM, 26 * GIB, 24 * GIB),
                        new Usage(Usage.Scope.HOST, "acc-main", Resource.STORAGE, 10 * GIB, 1024 * GIB));

        String[] several = java.util.Arrays.copyOf(lines, lines.length + 3);
        several[lines.length] = "environments:";
        several[lines.length + 1] = "  dev: {}";
        several[lines.length + 2] = "  prod: {}";
        assertThat(messages(analyze(several), AnalysisRules.HOST_CAPACITY)).containsExactly(
                "host acc-main vram exceeded in dev: 26Gi placed, capacity 24Gi (+2Gi); placed: ollama 16Gi, vllm 8Gi,"
                        + " whisper 2Gi",
                "host acc-main vram exceeded in prod: 26Gi placed, capacity 24Gi (+2Gi); placed: ollama 16Gi,"
                        + " vllm 8Gi, whisper 2Gi");
    }

    @Test
    void hostStorageIsCheckedOnlyWhenDescribedAndReserveIsKeptFree() {
        Analysis analysis = analyze(
                "project: lab",
                "hosts:",
                "  box: { cpu: 4, memory: 8Gi, reserve: { cpu: 500m, memory: 1Gi } }",
                "services:",
                "  db: { image: x:1, host: box, resources: { cpu: 4, memory: 2Gi, storage: 5Ti } }");

        assertThat(messages(analysis, AnalysisRules.HOST_CAPACITY))
                .containsExactly("host box cpu exceeded: 4 placed, capacity 3.5 (+0.5); placed: db 4");
        assertThat(analysis.environments().get("prod").usage()).filteredOn(u -> u.scope() == Usage.Scope.HOST)
                .extracting(Usage::resource).containsExactly(Resource.CPU, Resource.MEMORY, Resource.VRAM);
    }

    @Test
    void tierOvershootAndUnlimitedKeysStillReportTheirUse() {
        Analysis analysis = analyze(
                "project: lab",
                "tiers:",
                "  ai-core: { memory: 30Gi, vram: 16Gi }",
                "  edge: { description: Proxies }",
                "services:",
                "  ollama: { image: x:1, tier: ai-core, resources: { memory: 16Gi, cpu: 2 } }",
                "  vllm: { image: x:1, tier: ai-core, resources: { memory: 8Gi }, replicas: 2 }",
                "  saas: { kind: managed, tier: ai-core, resources: { memory: 8Gi } }");

        assertThat(messages(analysis, AnalysisRules.TIER_CAPACITY)).containsExactly("tier ai-core memory exceeded in"
                + " prod: 32Gi requested, limit 30Gi (+2Gi); largest: ollama 16Gi, vllm 16Gi");
        assertThat(analysis.findings().get(0).location().line()).isEqualTo(3);
        assertThat(analysis.environments().get("prod").usage()).filteredOn(u -> u.scope() == Usage.Scope.TIER)
                .containsExactly(
                        new Usage(Usage.Scope.TIER, "ai-core", Resource.CPU, 2000, null),
                        new Usage(Usage.Scope.TIER, "ai-core", Resource.MEMORY, 32 * GIB, 30 * GIB),
                        new Usage(Usage.Scope.TIER, "ai-core", Resource.VRAM, 0, 16 * GIB),
                        new Usage(Usage.Scope.TIER, "ai-core", Resource.STORAGE, 0, null),
                        new Usage(Usage.Scope.TIER, "edge", Resource.CPU, 0, null),
                        new Usage(Usage.Scope.TIER, "edge", Resource.MEMORY, 0, null),
                        new Usage(Usage.Scope.TIER, "edge", Resource.VRAM, 0, null),
                        new Usage(Usage.Scope.TIER, "edge", Resource.STORAGE, 0, null));
    }

    @Test
    void cpuIsShownInCoresAndContributorsBeyondFiveAreCounted() {
        Analysis analysis = analyze(
                "project: lab",
                "budgets: { cpu: 2 }",
                "services:",
                "  a: { image: x:1, resources: { cpu: 250m } }",
                "  b: { image: x:1, resources: { cpu: 250m } }",
                "  c: { image: x:1, resources: { cpu: 250m } }",
                "  d: { image: x:1, resources: { cpu: 250m } }",
                "  e: { image: x:1, resources: { cpu: 250m } }",
                "  f: { image: x:1, resources: { cpu: 125m } }",
                "  g: { image: x:1, resources: { cpu: 0.75 } }",
                "  h: { image: x:1, resources: { cpu: 0.125 } }");

        assertThat(messages(analysis, AnalysisRules.BUDGET)).containsExactly("budget cpu exceeded in prod: 2.25"
                + " requested, ceiling 2 (+0.25); largest: g 0.75, a 0.25, b 0.25, c 0.25, d 0.25 and 3 more");
        assertThat(analysis.findings().get(0).location().line()).isEqualTo(2);
    }
}
