package dev.infraarchitect.analysis;

import dev.infraarchitect.analysis.advice.AdviceContext;
import dev.infraarchitect.analysis.advice.AdviceRule;
import dev.infraarchitect.analysis.advice.AdviceRules;
import dev.infraarchitect.analysis.budget.EnvironmentPlanner;
import dev.infraarchitect.analysis.graph.CycleFinder;
import dev.infraarchitect.analysis.graph.DependencyGraph;
import dev.infraarchitect.analysis.graph.PhasePlanner;
import dev.infraarchitect.analysis.graph.ReferenceCheck;
import dev.infraarchitect.analysis.placement.Placer;
import dev.infraarchitect.analysis.wiring.DataChecks;
import dev.infraarchitect.analysis.wiring.NetworkChecks;
import dev.infraarchitect.analysis.wiring.Wiring;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.SourceMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Analyses a descriptor: references, dependency cycles, phases and critical path, placement, each environment's
 * use of hosts, tiers and budgets, cost, and the advice rules. Hard checks are always errors; advice rules report at
 * their default severity unless {@link AnalysisOptions#severities()} sets another ({@code OFF} drops them), and
 * {@link AnalysisOptions#failOnWarning()} raises every remaining warning to an error. Findings are sorted by
 * location (line, column), then rule, then message. Stateless and thread-safe; near-linear in the descriptor's size.
 */
public final class Analyzer {

    private static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    /**
     * Analyses {@code descriptor}; {@code options} were checked against the rules when they were made.
     */
    public Analysis analyze(Descriptor descriptor, AnalysisOptions options) {
        GraphPart graph = graph(descriptor);
        CapacityPart capacity = capacity(descriptor);
        List<Finding> findings = new ArrayList<>(graph.findings());
        findings.addAll(capacity.findings());
        // edges, ports and the advice rules read both the dependency graph and the placement
        Wiring wiring = Wiring.of(descriptor, capacity.placement());
        findings.addAll(NetworkChecks.check(descriptor, wiring));
        findings.addAll(advice(new AdviceContext(descriptor, graph.dependencies(), capacity.placement(), wiring),
                options));
        // the parts never share a rule, so the stable sort gives the order of one serial pass
        findings.sort(ORDER);
        return new Analysis(descriptor, graph.order(), capacity.placement(),
                Collections.unmodifiableSortedMap(capacity.environments()), List.copyOf(findings), wiring);
    }

    private record GraphPart(StartupOrder order, DependencyGraph dependencies, List<Finding> findings) {
    }

    private record CapacityPart(Placement placement, SortedMap<String, EnvironmentPlan> environments,
            List<Finding> findings) {
    }

    /** References, data, cycles and phases, which all read the dependency graph. */
    private static GraphPart graph(Descriptor descriptor) {
        List<Finding> findings = new ArrayList<>(ReferenceCheck.check(descriptor));
        findings.addAll(DataChecks.check(descriptor));
        DependencyGraph dependencies = DependencyGraph.of(descriptor);
        Set<String> cyclic = new HashSet<>();
        for (CycleFinder.Cycle cycle : CycleFinder.cycles(dependencies)) {
            cyclic.addAll(cycle.component());
            findings.add(cycleFinding(descriptor, cycle));
        }
        PhasePlanner.Result phases = PhasePlanner.plan(descriptor, dependencies, cyclic);
        findings.addAll(phases.findings());
        return new GraphPart(phases.order(), dependencies, findings);
    }

    /** The advice rules, each at its configured severity. */
    private static List<Finding> advice(AdviceContext context, AnalysisOptions options) {
        List<Finding> findings = new ArrayList<>();
        for (AdviceRule rule : AdviceRules.ALL) {
            Severity severity = options.severities().getOrDefault(rule.id(), rule.defaultSeverity());
            if (severity == Severity.WARNING && options.failOnWarning()) {
                severity = Severity.ERROR;
            }
            if (severity == Severity.OFF) {
                continue;
            }
            for (Finding finding : rule.check(context)) {
                findings.add(new Finding(severity, finding.rule(), finding.message(), finding.services(),
                        finding.location()));
            }
        }
        return findings;
    }

    /** Placement, then each environment's hosts, tiers, budgets and cost. */
    private static CapacityPart capacity(Descriptor descriptor) {
        Placer.Result placed = Placer.place(descriptor);
        List<Finding> findings = new ArrayList<>(placed.findings());
        EnvironmentPlanner planner = new EnvironmentPlanner(descriptor, placed.placement());
        SortedMap<String, EnvironmentPlan> environments = new TreeMap<>();
        for (Environment environment : descriptor.environments().values()) {
            EnvironmentPlanner.Result result = planner.plan(environment);
            environments.put(environment.name(), result.plan());
            findings.addAll(result.findings());
        }
        return new CapacityPart(placed.placement(), environments, findings);
    }

    /** Located at the first edge of the cycle: the {@code dependsOn} entry of its first service that starts it. */
    private static Finding cycleFinding(Descriptor descriptor, CycleFinder.Cycle cycle) {
        String first = cycle.path().get(0);
        int index = descriptor.services().get(first).dependsOn().indexOf(cycle.path().get(1));
        String message = "dependency cycle: " + cycle.describe();
        Set<String> onPath = new HashSet<>(cycle.path());
        List<String> others = cycle.component().stream().filter(s -> !onPath.contains(s)).toList();
        if (!others.isEmpty()) {
            message += " (also on cycles with these: " + String.join(", ", others) + ")";
        }
        return new Finding(Severity.ERROR, AnalysisRules.DEPENDENCY_CYCLE, message, List.copyOf(cycle.component()),
                descriptor.locate(SourceMap.pointer("services", first, "dependsOn", index)));
    }
}
