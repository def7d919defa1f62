package dev.infraarchitect.analysis.placement;

import static dev.infraarchitect.analysis.TestDescriptors.analyze;
import static dev.infraarchitect.analysis.TestDescriptors.messages;
import static dev.infraarchitect.analysis.TestDescriptors.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Resources;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacerTest {

    /**
     * Capacity sums: cpu 24, memory 48Gi, vram 24Gi. Dominant shares: llm 16/24 (vram), db 12/48 (memory), api and
     * web 4/24 (tie, by name). After pinned (small: 6 cpu, 12Gi left): llm only fits big; db leaves big at
     * (10/16 + 12/32) / 2 = 0.5 versus small (2/8 + 0/16) / 2 = 0.125; api leaves 0.25 on either host, the tie goes
     * to big by name; web leaves big at (2/16 + 4/32) / 2 = 0.125 and small at (2/8 + 12/16) / 2 = 0.5.
     */
    @Test
    void placesPinnedFirstThenLargestDominantShareOnTheHostLeftMostFree() {
        Analysis analysis = analyze(
                "project: shop",
                "hosts:",
                "  big: { cpu: 16, memory: 32Gi, vram: 24Gi, gpu: nvidia }",
                "  small: { cpu: 9, memory: 16Gi, reserve: { cpu: 1 } }",
                "services:",
                "  web: { image: x:1, resources: { cpu: 4 } }",
                "  api: { image: x:1, resources: { cpu: 2, memory: 4Gi }, replicas: 2 }",
                "  db: { image: x:1, resources: { cpu: 4, memory: 12Gi } }",
                "  llm: { image: x:1, resources: { cpu: 2, memory: 8Gi, vram: 16Gi } }",
                "  pinned: { image: x:1, host: small, resources: { cpu: 2, memory: 4Gi } }",
                "  saas: { kind: managed }");

        assertThat(analysis.placement().hostOf()).containsExactly(
                Map.entry("api", "big"),
                Map.entry("db", "big"),
                Map.entry("llm", "big"),
                Map.entry("pinned", "small"),
                Map.entry("web", "small"));
        assertThat(analysis.placement().placedAutomatically()).containsExactly("api", "db", "llm", "web");
        assertThat(analysis.errors()).isEmpty();
    }

    /**
     * After taking x (1 cpu, 1Gi), a keeps 0.1 of its cpu and 0.7 of its memory and b keeps 0.3 and 0.5: an exact tie
     * at 0.4, which goes to a by name. In floating point 0.1 + 0.7 is below 0.3 + 0.5, which would pick b.
     */
    @Test
    void anExactTieInScoreGoesToTheFirstHostByNameWhateverTheRounding() {
        Analysis analysis = analyze(
                "project: tie",
                "hosts:",
                "  a: { cpu: 10, memory: 10Gi }",
                "  b: { cpu: 10, memory: 10Gi }",
                "services:",
                "  on-a: { image: x:1, host: a, resources: { cpu: 8, memory: 2Gi } }",
                "  on-b: { image: x:1, host: b, resources: { cpu: 6, memory: 4Gi } }",
                "  x: { image: x:1, resources: { cpu: 1, memory: 1Gi } }");

        assertThat(analysis.placement().hostOf()).containsEntry("x", "a");
        assertThat(analysis.errors()).isEmpty();
    }

    @Test
    void aHostAlreadyOverCapacityTakesNoMoreEvenInAResourceTheServiceDoesNotNeed() {
        Analysis analysis = analyze(
                "project: full",
                "hosts:",
                "  a: { cpu: 16, memory: 4Gi }",
                "  b: { cpu: 2, memory: 4Gi }",
                "services:",
                "  big: { image: x:1, host: a, resources: { memory: 6Gi } }",
                "  compute: { image: x:1, resources: { cpu: 1 } }");

        assertThat(analysis.placement().hostOf()).containsEntry("compute", "b");

        Analysis alone = analyze(
                "project: full",
                "hosts:",
                "  a: { cpu: 16, memory: 4Gi }",
                "services:",
                "  big: { image: x:1, host: a, resources: { memory: 6Gi } }",
                "  compute: { image: x:1, resources: { cpu: 1 } }");

        assertThat(alone.placement().hostOf()).doesNotContainKey("compute");
        assertThat(messages(alone, AnalysisRules.UNPLACEABLE)).containsExactly(
                "service compute fits no host: closest a lacks room in memory (already 2Gi over capacity)");
    }

    @Test
    void serviceThatFitsNowhereNamesTheClosestHostAndWhatItLacks() {
        Analysis analysis = analyze(
                "project: lab",
                "hosts:",
                "  acc-main: { cpu: 24, memory: 61Gi, vram: 24Gi, gpu: amd, reserve: { memory: 2Gi } }",
                "  cpu-box: { cpu: 8, memory: 16Gi }",
                "services:",
                "  vllm: { image: x:1, host: acc-main, resources: { cpu: 2, memory: 8Gi, vram: 10Gi } }",
                "  ollama: { image: x:1, resources: { cpu: 4, memory: 8Gi, vram: 16Gi } }",
                "  huge: { image: x:1, resources: { cpu: 30, memory: 60Gi } }");

        assertThat(messages(analysis, AnalysisRules.UNPLACEABLE)).containsExactly(
                "service ollama fits no host: closest acc-main lacks 2Gi vram (needs 16Gi, 14Gi free)",
                "service huge fits no host: closest acc-main lacks 8 cpu (needs 30, 22 free) and 9Gi memory"
                        + " (needs 60Gi, 51Gi free)");
        assertThat(analysis.placement().hostOf()).containsOnlyKeys("vllm");
        assertThat(analysis.findings().get(0).location().line()).isEqualTo(7);
    }

    @Test
    void demandUsesTheEnvironmentWithTheMostReplicas() {
        var descriptor = yaml(
                "project: shop",
                "environments:",
                "  dev: { replicas: 1 }",
                "  prod: { replicas: 3 }",
                "services:",
                "  api: { image: x:1, resources: { cpu: 0.5, memory: 1Gi }, replicas: { min: 2, max: 10 } }",
                "  db: { image: x:1, resources: { memory: 2Gi } }",
                "  saas: { kind: managed, resources: { memory: 2Gi } }");

        assertThat(Placer.demand(descriptor)).containsOnlyKeys("api", "db")
                .containsEntry("api", new Resources(1500, 3 * Quantities.GIB, 0, 0))
                .containsEntry("db", new Resources(0, 2 * Quantities.GIB, 0, 0));
    }

    @Test
    void withoutHostsNothingIsPlacedAndNothingIsUnplaceable() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  api: { image: x:1, resources: { cpu: 64 } }");

        assertThat(analysis.placement().hostOf()).isEmpty();
        assertThat(analysis.errors()).isEmpty();
    }
}
