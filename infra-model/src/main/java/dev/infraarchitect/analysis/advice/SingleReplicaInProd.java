package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Objectives;
import dev.infraarchitect.model.Service;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * In the environment named {@code prod}, with an availability objective of 99.9% or more: a stateful or depended-on
 * container service whose maximum replica count there (after the environment's cap) is 1. One replica is a single
 * point of failure; 99.9% allows under 45 minutes of downtime a month, less than one bad restart or host failure.
 * For a stateful service that is not {@code clustered}, more replicas would be independent copies of its data, so
 * the advice is to replicate it in the software (then {@code clustered: true}) or use a managed service instead.
 */
public final class SingleReplicaInProd implements AdviceRule {

    private static final BigDecimal HIGH_AVAILABILITY = new BigDecimal("99.9");

    @Override
    public String id() {
        return "single-replica-in-prod";
    }

    @Override
    public String description() {
        return "in prod, with availability of 99.9% or more, a stateful or depended-on container service has one"
                + " replica";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        List<Finding> findings = new ArrayList<>();
        Objectives objectives = context.descriptor().objectives();
        Environment prod = context.descriptor().environments().get(Environment.DEFAULT_NAME);
        if (prod == null || objectives.availability() == null
                || objectives.availability().compareTo(HIGH_AVAILABILITY) < 0) {
            return findings;
        }
        for (Service service : context.descriptor().services().values()) {
            boolean critical = service.stateful() || context.dependencies().isDependedOn(service.name());
            if (service.isContainer() && critical && prod.cap(service.replicas()).max() == 1) {
                String advice = service.stateful() && !service.clustered()
                        ? "; more replicas would be independent copies of its data: set up replication in the"
                                + " software and add 'clustered: true' with at least 2 replicas, or use a managed"
                                + " service"
                        : "; run at least 2 replicas";
                findings.add(context.finding(this, "service " + service.name() + " runs a single replica in prod"
                        + " although it is " + (service.stateful() ? "stateful" : "depended on")
                        + " and objectives.availability is " + objectives.availability().toPlainString()
                        + "%" + advice, List.of(service.name()), "services", service.name(), "replicas"));
            }
        }
        return findings;
    }

    @Override
    public String toString() {
        return id();
    }
}
