package dev.infraarchitect.render.docs;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.analysis.Usage;
import dev.infraarchitect.analysis.budget.CostCalculator;
import dev.infraarchitect.model.Backup;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Objectives;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Generator;
import dev.infraarchitect.render.Templates;
import dev.infraarchitect.render.markdown.Markdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One Markdown page, {@code docs/architecture.md}, for people reading the system rather than running it: the
 * service inventory (with the monthly cost in every environment), a Mermaid graph of both kinds of edge (start order
 * solid, traffic only dashed), the deployment phases, the capacity plan per environment and the recovery objectives
 * against each stateful service's backup. This class computes every cell, escaped; {@link ArchitecturePage} holds
 * them with the built-in layout, which an override template {@code docs/architecture.md.ftl} replaces.
 */
public final class DocsGenerator implements Generator {

    public static final String ID = "docs";
    public static final String PATH = ID + "/architecture.md";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<GeneratedFile> generate(GenerationContext context) {
        Analysis analysis = context.analysis();
        Templates templates = context.templates();
        Descriptor descriptor = analysis.descriptor();
        List<ArchitecturePage.Capacity> capacity = new ArrayList<>();
        for (EnvironmentPlan plan : analysis.environments().values()) {
            capacity.add(capacity(descriptor, plan));
        }
        ArchitecturePage page = new ArchitecturePage(Markdown.inline(descriptor.project()),
                descriptor.description() == null ? "" : descriptor.description().strip(), descriptor.currency(),
                List.copyOf(analysis.environments().keySet()), inventory(analysis), graph(descriptor),
                deployment(analysis), capacity, recovery(descriptor));
        return List.of(templates.file(PATH, "docs/architecture.md.ftl", page, ArchitecturePage::markdown));
    }

    private static ArchitecturePage.Table inventory(Analysis analysis) {
        Descriptor descriptor = analysis.descriptor();
        List<String> header = new ArrayList<>(List.of(
                "Service", "Kind", "Tier", "Host", "Phase", "CPU", "Memory", "VRAM", "Storage", "Replicas"));
        for (String environment : analysis.environments().keySet()) {
            header.add("Cost " + environment);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Service service : descriptor.services().values()) {
            int phase = analysis.order().phaseOf(service.name());
            List<String> row = new ArrayList<>();
            row.add(Markdown.cell(service.name()));
            row.add(service.kind().key());
            row.add(Markdown.cell(service.tier()));
            row.add(Markdown.cell(host(analysis, service)));
            row.add(phase == 0 ? "-" : Integer.toString(phase));
            for (Resource resource : Resource.values()) {
                row.add(resource.format(service.resources().get(resource)));
            }
            row.add(service.replicas().toString());
            BigDecimal perReplica = CostCalculator.perReplica(service, descriptor.pricing());
            for (Map.Entry<String, EnvironmentPlan> entry : analysis.environments().entrySet()) {
                Replicas replicas = replicasIn(descriptor, entry.getValue(), service);
                row.add(range(perReplica.multiply(BigDecimal.valueOf(replicas.min())),
                        perReplica.multiply(BigDecimal.valueOf(replicas.max()))));
            }
            rows.add(row);
        }
        return new ArchitecturePage.Table(header, rows);
    }

    private static String host(Analysis analysis, Service service) {
        if (service.isManaged()) {
            return "managed";
        }
        String host = analysis.placement().hostOf(service.name());
        if (host == null) {
            return service.host() == null ? "-" : service.host();
        }
        return analysis.placement().placedAutomatically().contains(service.name()) ? host + " (placed)" : host;
    }

    private static Replicas replicasIn(Descriptor descriptor, EnvironmentPlan plan, Service service) {
        Replicas replicas = plan.replicas().get(service.name());
        if (replicas != null) {
            return replicas;
        }
        Environment environment = descriptor.environments().get(plan.name());
        return environment == null ? service.replicas() : environment.cap(service.replicas());
    }

    private static ArchitecturePage.Graph graph(Descriptor descriptor) {
        Map<String, List<String>> byTier = new TreeMap<>();
        List<String> loose = new ArrayList<>();
        List<String> managed = new ArrayList<>();
        List<ArchitecturePage.Edge> edges = new ArrayList<>();
        for (Service service : descriptor.services().values()) {
            String id = Mermaid.id("s", service.name());
            String label = Mermaid.label(service.name());
            String node = service.stateful() ? id + "[(" + label + ")]" : id + "[" + label + "]";
            if (service.tier() == null) {
                loose.add(node);
            } else {
                byTier.computeIfAbsent(service.tier(), t -> new ArrayList<>()).add(node);
            }
            if (service.isManaged()) {
                managed.add(id);
            }
            for (Edge edge : service.edges()) {
                if (descriptor.services().containsKey(edge.service())) {
                    edges.add(new ArchitecturePage.Edge(id, Mermaid.arrow(edge), Mermaid.id("s", edge.service())));
                }
            }
        }
        List<ArchitecturePage.Tier> tiers = new ArrayList<>();
        for (Map.Entry<String, List<String>> tier : byTier.entrySet()) {
            tiers.add(new ArchitecturePage.Tier(Mermaid.id("t", tier.getKey()), Mermaid.label(tier.getKey()),
                    tier.getValue()));
        }
        return new ArchitecturePage.Graph(tiers, loose, edges, managed);
    }

