package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * A service that publishes a host port while every network it is attached to is internal: nothing outside the
 * system can reach the port, so either the port or the networks are wrong. A service on at least one non-internal
 * network (the usual proxy bridging inside and outside), or on none (the default network), is fine; a network name
 * that is unknown is reported elsewhere and counts as not internal here.
 */
public final class UnreachablePublishedPort implements AdviceRule {

    @Override
    public String id() {
        return "unreachable-published-port";
    }

    @Override
    public String description() {
        return "a service publishes a host port but is attached only to internal networks";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : context.descriptor().services().values()) {
            int published = firstPublished(service.ports());
            if (published < 0 || service.networks().isEmpty() || !allInternal(context, service.networks())) {
                continue;
            }
            findings.add(context.finding(this, "service " + service.name() + " publishes port "
                    + service.ports().get(published) + " but is attached only to internal networks ("
                    + String.join(", ", service.networks())
                    + "); nothing outside can reach it: add a non-internal network or drop the host port",
                    List.of(service.name()), "services", service.name(), "ports", published));
        }
        return findings;
    }

    private static int firstPublished(List<Port> ports) {
        for (int i = 0; i < ports.size(); i++) {
            if (ports.get(i).published()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allInternal(AdviceContext context, List<String> networks) {
        for (String name : networks) {
            Network network = context.descriptor().networks().get(name);
            if (network == null || !network.internal()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return id();
    }
}
