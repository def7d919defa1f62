package dev.infraarchitect.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.infraarchitect.analysis.Analysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheFixturePlanExactly() throws IOException {
        byte[] json = PlanJson.write(PlanFixture.analysis());

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(resource("/plan/fixture-plan.json"));
    }

    @Test
    void givesTheSameBytesEveryTimeAndEndsWithANewline() throws IOException {
        byte[] first = PlanJson.write(PlanFixture.analysis());
        byte[] second = PlanJson.write(PlanFixture.analysis());
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        PlanJson.write(PlanFixture.analysis(), streamed);

        assertThat(second).isEqualTo(first);
        assertThat(streamed.toByteArray()).isEqualTo(first);
        assertThat(first[first.length - 1]).isEqualTo((byte) '\n');
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    @Test
    void readsBackAsTheDocumentedStructure() throws IOException {
        JsonNode plan = MAPPER.readTree(PlanJson.write(PlanFixture.analysis()));

        assertThat(plan.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(plan.get("phases").toString()).isEqualTo("[[\"auth\",\"ollama\",\"postgres\"],[\"api\"],[\"web\"]]");
        assertThat(plan.at("/environments/prod/cost/min").decimalValue()).isEqualByComparingTo("222.50");
        assertThat(plan.at("/environments/prod/cost/max").decimalValue()).isEqualByComparingTo("236.5");
        assertThat(plan.at("/environments/dev/cost/ceiling").decimalValue()).isEqualByComparingTo("50");
        assertThat(plan.at("/environments/prod/demand/cpu").toString()).isEqualTo("8.25");
        assertThat(plan.at("/environments/prod/demand/memory").asLong()).isEqualTo(24L * (1 << 30) + (512 << 20));
        assertThat(plan.at("/environments/prod/replicas/api").toString()).isEqualTo("{\"min\":2,\"max\":4}");
        assertThat(plan.at("/hosts/acc-main/capacity/cpu").toString()).isEqualTo("24");
        assertThat(plan.at("/hosts/edge/capacity/storage").isNull()).isTrue();
        assertThat(plan.at("/tiers/foundation/use/prod/memory").asLong()).isEqualTo(8L << 30);
        assertThat(plan.at("/violations/2/location").toString())
                .isEqualTo("{\"file\":\"infra.yaml\",\"line\":33,\"column\":5}");
        assertThat(plan.at("/summary").toString()).isEqualTo("{\"services\":5,\"containers\":4,\"managed\":1,"
                + "\"hosts\":2,\"tiers\":2,\"environments\":2,\"phases\":3,\"errors\":2,\"warnings\":1}");
    }

    @Test
    void writesNullForACeilingThatIsNotSetAndForALocationWithoutLine() throws IOException {
        Analysis analysis = SyntheticSystem.of(3, 1, 1, 0);
        Analysis withoutLine = new Analysis(analysis.descriptor(), analysis.order(), analysis.placement(),
                analysis.environments(), java.util.List.of(new dev.infraarchitect.analysis.Finding(
                        dev.infraarchitect.analysis.Severity.ERROR, "invalid-setting", "bad", java.util.List.of(),
                        dev.infraarchitect.model.Location.ofFile("infra.yaml"))));

        String text = new String(PlanJson.write(withoutLine), StandardCharsets.UTF_8);
        JsonNode plan = MAPPER.readTree(text);

        assertThat(text).contains("""
                      "cost": {
                        "min": 0.00,
                        "max": 0.00,
                        "ceiling": null
                      },
                """);
        assertThat(plan.at("/violations/0/location").toString())
                .isEqualTo("{\"file\":\"infra.yaml\",\"line\":null,\"column\":null}");
    }

    @Test
    void writesTwentyThousandServicesCompletely() throws IOException {
        JsonNode plan = MAPPER.readTree(PlanJson.write(SyntheticSystem.of(20_000, 200, 4, 0)));

        assertThat(plan.at("/placement").size()).isEqualTo(20_000);
        assertThat(plan.at("/phases/0").size()).isEqualTo(5_000);
        assertThat(plan.at("/environments/prod/replicas").size()).isEqualTo(20_000);
        assertThat(plan.at("/violations").size()).isEqualTo(20_000);
        assertThat(plan.at("/hosts/host-199/use/prod/memory").asLong()).isEqualTo(100L << 30);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PlanJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
