package dev.infraarchitect.analysis.budget;

import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.CostRange;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.analysis.Usage;
import dev.infraarchitect.model.Budgets;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Location;
import dev.infraarchitect.model.Pricing;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.SourceMap;
import dev.infraarchitect.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One environment's replicas, demand, host/tier/budget use and cost, with every exceedance as an error.
 * Demand is resources times maximum replicas after the environment's cap, for container services only (managed
 * services count for cost alone). Messages name the environment ("in prod") for budgets, tiers and cost always;
 * host messages name it only when the descriptor has more than one environment, since with one the host's load is
 * simply the host's load. Violations are located at the key that set the limit: the host, the tier, or the budget
 * key (the environment's own key when it overrides the top-level one).
 */
public final class EnvironmentPlanner {

    private static final int[] NONE = {};

    private final Descriptor descriptor;
    /** The services in name order; positions in this array stand for them below, saving a lookup per use. */
    private final Service[] services;
    private final Map<String, int[]> placedOn = new HashMap<>();
    private final Map<String, int[]> tierMembers = new HashMap<>();
    private final int[] everyContainer;

    /** A planner for {@code descriptor}'s environments, with containers on the hosts {@code placement} chose. */
    public EnvironmentPlanner(Descriptor descriptor, Placement placement) {
        this.descriptor = descriptor;
        this.services = descriptor.services().values().toArray(new Service[0]);
        Map<String, List<Integer>> onHost = new HashMap<>();
        Map<String, List<Integer>> inTier = new HashMap<>();
        List<Integer> containers = new ArrayList<>();
        // both in name order: walk the placement alongside the services
        Iterator<Map.Entry<String, String>> placed = placement.hostOf().entrySet().iterator();
        Map.Entry<String, String> next = placed.hasNext() ? placed.next() : null;
        for (int c = 0; c < services.length; c++) {
            Service service = services[c];
            while (next != null && next.getKey().compareTo(service.name()) < 0) {
                next = placed.hasNext() ? placed.next() : null;
            }
            if (next != null && next.getKey().equals(service.name())) {
                onHost.computeIfAbsent(next.getValue(), h -> new ArrayList<>()).add(c);
            }
            if (service.isContainer()) {
                containers.add(c);
                if (service.tier() != null) {
                    inTier.computeIfAbsent(service.tier(), t -> new ArrayList<>()).add(c);
                }
            }
        }
        onHost.forEach((host, positions) -> placedOn.put(host, positions(positions)));
        inTier.forEach((tier, positions) -> tierMembers.put(tier, positions(positions)));
        everyContainer = positions(containers);
    }

    private static int[] positions(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The plan and the findings of one environment. */
    public record Result(EnvironmentPlan plan, List<Finding> findings) {
    }

    public Result plan(Environment environment) {
        String env = environment.name();
        SortedMap<String, Replicas> replicas = new TreeMap<>();
        Resources[] demand = new Resources[services.length]; // null for managed services
        Resources total = Resources.ZERO;
        CostSum atMin = new CostSum(descriptor.pricing());
        CostSum atMax = new CostSum(descriptor.pricing());
        for (int c = 0; c < services.length; c++) {
            Service service = services[c];
            Replicas capped = environment.cap(service.replicas());
            replicas.put(service.name(), capped);
            atMin.add(service, capped.min());
            atMax.add(service, capped.max());
            if (service.isContainer()) {
                Resources d = service.resources().times(capped.max());
                demand[c] = d;
                total = total.plus(d);
            }
        }
        List<Usage> usage = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        checkHosts(environment, demand, usage, findings);
        checkTiers(environment, demand, usage, findings);
        Budgets budgets = descriptor.budgetsFor(environment);
        checkBudgets(environment, budgets, demand, total, usage, findings);
        CostRange cost = cost(environment, budgets, replicas, atMin.total(), atMax.total(), findings);
        EnvironmentPlan plan = new EnvironmentPlan(env, Collections.unmodifiableSortedMap(replicas), total, cost,
                budgets, List.copyOf(usage));
        return new Result(plan, findings);
    }

    private void checkHosts(Environment environment, Resources[] demand, List<Usage> usage,
            List<Finding> findings) {
        String in = descriptor.environments().size() > 1 ? " in " + environment.name() : "";
        for (Host host : descriptor.hosts().values()) {
            int[] onHost = placedOn.getOrDefault(host.name(), NONE);
            Resources capacity = host.capacity();
            for (Resource resource : Resource.values()) {
                if (!host.bounds(resource)) {
                    continue;
                }
                long used = sum(onHost, demand, resource);
                long limit = capacity.get(resource);
                usage.add(new Usage(Usage.Scope.HOST, host.name(), resource, used, limit));
                if (used > limit) {
                    Map<String, Long> amounts = amounts(onHost, demand, resource);
                    findings.add(new Finding(Severity.ERROR, AnalysisRules.HOST_CAPACITY,
                            "host " + host.name() + " " + resource.key() + " exceeded" + in + ": "
                                    + resource.format(used) + " placed, capacity " + resource.format(limit) + " (+"
                                    + resource.format(used - limit) + "); placed: "
                                    + Contributors.largest(amounts, resource::format),
                            sorted(amounts.keySet()), descriptor.locate(SourceMap.pointer("hosts", host.name()))));
                }
            }
        }
    }

    private void checkTiers(Environment environment, Resources[] demand, List<Usage> usage,
            List<Finding> findings) {
        for (Tier tier : descriptor.tiers().values()) {
            int[] inTier = tierMembers.getOrDefault(tier.name(), NONE);
            for (Resource resource : Resource.values()) {
                long used = sum(inTier, demand, resource);
                Long limit = tier.limits().values().get(resource);
                usage.add(new Usage(Usage.Scope.TIER, tier.name(), resource, used, limit));
                if (limit != null && used > limit) {
                    Map<String, Long> amounts = amounts(inTier, demand, resource);
                    findings.add(new Finding(Severity.ERROR, AnalysisRules.TIER_CAPACITY,
                            "tier " + tier.name() + " " + resource.key() + " exceeded in " + environment.name() + ": "
                                    + resource.format(used) + " requested, limit " + resource.format(limit) + " (+"
                                    + resource.format(used - limit) + "); largest: "
                                    + Contributors.largest(amounts, resource::format),
                            sorted(amounts.keySet()), descriptor.locate(SourceMap.pointer("tiers", tier.name()))));
                }
            }
        }
    }

    private void checkBudgets(Environment environment, Budgets budgets, Resources[] demand,
            Resources total, List<Usage> usage, List<Finding> findings) {
        for (Resource resource : Resource.values()) {
            Long limit = budgets.limits().values().get(resource);
            long used = total.get(resource);
            usage.add(new Usage(Usage.Scope.BUDGET, environment.name(), resource, used, limit));
            if (limit != null && used > limit) {
                Map<String, Long> amounts = amounts(everyContainer, demand, resource);
                findings.add(new Finding(Severity.ERROR, AnalysisRules.BUDGET,
                        "budget " + resource.key() + " exceeded in " + environment.name() + ": "
                                + resource.format(used) + " requested, ceiling " + resource.format(limit) + " (+"
                                + resource.format(used - limit) + "); largest: "
                                + Contributors.largest(amounts, resource::format),
                        sorted(amounts.keySet()),
                        budgetLocation(environment, environment.budgets().limits().values().containsKey(resource),
                                resource.key())));
            }
        }
    }

    private CostRange cost(Environment environment, Budgets budgets, SortedMap<String, Replicas> replicas,
            BigDecimal servicesAtMin, BigDecimal servicesAtMax, List<Finding> findings) {
        BigDecimal min = servicesAtMin;
        BigDecimal max = servicesAtMax;
        for (Host host : descriptor.hosts().values()) {
            if (host.cost() != null) {
                min = min.add(host.cost());
                max = max.add(host.cost());
            }
        }
        BigDecimal ceiling = budgets.cost();
        if (ceiling != null && max.compareTo(ceiling) > 0) {
            // who contributes is worked out only for the message
            Map<String, BigDecimal> contributions = new HashMap<>();
            List<String> services = new ArrayList<>();
            for (Service service : descriptor.services().values()) {
                BigDecimal atMax = CostCalculator.perReplica(service, descriptor.pricing())
                        .multiply(BigDecimal.valueOf(replicas.get(service.name()).max()));
                if (atMax.signum() > 0) {
                    contributions.put(service.name(), atMax);
                    services.add(service.name());
                }
            }
            for (Host host : descriptor.hosts().values()) {
                if (host.cost() != null && host.cost().signum() > 0) {
                    contributions.put("host " + host.name(), host.cost());
                }
            }
            String currency = " " + descriptor.currency();
            int decimals = Quantities.moneyDecimalsApart(max, ceiling);
            findings.add(new Finding(Severity.ERROR, AnalysisRules.COST_CEILING,
                    "cost exceeded in " + environment.name() + ": " + Quantities.formatMoney(max, decimals) + currency
                            + " per month at maximum replicas, ceiling " + Quantities.formatMoney(ceiling, decimals)
                            + currency + " (+" + Quantities.formatMoney(max.subtract(ceiling), decimals) + currency
                            + "); largest: "
                            + Contributors.largest(contributions,
                                    amount -> Quantities.formatMoney(amount, decimals) + currency),
                    services, budgetLocation(environment, environment.budgets().cost() != null, "cost")));
        }
        return new CostRange(min, max);
    }

    private Location budgetLocation(Environment environment, boolean overridden, String key) {
        return descriptor.locate(overridden
                ? SourceMap.pointer("environments", environment.name(), "budgets", key)
                : SourceMap.pointer("budgets", key));
    }

    /**
     * The cost of many services' replicas: fixed costs summed as they come, priced resources summed as amounts and
     * priced once per resource, which is exact (pricing is linear) and spares a decimal product per service.
     */
    private static final class CostSum {

        private static final Resource[] RESOURCES = Resource.values();

        private final Pricing pricing;
        private final long[] amounts = new long[RESOURCES.length];
        private BigDecimal exact = BigDecimal.ZERO;

        CostSum(Pricing pricing) {
            this.pricing = pricing;
        }

        void add(Service service, int replicas) {
            if (replicas == 0) {
                return;
            }
            if (service.cost() != null) {
                exact = exact.add(service.cost().multiply(BigDecimal.valueOf(replicas)));
                return;
            }
            for (Resource resource : RESOURCES) {
                long amount = service.resources().get(resource);
                if (amount == 0) {
                    continue;
                }
                int i = resource.ordinal();
                try {
                    amounts[i] = Math.addExact(amounts[i], Math.multiplyExact(amount, (long) replicas));
                } catch (ArithmeticException beyondLong) {
                    exact = exact.add(CostCalculator.priced(resource,
                            BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(replicas)), pricing));
                }
            }
        }

        BigDecimal total() {
            BigDecimal total = exact;
            for (Resource resource : RESOURCES) {
                long amount = amounts[resource.ordinal()];
                if (amount != 0) {
                    total = total.add(CostCalculator.priced(resource, amount, pricing));
                }
            }
            return total;
        }
    }

    private static long sum(int[] positions, Resources[] demand, Resource resource) {
        long sum = 0;
        for (int c : positions) {
            if (demand[c] != null) {
                sum = Math.addExact(sum, demand[c].get(resource));
            }
        }
        return sum;
    }

    /** Each service's non-zero amount of {@code resource}, by name. */
    private Map<String, Long> amounts(int[] positions, Resources[] demand, Resource resource) {
        Map<String, Long> amounts = new HashMap<>();
        for (int c : positions) {
            if (demand[c] != null && demand[c].get(resource) != 0) {
                amounts.put(services[c].name(), demand[c].get(resource));
            }
        }
        return amounts;
    }

    private static List<String> sorted(Collection<String> names) {
        List<String> list = new ArrayList<>(names);
        Collections.sort(list);
        return list;
    }
}
