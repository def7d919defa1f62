package dev.infraarchitect.analysis;

import dev.infraarchitect.analysis.advice.AdviceRule;
import dev.infraarchitect.analysis.advice.AdviceRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every rule of the analysis, hard checks first, each with its id, kind, default severity and description, in the
 * order the documentation lists them. The analysis, SARIF's rule metadata, the plugin's configuration checks and the
 * README's tables (held to this by a test) all take their rules from here.
 */
public final class Rules {

    private static final List<Rule> HARD = List.of(
            hard(AnalysisRules.UNKNOWN_REFERENCE, "a dependsOn, host, tier, network, decision service or supersedes"
                    + " names nothing that the descriptor declares (with \"did you mean\")"),
            hard(AnalysisRules.DEPENDENCY_CYCLE, "services depend on each other in a cycle; every independent cycle"
                    + " is shown as an ordered path a -> b -> c -> a, self-dependencies included"),
            hard(AnalysisRules.PHASE_ORDER, "a given phase is earlier than the phase of one of its dependencies"),
            hard(AnalysisRules.INVALID_SETTING, "a setting has a value that cannot be used, such as a managed service"
                    + " pinned to a host"),
            hard(AnalysisRules.UNPLACEABLE, "a container service fits on no host; the message names the closest host"
                    + " and what it lacks"),
            hard(AnalysisRules.HOST_CAPACITY, "the services placed on a host exceed its capacity (resources minus"
                    + " reserve)"),
            hard(AnalysisRules.TIER_CAPACITY, "the services of a tier exceed its limits"),
            hard(AnalysisRules.BUDGET, "the system's demand exceeds a budget in an environment"),
            hard(AnalysisRules.COST_CEILING, "the monthly cost at maximum replicas exceeds an environment's ceiling"),
            hard(AnalysisRules.STATEFUL_WITHOUT_DATA, "a stateful container service whose data path is unknown: no"
                    + " data, no writable volumes, an image the plugin does not know"),
            hard(AnalysisRules.UNCLUSTERED_REPLICAS, "more than one replica of a stateful container service that does"
                    + " not say clustered: true"),
            hard(AnalysisRules.EDGE_WITHOUT_NETWORK, "two services on one host, one calling the other, share no"
                    + " network"),
            hard(AnalysisRules.INTERNAL_ONLY_DEPENDENCY, "a managed service or a container on another host calls a"
                    + " container attached only to internal networks"),
            hard(AnalysisRules.CROSS_HOST_WITHOUT_PORT, "a call across hosts with no port to publish, or a managed"
                    + " service calling a container that publishes none"),
            hard(AnalysisRules.HOST_PORT_CONFLICT, "one host port published more than once on a host, by replicas or"
                    + " by two services"));

    private static final List<Rule> ALL = collect();

    private Rules() {
    }

    private static Rule hard(String id, String description) {
        return new Rule(id, true, Severity.ERROR, description);
    }

    private static List<Rule> collect() {
        List<Rule> rules = new ArrayList<>(HARD);
        for (AdviceRule advice : AdviceRules.ALL) {
            rules.add(new Rule(advice.id(), false, advice.defaultSeverity(), advice.description()));
        }
        return List.copyOf(rules);
    }

    /** Every rule: the hard checks, then the advice rules. */
    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
