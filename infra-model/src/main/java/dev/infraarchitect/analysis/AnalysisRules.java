package dev.infraarchitect.analysis;

import java.util.Set;

/** Stable ids of the analysis' hard checks; the advice rules carry their own ids, {@link Rules} describes all. */
public final class AnalysisRules {

    public static final String UNKNOWN_REFERENCE = "unknown-reference";
    public static final String DEPENDENCY_CYCLE = "dependency-cycle";
    public static final String PHASE_ORDER = "phase-order";
    public static final String INVALID_SETTING = "invalid-setting";
    public static final String UNPLACEABLE = "unplaceable";
    public static final String HOST_CAPACITY = "host-capacity";
    public static final String TIER_CAPACITY = "tier-capacity";
    public static final String BUDGET = "budget";
    public static final String COST_CEILING = "cost-ceiling";
    public static final String STATEFUL_WITHOUT_DATA = "stateful-without-data";
    public static final String UNCLUSTERED_REPLICAS = "unclustered-replicas";
    public static final String EDGE_WITHOUT_NETWORK = "edge-without-network";
    public static final String INTERNAL_ONLY_DEPENDENCY = "internal-only-dependency";
    public static final String CROSS_HOST_WITHOUT_PORT = "cross-host-without-port";
    public static final String HOST_PORT_CONFLICT = "host-port-conflict";

    /** Rules whose errors make phases or references meaningless. */
    public static final Set<String> STRUCTURAL = Set.of(UNKNOWN_REFERENCE, DEPENDENCY_CYCLE, PHASE_ORDER, INVALID_SETTING);

    /** Every hard check: always an error, never configurable (only advice rules are); from {@link Rules}. */
    public static final Set<String> ALL = Set.copyOf(Rules.all().stream().filter(Rule::hard).map(Rule::id).toList());

    private AnalysisRules() {
    }
}