    private static ArchitecturePage.Deployment deployment(Analysis analysis) {
        StartupOrder order = analysis.order();
        List<ArchitecturePage.Phase> phases = new ArrayList<>();
        for (int i = 0; i < order.phases().size(); i++) {
            List<String> services = order.phases().get(i);
            phases.add(new ArchitecturePage.Phase(Integer.toString(i + 1),
                    services.isEmpty() ? "none" : code(services, ", ")));
        }
        List<String> unscheduled = analysis.descriptor().services().keySet().stream()
                .filter(name -> !order.phaseOf().containsKey(name)).toList();
        return new ArchitecturePage.Deployment(phases,
                order.criticalPath().size() < 2 ? "" : code(order.criticalPath(), " → "),
                unscheduled.isEmpty() ? "" : code(unscheduled, ", "));
    }

    private static String code(List<String> names, String separator) {
        return String.join(separator, names.stream().map(n -> "`" + n + "`").toList());
    }

    private static ArchitecturePage.Capacity capacity(Descriptor descriptor, EnvironmentPlan plan) {
        Environment environment = descriptor.environments().get(plan.name());
        List<List<String>> budgetRows = new ArrayList<>();
        for (Resource resource : Resource.values()) {
            OptionalLong limit = plan.budgets().limits().get(resource);
            long demand = plan.demand().get(resource);
            budgetRows.add(List.of(resource.key(), resource.format(demand),
                    limit.isPresent() ? resource.format(limit.getAsLong()) : "none",
                    limit.isPresent() ? share(demand, limit.getAsLong()) : "-",
                    verdict(resource, demand, limit.isPresent() ? limit.getAsLong() : null)));
        }
        List<List<String>> useRows = new ArrayList<>();
        for (Usage usage : plan.usage()) {
            if (usage.scope() == Usage.Scope.BUDGET) {
                continue;
            }
            Resource resource = usage.resource();
            useRows.add(List.of(usage.scope() == Usage.Scope.HOST ? "host" : "tier", Markdown.cell(usage.name()),
                    resource.key(), resource.format(usage.used()),
                    usage.limit() == null ? "none" : resource.format(usage.limit()),
                    usage.limit() == null ? "-" : share(usage.used(), usage.limit()),
                    verdict(resource, usage.used(), usage.limit())));
        }
        BigDecimal ceiling = plan.budgets().cost();
        return new ArchitecturePage.Capacity(plan.name(),
                environment == null || environment.replicasCap() == null ? "" : environment.replicasCap().toString(),
                budgetRows, useRows, range(plan.cost().min(), plan.cost().max()),
                ceiling == null ? "" : Quantities.formatMoney(ceiling),
                ceiling == null ? "" : plan.cost().max().compareTo(ceiling) > 0
                        ? "**exceeded by " + Quantities.formatMoney(plan.cost().max().subtract(ceiling)) + "**"
                        : "within");
    }

    private static String share(long used, long limit) {
        if (limit <= 0) {
            return "-";
        }
        return BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(limit), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static String verdict(Resource resource, long used, Long limit) {
        if (limit == null || used <= limit) {
            return "ok";
        }
        return "**exceeded by " + resource.format(used - limit) + "**";
    }

    private static String range(BigDecimal min, BigDecimal max) {
        String low = Quantities.formatMoney(min);
        String high = Quantities.formatMoney(max);
        return low.equals(high) ? high : low + ".." + high;
    }

    private static ArchitecturePage.Recovery recovery(Descriptor descriptor) {
        Objectives objectives = descriptor.objectives();
        List<List<String>> rows = new ArrayList<>();
        for (Service service : descriptor.services().values()) {
            if (!service.stateful()) {
                continue;
            }
            Backup backup = service.backup();
            if (backup == null) {
                rows.add(List.of(Markdown.cell(service.name()), "-", "-", "-", "**no backup**"));
                continue;
            }
            rows.add(List.of(Markdown.cell(service.name()),
                    backup.interval() == null ? "-" : Quantities.formatDuration(backup.interval()),
                    backup.retention() == null ? "-" : Quantities.formatDuration(backup.retention()),
                    backup.pointInTime() ? "yes" : "no",
                    meetsRpo(backup, objectives)));
        }
        return new ArchitecturePage.Recovery(objectives.availability() == null
                ? "not set" : objectives.availability().stripTrailingZeros().toPlainString() + "%",
                objectives.rpo() == null ? "not set" : Quantities.formatDuration(objectives.rpo()),
                objectives.rto() == null ? "not set" : Quantities.formatDuration(objectives.rto()), rows);
    }

    private static String meetsRpo(Backup backup, Objectives objectives) {
        if (objectives.rpo() == null) {
            return "no RPO set";
        }
        if (backup.pointInTime()) {
            return "yes (point-in-time)";
        }
        if (backup.interval() == null) {
            return "**interval not set**";
        }
        if (backup.interval().compareTo(objectives.rpo()) > 0) {
            return "**no: interval " + Quantities.formatDuration(backup.interval()) + " exceeds RPO "
                    + Quantities.formatDuration(objectives.rpo()) + "**";
        }
        return "yes";
    }
}
