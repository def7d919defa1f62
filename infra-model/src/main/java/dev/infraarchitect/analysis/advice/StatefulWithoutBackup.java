package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * A stateful service without {@code backup}. Its data is the one thing a rebuild cannot bring back, so the
 * descriptor should say how it is saved; a missing backup is usually an oversight rather than a decision.
 */
public final class StatefulWithoutBackup implements AdviceRule {

    @Override
    public String id() {
        return "stateful-without-backup";
    }

    @Override
    public String description() {
        return "a stateful service has no backup";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : context.descriptor().services().values()) {
            if (service.stateful() && service.backup() == null) {
                findings.add(context.finding(this, "service " + service.name()
                        + " is stateful but has no backup; add backup: { interval: ..., retention: ... }",
                        List.of(service.name()), "services", service.name(), "stateful"));
            }
        }
        return findings;
    }

    @Override
    public String toString() {
        return id();
    }
}
