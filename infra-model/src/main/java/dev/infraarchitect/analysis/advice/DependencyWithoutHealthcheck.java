package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.budget.Contributors;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * A container service that others depend on but that has no healthcheck. Without one, "started" is all its
 * dependents can wait for, and a database that is started is not yet ready: they fail or race at startup.
 * Managed services are left out: their readiness is the provider's business.
 */
public final class DependencyWithoutHealthcheck implements AdviceRule {

    @Override
    public String id() {
        return "dependency-without-healthcheck";
    }

    @Override
    public String description() {
        return "a container service that others depend on has no healthcheck";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : context.descriptor().services().values()) {
            if (!service.isContainer() || service.healthcheck() != null
                    || !context.dependencies().isDependedOn(service.name())) {
                continue; // the usual case, decided without listing the dependents
            }
            SortedSet<String> dependents = context.dependencies().dependentsOf(service.name());
            findings.add(context.finding(this, "service " + service.name() + " has no healthcheck but "
                    + names(dependents) + (dependents.size() == 1 ? " depends" : " depend")
                    + " on it; add a healthcheck so they can wait until it is ready",
                    List.of(service.name()), "services", service.name()));
        }
        return findings;
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
