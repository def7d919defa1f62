package dev.infraarchitect.analysis.budget;

import static dev.infraarchitect.analysis.TestDescriptors.analyze;
import static dev.infraarchitect.analysis.TestDescriptors.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.TestDescriptors;
import dev.infraarchitect.model.Pricing;
import dev.infraarchitect.model.Resources;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostTest {

    private static final String[] SYSTEM = {
        "project: shop",
        "currency: EUR",
        "hosts:",
        "  acc-main: { cpu: 24, memory: 61Gi, cost: 80 }",
        "pricing: { cpu: 20, memory: 3, vram: 40, storage: 0.1 }",
        "environments:",
        "  dev:",
        "    replicas: 1",
        "    budgets: { cost: 100 }",
        "  prod: {}",
        "budgets: { cost: 180 }",
        "services:",
        "  api: { image: x:1, resources: { cpu: 0.5, memory: 1Gi, storage: 10Gi }, replicas: { min: 2, max: 4 } }",
        "  db: { image: x:1, resources: { cpu: 8 }, cost: 25 }",
        "  saas: { kind: managed, cost: 19.99 }",
        "  tiny: { image: x:1, resources: { memory: 100Mi } }"};

    @Test
    void pricesResourcesPerCoreAndGibExactly() {
        Pricing pricing = new Pricing(new BigDecimal("20"), new BigDecimal("3"), new BigDecimal("40"),
                new BigDecimal("0.1"));

        assertThat(CostCalculator.priced(new Resources(500, 1L << 30, 0, 10L << 30), pricing))
                .isEqualByComparingTo("14");
        assertThat(CostCalculator.priced(new Resources(0, 100L << 20, 0, 0), pricing))
                .isEqualByComparingTo("0.29296875");
        assertThat(CostCalculator.priced(new Resources(0, 0, 3L << 29, 0), pricing)).isEqualByComparingTo("60");
        assertThat(CostCalculator.perReplica(TestDescriptors.container("x", List.of()), pricing)).isZero();
    }

    @Test
    void sizesBecomeGibExactlyWithTheFewestPlaces() {
        java.util.Random random = new java.util.Random(30);
        BigDecimal gib = BigDecimal.valueOf(1L << 30);
        for (int i = 0; i < 20_000; i++) {
            long bytes = random.nextInt(4) == 0 ? random.nextLong() >>> 1
                    : (1L + random.nextInt(1 << 20)) << random.nextInt(42);
            BigDecimal units = CostCalculator.units(dev.infraarchitect.model.Resource.MEMORY, bytes);
            assertThat(units.multiply(gib)).as("%d bytes", bytes).isEqualByComparingTo(BigDecimal.valueOf(bytes));
        }
        assertThat(CostCalculator.units(dev.infraarchitect.model.Resource.MEMORY, 512L << 20)).isEqualTo("0.5");
        assertThat(CostCalculator.units(dev.infraarchitect.model.Resource.VRAM, 3L << 30)).isEqualTo("3");
        assertThat(CostCalculator.units(dev.infraarchitect.model.Resource.CPU, 250)).isEqualTo("0.250");
    }

    /** 8 replicas of 2^62 bytes do not fit a long: the sum falls back to exact decimals. */
    @Test
    void sumsBeyondALongStayExact() {
        Analysis analysis = analyze("project: big", "pricing: { memory: 1 }", "hosts:",
                "  h: { cpu: 1, memory: 1Gi }", "services:",
                "  a: { kind: managed, resources: { memory: 4096Pi }, replicas: 8 }",
                "  b: { kind: managed, resources: { memory: 1Gi }, replicas: 3 }");

        // 8 * 2^62 / 2^30 + 3 = 2^35 + 3 GiB at 1 per GiB
        assertThat(analysis.environments().values().iterator().next().cost().max())
                .isEqualByComparingTo(BigDecimal.valueOf((1L << 35) + 3));
    }

    /**
     * Per replica: api 0.5 * 20 + 1 * 3 + 10 * 0.1 = 14; db fixed 25; saas fixed 19.99; tiny 100/1024 * 3 =
     * 0.29296875; plus the host's 80 once.
     */
    @Test
    void rangeFromMinimumToMaximumReplicasWithFixedCostsAndHosts() {
        Analysis analysis = analyze(SYSTEM);

        assertThat(analysis.environments().get("prod").cost().min()).isEqualByComparingTo("153.28296875");
        assertThat(analysis.environments().get("prod").cost().max()).isEqualByComparingTo("181.28296875");
        assertThat(analysis.environments().get("dev").cost().min()).isEqualByComparingTo("139.28296875");
        assertThat(analysis.environments().get("dev").cost().max()).isEqualByComparingTo("139.28296875");
    }

    @Test
    void ceilingIsCheckedAtMaximumReplicasPerEnvironmentAndShownInCents() {
        Analysis analysis = analyze(SYSTEM);

        List<Finding> cost = analysis.findings().stream()
                .filter(f -> f.rule().equals(AnalysisRules.COST_CEILING)).toList();
        assertThat(cost).extracting(Finding::message).containsExactly(
                "cost exceeded in dev: 139.28 EUR per month at maximum replicas, ceiling 100.00 EUR (+39.28 EUR);"
                        + " largest: host acc-main 80.00 EUR, db 25.00 EUR, saas 19.99 EUR, api 14.00 EUR,"
                        + " tiny 0.29 EUR",
                "cost exceeded in prod: 181.28 EUR per month at maximum replicas, ceiling 180.00 EUR (+1.28 EUR);"
                        + " largest: host acc-main 80.00 EUR, api 56.00 EUR, db 25.00 EUR, saas 19.99 EUR,"
                        + " tiny 0.29 EUR");
        assertThat(cost.get(0).location().line()).isEqualTo(9);
        assertThat(cost.get(1).location().line()).isEqualTo(11);
        assertThat(cost.get(1).services()).containsExactly("api", "db", "saas", "tiny");
    }

    @Test
    void anOvershootBelowACentIsShownWithTheDecimalsThatShowIt() {
        Analysis analysis = analyze(
                "project: shop",
                "budgets: { cost: 10 }",
                "services:",
                "  api: { image: x:1, cost: 10.004 }");

        assertThat(messages(analysis, AnalysisRules.COST_CEILING)).containsExactly(
                "cost exceeded in prod: 10.004 USD per month at maximum replicas, ceiling 10.000 USD (+0.004 USD);"
                        + " largest: api 10.004 USD");
    }

    @Test
    void moneyIsRoundedHalfUpToCentsWhenCentsShowTheOvershoot() {
        Analysis analysis = analyze(
                "project: shop",
                "budgets: { cost: 10 }",
                "services:",
                "  api: { image: x:1, cost: 10.005 }");

        assertThat(messages(analysis, AnalysisRules.COST_CEILING)).containsExactly(
                "cost exceeded in prod: 10.01 USD per month at maximum replicas, ceiling 10.00 USD (+0.01 USD);"
                        + " largest: api 10.01 USD");
    }

    @Test
    void noFindingAtOrBelowTheCeiling() {
        Analysis analysis = analyze(
                "project: shop",
                "budgets: { cost: 50 }",
                "services:",
                "  api: { image: x:1, cost: 10, replicas: { min: 1, max: 5 } }");

        assertThat(analysis.environments().get("prod").cost().max()).isEqualByComparingTo("50");
        assertThat(messages(analysis, AnalysisRules.COST_CEILING)).isEmpty();
    }
}
