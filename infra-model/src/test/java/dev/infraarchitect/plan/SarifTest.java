package dev.infraarchitect.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SarifTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String URI = "src/main/infra/infra.yaml";

    @Test
    void writesTheFixtureFindingsExactly() throws IOException {
        byte[] sarif = Sarif.write(PlanFixture.analysis().findings(), URI, "0.1.0",
                "https://example.invalid/infra-architect");

        assertThat(new String(sarif, StandardCharsets.UTF_8)).isEqualTo(PlanJsonTest.resource("/plan/fixture.sarif"));
    }

    @Test
    void isValidAgainstTheSarifSchema() throws IOException {
        assertThat(validate(Sarif.write(PlanFixture.analysis().findings(), URI, "0.1.0",
                "https://example.invalid/infra-architect"))).isEmpty();
        assertThat(validate(Sarif.write(List.of(), URI, "0.1.0"))).isEmpty();
        assertThat(validate(Sarif.write(List.of(withoutLine()), URI, "0.1.0"))).isEmpty();
    }

    @Test
    void leavesOutTheRegionWhenTheFindingHasNoLine() throws IOException {
        JsonNode log = MAPPER.readTree(Sarif.write(List.of(withoutLine()), URI, "0.1.0"));

        JsonNode location = log.at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(location.toString())
                .isEqualTo("{\"artifactLocation\":{\"uri\":\"src/main/infra/infra.yaml\",\"uriBaseId\":\"%SRCROOT%\"}}");
        assertThat(log.at("/runs/0/results/0/properties").isMissingNode()).isTrue();
        assertThat(log.at("/runs/0/tool/driver/informationUri").isMissingNode()).isTrue();
    }

    @Test
    void usesForwardSlashesInTheDescriptorUri() throws IOException {
        JsonNode log = MAPPER.readTree(Sarif.write(PlanFixture.analysis().findings(), "src\\main\\infra\\infra.yaml",
                "0.1.0"));

        assertThat(log.at("/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(URI);
    }

    @Test
    void listsEachRuleOnceSortedAndPointsResultsAtThem() throws IOException {
        List<Finding> findings = List.of(
                finding(Severity.WARNING, "missing-healthcheck", 9),
                finding(Severity.ERROR, "dependency-cycle", 3),
                finding(Severity.WARNING, "missing-healthcheck", 12),
                finding(Severity.OFF, "silenced-rule", 14));

        JsonNode log = MAPPER.readTree(Sarif.write(findings, URI, "1.2.3"));

        assertThat(log.at("/runs/0/tool/driver/rules").toString()).isEqualTo("["
                + "{\"id\":\"dependency-cycle\",\"shortDescription\":{\"text\":\"Services depend on each other in a"
                + " cycle; every independent cycle is shown as an ordered path a -> b -> c -> a, self-dependencies"
                + " included\"}},"
                + "{\"id\":\"missing-healthcheck\",\"shortDescription\":{\"text\":\"Missing healthcheck\"}}]");
        assertThat(log.at("/runs/0/results")).hasSize(3);
        assertThat(log.at("/runs/0/results/0/ruleIndex").asInt()).isEqualTo(1);
        assertThat(log.at("/runs/0/results/1/ruleIndex").asInt()).isEqualTo(0);
        assertThat(log.at("/runs/0/results/1/level").asText()).isEqualTo("error");
        assertThat(log.at("/runs/0/tool/driver/version").asText()).isEqualTo("1.2.3");
    }

    @Test
    void givesTheSameBytesEveryTime() {
        List<Finding> findings = PlanFixture.analysis().findings();

        assertThat(Sarif.write(findings, URI, "0.1.0")).isEqualTo(Sarif.write(findings, URI, "0.1.0"));
    }

    private static Finding withoutLine() {
        return new Finding(Severity.ERROR, "invalid-setting", "the descriptor is empty", List.of(),
                Location.ofFile("infra.yaml"));
    }

    private static Finding finding(Severity severity, String rule, int line) {
        return new Finding(severity, rule, rule + " at line " + line, List.of("api"),
                new Location("infra.yaml", line, 3));
    }

    /**
     * Validates against the OASIS schema where the project's conformance data holds it
     * ({@code shared/conformance/sarif-schema-2.1.0.json}, draft-04); third-party specifications are not copied into
     * this repository, so without that file the check is skipped with a visible notice.
     */
    private static Set<ValidationMessage> validate(byte[] sarif) throws IOException {
        Optional<Path> file = ConformanceData.find("sarif-schema-2.1.0.json");
        Assumptions.assumeTrue(file.isPresent(),
                "SARIF schema validation skipped: shared/conformance/sarif-schema-2.1.0.json is absent");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(file.get())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        return schema.validate(MAPPER.readTree(sarif));
    }
}
