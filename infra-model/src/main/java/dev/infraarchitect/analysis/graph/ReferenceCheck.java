package dev.infraarchitect.analysis.graph;

import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.model.Decision;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.SourceMap;
import dev.infraarchitect.model.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every name one part of the descriptor uses to refer to another: a service's {@code dependsOn},
 * {@code talksTo},
 * {@code host}, {@code tier} and {@code networks}, and a decision's {@code services} and {@code supersedes}. Each
 * unknown name is an {@code unknown-reference} error at the place it is written, with the nearest known name as a
 * suggestion. A managed service naming a host is an {@code invalid-setting}: managed services run on no host.
 */
public final class ReferenceCheck {

    private ReferenceCheck() {
    }

    public static List<Finding> check(Descriptor descriptor) {
        List<Finding> findings = new ArrayList<>();
        Set<String> known = new HashSet<>(descriptor.services().keySet()); // asked once per dependency
        for (Service service : descriptor.services().values()) {
            String name = service.name();
            List<String> dependsOn = service.dependsOn();
            for (int i = 0; i < dependsOn.size(); i++) {
                String dependency = dependsOn.get(i);
                if (!known.contains(dependency)) {
                    findings.add(unknown(descriptor, "service " + name + " depends on unknown service", dependency,
                            descriptor.services().keySet(), name, SourceMap.pointer("services", name, "dependsOn", i)));
                }
            }
            for (Edge edge : service.edges()) {
                if (!edge.startsFirst() && !known.contains(edge.service())) {
                    findings.add(unknown(descriptor, "service " + name + " talks to unknown service",
                            edge.service(), descriptor.services().keySet(), name, edge.pointer(name)));
                }
            }
            if (service.host() != null) {
                if (service.isManaged()) {
                    findings.add(new Finding(Severity.ERROR, AnalysisRules.INVALID_SETTING,
                            "service " + name + " is managed and runs on no host; remove host '" + service.host()
                                    + "' or make it a container service",
                            List.of(name), descriptor.locate(SourceMap.pointer("services", name, "host"))));
                } else if (!descriptor.hosts().containsKey(service.host())) {
                    findings.add(unknown(descriptor, "service " + name + " runs on unknown host", service.host(),
                            descriptor.hosts().keySet(), name, SourceMap.pointer("services", name, "host")));
                }
            }
            if (service.tier() != null && !descriptor.tiers().containsKey(service.tier())) {
                findings.add(unknown(descriptor, "service " + name + " belongs to unknown tier", service.tier(),
                        descriptor.tiers().keySet(), name, SourceMap.pointer("services", name, "tier")));
            }
            List<String> networks = service.networks();
            for (int i = 0; i < networks.size(); i++) {
                if (!descriptor.networks().containsKey(networks.get(i))) {
                    findings.add(unknown(descriptor, "service " + name + " is attached to unknown network",
                            networks.get(i), descriptor.networks().keySet(), name,
                            SourceMap.pointer("services", name, "networks", i)));
                }
            }
        }
        checkDecisions(descriptor, findings);
        return findings;
    }

    private static void checkDecisions(Descriptor descriptor, List<Finding> findings) {
        List<Decision> decisions = descriptor.decisions();
        for (int d = 0; d < decisions.size(); d++) {
            Decision decision = decisions.get(d);
            List<String> services = decision.services();
            for (int i = 0; i < services.size(); i++) {
                if (!descriptor.services().containsKey(services.get(i))) {
                    findings.add(unknown(descriptor, "decision " + decision.number() + " is about unknown service",
                            services.get(i), descriptor.services().keySet(), null,
                            SourceMap.pointer("decisions", d, "services", i)));
                }
            }
            Integer supersedes = decision.supersedes();
            if (supersedes != null) {
                String where = SourceMap.pointer("decisions", d, "supersedes");
                if (supersedes == decision.number()) {
                    findings.add(new Finding(Severity.ERROR, AnalysisRules.UNKNOWN_REFERENCE,
                            "decision " + decision.number() + " supersedes itself; name the number of another decision",
                            List.of(), descriptor.locate(where)));
                } else if (supersedes < 1 || supersedes > decisions.size()) {
                    findings.add(new Finding(Severity.ERROR, AnalysisRules.UNKNOWN_REFERENCE,
                            "decision " + decision.number() + " supersedes unknown decision " + supersedes
                                    + "; decisions are numbered 1 to " + decisions.size() + " in the order written",
                            List.of(), descriptor.locate(where)));
                }
            }
        }
    }

    private static Finding unknown(Descriptor descriptor, String what, String given, Collection<String> known,
            String service, String pointer) {
        return new Finding(Severity.ERROR, AnalysisRules.UNKNOWN_REFERENCE,
                what + " '" + given + "'" + Suggestions.didYouMean(given, known),
                service == null ? List.of() : List.of(service), descriptor.locate(pointer));
    }
}
