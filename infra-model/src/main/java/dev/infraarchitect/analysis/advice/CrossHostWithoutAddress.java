package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.wiring.Wiring;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * A service calls a service on another host whose {@code address} the descriptor does not give. The generated
 * files then read the address from the variable {@link Host#addressVariable()} at deploy time, and fail to start
 * the caller when the deployer has not set it.
 */
public final class CrossHostWithoutAddress implements AdviceRule {

    @Override
    public String id() {
        return "cross-host-without-address";
    }

    @Override
    public String description() {
        return "a service calls a service on another host that has no address; the deployer must supply it";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        List<Finding> findings = new ArrayList<>();
        Wiring wiring = context.wiring();
        for (Service caller : context.descriptor().services().values()) {
            for (Edge edge : wiring.remoteEdges(caller)) {
                Service target = context.descriptor().services().get(edge.service());
                Host host = context.descriptor().hosts().get(wiring.hostOf(target));
                if (host == null || host.hasAddress()) {
                    continue;
                }
                findings.add(context.finding(this, "service " + caller.name() + " on host " + wiring.hostOf(caller)
                        + " calls " + target.name() + " on host " + host.name() + ", which has no address; the"
                        + " generated files read it from " + host.addressVariable() + " at deploy time: add"
                        + " 'address:' to hosts." + host.name() + " or set that variable",
                        List.of(caller.name(), target.name()).stream().sorted().toList(), "services",
                        caller.name(), edge.kind().field(), edge.index()));
            }
        }
        return findings;
    }

    @Override
    public String toString() {
        return id();
    }
}
