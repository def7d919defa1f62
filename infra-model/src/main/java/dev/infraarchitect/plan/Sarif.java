package dev.infraarchitect.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Rule;
import dev.infraarchitect.analysis.Rules;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.model.Location;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes validate's findings as a SARIF 2.1.0 log ({@code target/infra/infra.sarif}), the format code-scanning
 * dashboards and IDEs read. One run; the driver lists every rule that occurs, sorted by id; results keep the order
 * of the findings. All findings are about the one descriptor, so each points at it by a URI relative to
 * {@code %SRCROOT%} (the project's base directory). The same findings always give the same bytes.
 */
public final class Sarif {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";
    public static final String TOOL_NAME = "infra-architect";
    public static final String SOURCE_ROOT = "%SRCROOT%";

    private Sarif() {
    }

    /** A log without {@code informationUri}. */
    public static byte[] write(List<Finding> findings, String descriptorUri, String toolVersion) {
        return write(findings, descriptorUri, toolVersion, null);
    }

    /**
     * @param descriptorUri  the descriptor's path relative to the project base directory ({@code src/main/infra/infra.yaml});
     *                       backslashes are turned into forward slashes
     * @param toolVersion    the plugin's version
     * @param informationUri the plugin's home page, or {@code null} to leave it out
     */
    public static byte[] write(List<Finding> findings, String descriptorUri, String toolVersion,
            String informationUri) {
        String uri = descriptorUri.replace('\\', '/');
        List<Finding> reported = findings.stream().filter(f -> f.severity() != Severity.OFF).toList();
        SortedMap<String, Integer> ruleIndex = new TreeMap<>();
        reported.forEach(f -> ruleIndex.put(f.rule(), 0));
        int next = 0;
        for (Map.Entry<String, Integer> entry : ruleIndex.entrySet()) {
            entry.setValue(next++);
        }
        return JsonOutput.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA_URI);
            json.writeStringField("version", VERSION);
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, ruleIndex, toolVersion, informationUri);
            json.writeArrayFieldStart("results");
            for (Finding finding : reported) {
                writeResult(json, finding, ruleIndex.get(finding.rule()), uri);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeTool(JsonGenerator json, SortedMap<String, Integer> rules, String toolVersion,
            String informationUri) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", TOOL_NAME);
        if (informationUri != null) {
            json.writeStringField("informationUri", informationUri);
        }
        json.writeStringField("version", toolVersion);
        json.writeArrayFieldStart("rules");
        for (String rule : rules.keySet()) {
            json.writeStartObject();
            json.writeStringField("id", rule);
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", describe(rule));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex, String uri)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", finding.severity() == Severity.ERROR ? "error" : "warning");
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri);
        json.writeStringField("uriBaseId", SOURCE_ROOT);
        json.writeEndObject();
        Location location = finding.location();
        if (location.hasPosition()) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", location.line());
            if (location.column() > 0) {
                json.writeNumberField("startColumn", location.column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        if (!finding.services().isEmpty()) {
            json.writeObjectFieldStart("properties");
            json.writeArrayFieldStart("services");
            for (String service : finding.services()) {
                json.writeString(service);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The rule's description from {@link Rules} as a sentence, or else its id as a sentence. */
    static String describe(String rule) {
        String text = Rules.byId(rule).map(Rule::description).orElse(rule.replace('-', ' '));
        return text.isEmpty() ? rule : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
