package dev.infraarchitect.render.docs;

import dev.infraarchitect.render.markdown.Markdown;
import java.util.List;

/**
 * The architecture page, {@code docs/architecture.md}: the variables of the template {@code docs/architecture.md.ftl}
 * and the built-in layout. Every cell is computed and escaped by the generator, so a layout only arranges them; a
 * value the descriptor leaves out is an empty string or list.
 *
 * @param environments the environments' names, in the order of the capacity plan
 * @param inventory    one row per service: kind, tier, host, phase, resources, replicas and cost per environment
 * @param capacity     one plan per environment
 */
public record ArchitecturePage(String project, String description, String currency, List<String> environments,
        Table inventory, Graph graph, Deployment deployment, List<Capacity> capacity, Recovery recovery) {

    public ArchitecturePage {
        environments = List.copyOf(environments);
        capacity = List.copyOf(capacity);
    }

    /** A Markdown table: its header and rows of cells, escaped. */
    public record Table(List<String> header, List<List<String>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /**
     * The Mermaid graph: Mermaid statements for nodes grouped by tier, nodes without a tier, edges, and the ids of
     * managed services.
     */
    public record Graph(List<Tier> tiers, List<String> loose, List<Edge> edges, List<String> managed) {

        public Graph {
            tiers = List.copyOf(tiers);
            loose = List.copyOf(loose);
            edges = List.copyOf(edges);
            managed = List.copyOf(managed);
        }
    }

    /** A subgraph: its Mermaid id, quoted label and node statements. */
    public record Tier(String id, String label, List<String> nodes) {

        public Tier {
            nodes = List.copyOf(nodes);
        }
    }

    /** {@code from arrow to}, the arrow labelled with port and protocol where the descriptor names them. */
    public record Edge(String from, String arrow, String to) {
    }

    /**
     * @param criticalPath the longest chain of start order, or empty when it has fewer than two services
     * @param unscheduled  the services in no phase (a cycle or an unknown dependency), or empty
     */
    public record Deployment(List<Phase> phases, String criticalPath, String unscheduled) {

        public Deployment {
            phases = List.copyOf(phases);
        }
    }

    /** @param services the phase's services as code spans, or "none" */
    public record Phase(String number, String services) {
    }

    /**
     * @param replicasCap the environment's replica cap, or empty
     * @param budgets     rows of resource, demand, budget, use and status
     * @param use         rows of scope, name, resource, used, limit, use and status per host and tier
     * @param costCeiling the environment's cost ceiling, or empty
     * @param costVerdict "within" or the overshoot, or empty without a ceiling
     */
    public record Capacity(String name, String replicasCap, List<List<String>> budgets, List<List<String>> use,
            String cost, String costCeiling, String costVerdict) {

        public Capacity {
            budgets = List.copyOf(budgets);
            use = List.copyOf(use);
        }
    }

    /** @param services rows of stateful service, backup interval, retention, point-in-time and whether it meets RPO */
    public record Recovery(String availability, String rpo, String rto, List<List<String>> services) {

        public Recovery {
            services = List.copyOf(services);
        }
    }

    private static final List<String> BUDGET_HEADER = List.of("Resource", "Demand", "Budget", "Use", "Status");
    private static final List<String> USE_HEADER =
            List.of("Scope", "Name", "Resource", "Used", "Limit", "Use", "Status");
    private static final List<String> RECOVERY_HEADER =
            List.of("Stateful service", "Backup interval", "Retention", "Point-in-time", "Meets RPO");

    /** The built-in layout. */
    public static String markdown(ArchitecturePage page) {
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("# ").append(page.project).append(": architecture\n\n");
        if (!page.description.isEmpty()) {
            out.append(page.description).append("\n\n");
        }
        out.append("## Services\n\nResources are per replica; CPU in cores. Monthly cost in ").append(page.currency)
                .append(" per environment, from minimum to maximum replicas.\n\n");
        Markdown.table(out, page.inventory.header, page.inventory.rows);
        graph(out.append('\n'), page.graph);
        deployment(out.append('\n'), page.deployment);
        out.append("\n## Capacity plan\n");
        for (Capacity environment : page.capacity) {
            capacity(out.append('\n'), environment, page.currency);
        }
        recovery(out.append('\n'), page.recovery);
        return out.toString();
    }

    private static void graph(StringBuilder out, Graph graph) {
        out.append("## Dependencies\n\nA solid arrow points from a service to a service it depends on (started first);"
                + " a dashed arrow to a service it only sends traffic to (`talksTo`, no start order). An arrow is"
                + " labelled with the port and protocol when the descriptor names them. Stateful services are drawn"
                + " as cylinders, managed services dashed.\n\n```mermaid\nflowchart LR\n");
        for (Tier tier : graph.tiers) {
            out.append("  subgraph ").append(tier.id).append('[').append(tier.label).append("]\n");
            for (String node : tier.nodes) {
                out.append("    ").append(node).append('\n');
            }
            out.append("  end\n");
        }
        for (String node : graph.loose) {
            out.append("  ").append(node).append('\n');
        }
        for (Edge edge : graph.edges) {
            out.append("  ").append(edge.from).append(' ').append(edge.arrow).append(' ').append(edge.to).append('\n');
        }
        if (!graph.managed.isEmpty()) {
            out.append("  classDef managed stroke-dasharray: 5 5\n  class ").append(String.join(",", graph.managed))
                    .append(" managed\n");
        }
        out.append("```\n");
    }

    private static void deployment(StringBuilder out, Deployment deployment) {
        out.append("## Deployment plan\n\nServices of one phase can start in parallel; each phase starts when the one"
                + " before it is up.\n\n");
        int counter = 0;
        for (Phase phase : deployment.phases) {
            out.append(++counter).append(". Phase ").append(phase.number).append(": ").append(phase.services)
                    .append('\n');
        }
        if (!deployment.criticalPath.isEmpty()) {
            out.append("\nCritical path: ").append(deployment.criticalPath).append('\n');
        }
        if (!deployment.unscheduled.isEmpty()) {
            out.append("\nNot scheduled (dependency cycle or unknown dependency): ").append(deployment.unscheduled)
                    .append('\n');
        }
    }

    private static void capacity(StringBuilder out, Capacity environment, String currency) {
        out.append("### ").append(environment.name).append("\n\n");
        if (!environment.replicasCap.isEmpty()) {
            out.append("Replicas are capped at ").append(environment.replicasCap).append(" in this environment.\n\n");
        }
        Markdown.table(out, BUDGET_HEADER, environment.budgets);
        out.append("\nMonthly cost: ").append(environment.cost).append(' ').append(currency);
        if (!environment.costCeiling.isEmpty()) {
            out.append(", ceiling ").append(environment.costCeiling).append(' ').append(currency).append(": ")
                    .append(environment.costVerdict);
        }
        out.append(".\n");
        if (!environment.use.isEmpty()) {
            Markdown.table(out.append('\n'), USE_HEADER, environment.use);
        }
    }

    private static void recovery(StringBuilder out, Recovery recovery) {
        Markdown.table(out.append("## Recovery objectives\n\n"), List.of("Objective", "Target"),
                List.of(List.of("Availability", recovery.availability), List.of("RPO", recovery.rpo),
                        List.of("RTO", recovery.rto)));
        out.append('\n');
        if (recovery.services.isEmpty()) {
            out.append("No stateful services.\n");
        } else {
            Markdown.table(out, RECOVERY_HEADER, recovery.services);
        }
    }
}
