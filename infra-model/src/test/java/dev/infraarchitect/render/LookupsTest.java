package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.model.Service;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LookupsTest {

    @Test
    void answersAsTheAnalysisSortedMapsDo() {
        Analysis analysis = ShopFixture.analysis();
        Lookups lookups = Lookups.of(analysis);
        for (Service service : analysis.descriptor().services().values()) {
            String name = service.name();
            assertThat(lookups.service(name)).isSameAs(service);
            assertThat(lookups.hostOf(name)).as(name).isEqualTo(analysis.placement().hostOf().get(name));
            assertThat(lookups.phaseOf(name)).as(name).isEqualTo(analysis.order().phaseOf().getOrDefault(name, 0));
            for (Map.Entry<String, EnvironmentPlan> plan : analysis.environments().entrySet()) {
                assertThat(lookups.replicas(plan.getKey(), name)).as(name + " in " + plan.getKey())
                        .isEqualTo(plan.getValue().replicas().get(name));
            }
        }
        assertThat(analysis.placement().hostOf()).isNotEmpty();
        assertThat(analysis.environments()).hasSizeGreaterThan(1);
    }

    @Test
    void knowsNothingOfNamesTheAnalysisDoesNotHave() {
        Lookups lookups = Lookups.of(ShopFixture.analysis());
        String someService = ShopFixture.analysis().descriptor().services().firstKey();
        assertThat(lookups.service("nope")).isNull();
        assertThat(lookups.hostOf("nope")).isNull();
        assertThat(lookups.phaseOf("nope")).isZero();
        assertThat(lookups.replicas("nowhere", someService)).isNull();
        assertThat(lookups.replicas(ShopFixture.analysis().environments().firstKey(), "nope")).isNull();
    }
}
