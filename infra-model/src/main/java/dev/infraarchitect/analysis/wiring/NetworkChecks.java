package dev.infraarchitect.analysis.wiring;

import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.SourceMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Edges and ports the generated files cannot make work, once services are placed; each an error at the place it is
 * written, naming both services:
 * <ul>
 * <li>{@code edge-without-network}: caller and target on one host share no network, so the target's name does
 * not resolve for the caller.</li>
 * <li>{@code internal-only-dependency}: a managed service, or a container on another host, calls a container
 * attached only to internal networks; Docker publishes no port of such a container.</li>
 * <li>{@code cross-host-without-port}: a caller on another host calls a target that declares no port, through an
 * edge that names none, so there is nothing to publish; or a managed service calls a container that publishes no
 * host port on a described host.</li>
 * <li>{@code host-port-conflict}: one host port is published more than once on one host, by several replicas of
 * a service or by two services (ports published for callers on other hosts included); all but one fail to
 * bind.</li>
 * </ul>
 */
public final class NetworkChecks {

    private NetworkChecks() {
    }

    public static List<Finding> check(Descriptor descriptor, Wiring wiring) {
        List<Finding> findings = new ArrayList<>();
        for (Service caller : descriptor.services().values()) {
            for (Edge edge : caller.edges()) {
                Service target = descriptor.services().get(edge.service());
                if (target != null && target.isContainer() && target != caller) {
                    checkEdge(descriptor, wiring, caller, edge, target, findings);
                }
            }
        }
        checkPorts(descriptor, wiring, findings);
        return findings;
    }

    private static void checkEdge(Descriptor descriptor, Wiring wiring, Service caller, Edge edge, Service target,
            List<Finding> findings) {
        String to = wiring.hostOf(target);
        String from = wiring.hostOf(caller);
        if (to == null || caller.isContainer() && from == null) {
            return; // placed on no host: reported by placement
        }
        String where = edge.pointer(caller.name());
        List<String> both = List.of(caller.name(), target.name());
        boolean remote = caller.isManaged() || !to.equals(from);
        if (!remote && Wiring.shared(caller, target).isEmpty()) {
            findings.add(error(descriptor, AnalysisRules.EDGE_WITHOUT_NETWORK, "service " + caller.name()
                    + " talks to " + target.name() + (wiring.hosted() ? " on host " + to : "")
                    + ", but they share no network (" + caller.name() + ": " + String.join(", ",
                    Wiring.networksOf(caller)) + "; " + target.name() + ": " + String.join(", ",
                    Wiring.networksOf(target)) + "), so " + target.name() + " does not resolve; attach "
                    + caller.name() + " to one of " + target.name() + "'s networks, e.g. 'networks: ["
                    + Wiring.networksOf(target).first() + "]'", both, where));
        }
        if (remote && internalOnly(descriptor, target)) {
            String who = caller.isManaged() ? "managed service " + caller.name()
                    : "service " + caller.name() + " on host " + from;
            findings.add(error(descriptor, AnalysisRules.INTERNAL_ONLY_DEPENDENCY, who + " calls " + target.name()
                    + ", which is attached only to internal networks (" + String.join(", ", target.networks())
                    + "); Docker publishes no port of such a container, so nothing outside its host reaches it;"
                    + " attach " + target.name() + " to a non-internal network as well", both, where));
        } else if (caller.isManaged() && wiring.hosted() && target.ports().stream().noneMatch(Port::published)) {
            findings.add(error(descriptor, AnalysisRules.CROSS_HOST_WITHOUT_PORT, "managed service "
                    + caller.name() + " calls " + target.name() + ", which publishes no host port, so nothing"
                    + " outside its host reaches it; publish the port it is called on, e.g. 'ports: [\"8080:8080\"]'",
                    both, where));
        } else if (remote && caller.isContainer() && Wiring.ports(edge, target).isEmpty()) {
            findings.add(error(descriptor, AnalysisRules.CROSS_HOST_WITHOUT_PORT, "service " + caller.name()
                    + " on host " + from + " calls " + target.name() + " on host " + to + ", which declares no"
                    + " port, so none can be published for it; name the port on the edge, e.g. '{ service: "
                    + target.name() + ", port: 8080 }', or add 'ports' to " + target.name(), both, where));
        }
    }

