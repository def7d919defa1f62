package dev.infraarchitect.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.analysis.Usage;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Limits;
import dev.infraarchitect.model.Location;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.Tier;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Writes {@code plan.json}: the whole plan as data for tools and for systems too large to print (the format is
 * described in {@code docs/plan-json.md}). Keys come in a fixed order, maps are sorted by name, cpu is in cores and
 * sizes in bytes, money is rounded to cents. Streams through a {@link JsonGenerator}, so 20,000 services cost no
 * intermediate tree.
 */
public final class PlanJson {

    /** Raised whenever a change to the format could break a reader. */
    public static final int FORMAT_VERSION = 1;

    private PlanJson() {
    }

    /** The UTF-8 bytes of plan.json for {@code analysis}, ending with a newline. */
    public static byte[] write(Analysis analysis) {
        return JsonOutput.bytes(json -> body(json, analysis));
    }

    /** Streams plan.json to {@code out}, which is left open. */
    public static void write(Analysis analysis, OutputStream out) throws IOException {
        JsonOutput.write(out, json -> body(json, analysis));
    }

    private static void body(JsonGenerator json, Analysis analysis) throws IOException {
        Descriptor descriptor = analysis.descriptor();
        UsageIndex usage = new UsageIndex(analysis.environments().values());
        json.writeStartObject();
        json.writeNumberField("formatVersion", FORMAT_VERSION);
        json.writeStringField("project", descriptor.project());
        json.writeStringField("currency", descriptor.currency());
        writeSummary(json, analysis);
        json.writeArrayFieldStart("phases");
        for (List<String> phase : analysis.order().phases()) {
            writeStrings(json, phase.stream().sorted().toList());
        }
        json.writeEndArray();
        json.writeFieldName("criticalPath");
        writeStrings(json, analysis.order().criticalPath());
        json.writeObjectFieldStart("placement");
        for (Map.Entry<String, String> entry : analysis.placement().hostOf().entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeFieldName("placedAutomatically");
        writeStrings(json, List.copyOf(analysis.placement().placedAutomatically()));
        json.writeFieldName("managed");
        writeStrings(json, descriptor.services().values().stream().filter(Service::isManaged).map(Service::name)
                .toList());
        writeEnvironments(json, analysis);
        writeHosts(json, descriptor, usage);
        writeTiers(json, descriptor, usage);
        writeViolations(json, analysis.findings());
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, Analysis analysis) throws IOException {
        Descriptor descriptor = analysis.descriptor();
        long managed = descriptor.services().values().stream().filter(Service::isManaged).count();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("services", descriptor.services().size());
        json.writeNumberField("containers", descriptor.services().size() - managed);
        json.writeNumberField("managed", managed);
        json.writeNumberField("hosts", descriptor.hosts().size());
        json.writeNumberField("tiers", descriptor.tiers().size());
        json.writeNumberField("environments", analysis.environments().size());
        json.writeNumberField("phases", analysis.order().phases().size());
        json.writeNumberField("errors", count(analysis.findings(), Severity.ERROR));
        json.writeNumberField("warnings", count(analysis.findings(), Severity.WARNING));
        json.writeEndObject();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static void writeEnvironments(JsonGenerator json, Analysis analysis) throws IOException {
        json.writeObjectFieldStart("environments");
        for (EnvironmentPlan environment : analysis.environments().values()) {
            json.writeObjectFieldStart(environment.name());
            json.writeObjectFieldStart("cost");
            writeMoney(json, "min", environment.cost().min());
            writeMoney(json, "max", environment.cost().max());
            writeMoney(json, "ceiling", environment.budgets().cost());
            json.writeEndObject();
            json.writeFieldName("demand");
            writeResources(json, environment.demand());
            json.writeFieldName("limits");
            writeLimits(json, environment.budgets().limits());
            json.writeObjectFieldStart("replicas");
            for (Map.Entry<String, Replicas> entry : environment.replicas().entrySet()) {
                json.writeObjectFieldStart(entry.getKey());
                json.writeNumberField("min", entry.getValue().min());
                json.writeNumberField("max", entry.getValue().max());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeHosts(JsonGenerator json, Descriptor descriptor, UsageIndex usage) throws IOException {
        json.writeObjectFieldStart("hosts");
        for (Host host : descriptor.hosts().values()) {
            json.writeObjectFieldStart(host.name());
            Resources capacity = host.capacity();
            json.writeObjectFieldStart("capacity");
            for (Resource resource : Resource.values()) {
                writeAmount(json, resource, host.bounds(resource) ? capacity.get(resource) : null);
            }
            json.writeEndObject();
            writeUse(json, usage.of(Usage.Scope.HOST, host.name()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeTiers(JsonGenerator json, Descriptor descriptor, UsageIndex usage) throws IOException {
        json.writeObjectFieldStart("tiers");
        for (Tier tier : descriptor.tiers().values()) {
            json.writeObjectFieldStart(tier.name());
            json.writeFieldName("limits");
            writeLimits(json, tier.limits());
            writeUse(json, usage.of(Usage.Scope.TIER, tier.name()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeUse(JsonGenerator json, Map<String, EnumMap<Resource, Usage>> byEnvironment)
            throws IOException {
        json.writeObjectFieldStart("use");
        for (Map.Entry<String, EnumMap<Resource, Usage>> entry : byEnvironment.entrySet()) {
            json.writeObjectFieldStart(entry.getKey());
            for (Resource resource : Resource.values()) {
                Usage used = entry.getValue().get(resource);
                writeAmount(json, resource, used == null ? null : used.used());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeViolations(JsonGenerator json, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart("violations");
        for (Finding finding : findings) {
            if (finding.severity() == Severity.OFF) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("severity", finding.severity().key());
            json.writeStringField("rule", finding.rule());
            json.writeStringField("message", finding.message());
            json.writeFieldName("services");
            writeStrings(json, finding.services());
            Location location = finding.location();
            json.writeObjectFieldStart("location");
            json.writeStringField("file", location.file());
            writeOptional(json, "line", location.hasPosition() ? (long) location.line() : null);
            writeOptional(json, "column", location.hasPosition() ? (long) location.column() : null);
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeResources(JsonGenerator json, Resources resources) throws IOException {
        json.writeStartObject();
        for (Resource resource : Resource.values()) {
            writeAmount(json, resource, resources.get(resource));
        }
        json.writeEndObject();
    }

    private static void writeLimits(JsonGenerator json, Limits limits) throws IOException {
        json.writeStartObject();
        for (Resource resource : Resource.values()) {
            OptionalLong limit = limits.get(resource);
            writeAmount(json, resource, limit.isPresent() ? limit.getAsLong() : null);
        }
        json.writeEndObject();
    }

    /** Cpu as cores ({@code 2.5}), everything else as bytes; {@code null} for "no value". */
    private static void writeAmount(JsonGenerator json, Resource resource, Long amount) throws IOException {
        json.writeFieldName(resource.key());
        if (amount == null) {
            json.writeNull();
        } else if (resource == Resource.CPU) {
            json.writeNumber(cores(amount));
        } else {
            json.writeNumber(amount);
        }
    }

    static BigDecimal cores(long millicores) {
        BigDecimal cores = BigDecimal.valueOf(millicores, 3).stripTrailingZeros();
        return cores.scale() < 0 ? cores.setScale(0) : cores;
    }

    private static void writeMoney(JsonGenerator json, String name, BigDecimal amount) throws IOException {
        json.writeFieldName(name);
        if (amount == null) {
            json.writeNull();
        } else {
            json.writeNumber(amount.setScale(2, RoundingMode.HALF_UP));
        }
    }

    private static void writeOptional(JsonGenerator json, String name, Long value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static void writeStrings(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
