package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.budget.Contributors;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.StartCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A container service that others depend on but that has no healthcheck. Without one, "started" is all its
 * dependents can wait for, and a database that is started is not yet ready: they fail or race at startup.
 * Managed services are left out: their readiness is the provider's business. So are the dependents of a job that
 * wait for it to complete: completion, not health, is what they wait for.
 */
public final class DependencyWithoutHealthcheck implements AdviceRule {

    @Override
    public String id() {
        return "dependency-without-healthcheck";
    }

    @Override
    public String description() {
        return "a container service that others depend on has no healthcheck (a job they wait to complete needs none)";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : context.descriptor().services().values()) {
            if (!service.isContainer() || service.healthcheck() != null
                    || !context.dependencies().isDependedOn(service.name())) {
                continue; // the usual case, decided without listing the dependents
            }
            SortedSet<String> dependents = waitingForReadiness(context, service);
            if (dependents.isEmpty()) {
                continue;
            }
            findings.add(context.finding(this, "service " + service.name() + " has no healthcheck but "
                    + names(dependents) + (dependents.size() == 1 ? " depends" : " depend")
                    + " on it; add a healthcheck so they can wait until it is ready"
                    + (service.isJob() ? ", or let them wait for it to complete (condition: completed)" : ""),
                    List.of(service.name()), "services", service.name()));
        }
        return findings;
    }

    /**
     * The dependents of {@code service} that wait for it to be ready. Those of a job that wait for it to complete
     * (the default for a job) are left out: its exit code, not its health, is what they wait for.
     */
    private static SortedSet<String> waitingForReadiness(AdviceContext context, Service service) {
        SortedSet<String> dependents = context.dependencies().dependentsOf(service.name());
        if (!service.isJob()) {
            return dependents;
        }
        Map<String, Service> services = context.descriptor().services();
        return dependents.stream()
                .filter(d -> services.get(d).startCondition(service.name(), service) != StartCondition.COMPLETED)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String names(SortedSet<String> names) {
        List<String> list = new ArrayList<>(names);
        if (list.size() <= Contributors.SHOWN) {
            return String.join(", ", list);
        }
        return String.join(", ", list.subList(0, Contributors.SHOWN)) + " and " + (list.size() - Contributors.SHOWN)
                + " more";
    }

    @Override
    public String toString() {
        return id();
    }
}