    private static boolean internalOnly(Descriptor descriptor, Service service) {
        if (service.networks().isEmpty()) {
            return false;
        }
        for (String name : service.networks()) {
            Network network = descriptor.networks().get(name);
            if (network == null || !network.internal()) {
                return false;
            }
        }
        return true;
    }

    private record Binding(String service, int index, int replicas) {
    }

    private static void checkPorts(Descriptor descriptor, Wiring wiring, List<Finding> findings) {
        Map<String, Binding> taken = new HashMap<>();
        for (Service service : descriptor.services().values()) {
            String host = wiring.hostOf(service);
            if (host == null) {
                continue;
            }
            int replicas = mostReplicas(descriptor, service);
            List<Port> ports = service.ports();
            List<int[]> bound = new ArrayList<>(); // host port, index in ports (-1: published for remote callers)
            for (int i = 0; i < ports.size(); i++) {
                if (ports.get(i).published()) {
                    bound.add(new int[] {i});
                }
            }
            for (int[] b : bound) {
                Port port = ports.get(b[0]);
                String key = host + "/" + port.host() + "/" + port.protocol();
                String label = port.host() + "/" + port.protocol();
                Binding earlier = taken.putIfAbsent(key, new Binding(service.name(), b[0], replicas));
                String pointer = SourceMap.pointer("services", service.name(), "ports", b[0]);
                String on = wiring.hosted() ? " on host " + host : "";
                if (earlier != null && !earlier.service().equals(service.name())) {
                    findings.add(error(descriptor, AnalysisRules.HOST_PORT_CONFLICT, "services " + earlier.service()
                            + " and " + service.name() + " both publish host port " + label + on + "; only one"
                            + " can bind it: change one host port or put a proxy in front of both",
                            List.of(earlier.service(), service.name()), pointer));
                } else if (earlier == null && replicas > 1) {
                    findings.add(error(descriptor, AnalysisRules.HOST_PORT_CONFLICT, "service " + service.name()
                            + " runs up to " + replicas + " replicas" + on + " that all publish host port " + label
                            + "; only one can bind it: publish the container port only (\"" + port.containerPort()
                            + "\") and put a proxy in front, or run 1 replica", List.of(service.name()), pointer));
                }
            }
        }
        // then the ports published for callers on other hosts, which the descriptor's own ports keep
        for (Service service : descriptor.services().values()) {
            String host = wiring.hostOf(service);
            if (host == null) {
                continue;
            }
            int replicas = mostReplicas(descriptor, service);
            for (int port : wiring.publishedForRemote(service.name())) {
                String key = host + "/" + port + "/tcp";
                Binding earlier = taken.putIfAbsent(key, new Binding(service.name(), -1, replicas));
                String label = port + "/tcp";
                String on = wiring.hosted() ? " on host " + host : "";
                if (earlier != null && !earlier.service().equals(service.name())) {
                    findings.add(error(descriptor, AnalysisRules.HOST_PORT_CONFLICT, "service " + service.name()
                            + " is called from other hosts, so its port " + port + " is published" + on
                            + ", where " + earlier.service() + " already publishes host port " + label
                            + "; publish it yourself at a free host port, e.g. 'ports: [\"1" + port + ":" + port
                            + "\"]'", List.of(earlier.service(), service.name()),
                            SourceMap.pointer("services", service.name())));
                } else if (earlier == null && replicas > 1) {
                    findings.add(error(descriptor, AnalysisRules.HOST_PORT_CONFLICT, "service " + service.name()
                            + " is called from other hosts, so its port " + port + " is published" + on
                            + ", but it runs up to " + replicas + " replicas and only one can bind it; run 1"
                            + " replica per host or put a proxy in front", List.of(service.name()),
                            SourceMap.pointer("services", service.name(), "replicas")));
                }
            }
        }
    }

    private static int mostReplicas(Descriptor descriptor, Service service) {
        int most = 0;
        for (Environment environment : descriptor.environments().values()) {
            most = Math.max(most, environment.cap(service.replicas()).max());
        }
        return most;
    }

    private static Finding error(Descriptor descriptor, String rule, String message, List<String> services,
            String pointer) {
        return new Finding(Severity.ERROR, rule, message, services.stream().sorted().toList(),
                descriptor.locate(pointer));
    }
}
