package dev.infraarchitect.render;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Service;
import java.util.HashMap;
import java.util.Map;

/**
 * The analysis's by-name answers in one hash map, made once per generation and shared by its generators: every
 * service of every Compose file, Kubernetes manifest and Terraform module asks them several times, and the analysis
 * keeps them in sorted maps, which are slower to ask. One entry holds all that is known of a service, so that each
 * question costs one lookup and the answers about a service sit together in memory.
 */
public final class Lookups {

    /** What the generators ask about one service. */
    private static final class Facts {

        final Service service;
        String host;
        int phase;
        final Replicas[] replicas;

        Facts(Service service, int environments) { // service is null for a name only the analysis knows
            this.service = service;
            this.replicas = new Replicas[environments];
        }
    }

    private final Analysis analysis;
    private volatile Index index; // made by the first question, so that a generation that asks none pays nothing

    private record Index(Map<String, Facts> byName, Map<String, Integer> environmentIndex) {
    }

    private Lookups(Analysis analysis) {
        this.analysis = analysis;
    }

    /** The lookups of {@code analysis}; one instance may be shared by all generators and threads of a generation. */
    public static Lookups of(Analysis analysis) {
        return new Lookups(analysis);
    }

    private Index index() {
        Index made = index;
        if (made == null) {
            synchronized (this) {
                made = index;
                if (made == null) {
                    made = build(analysis);
                    index = made;
                }
            }
        }
        return made;
    }

    private static Index build(Analysis analysis) {
        Map<String, Service> services = analysis.descriptor().services();
        Map<String, Integer> environmentIndex = new HashMap<>();
        analysis.environments().keySet().forEach(name -> environmentIndex.put(name, environmentIndex.size()));
        int environments = environmentIndex.size();
        Map<String, Facts> byName = new HashMap<>(services.size() * 4 / 3 + 1);
        for (Service service : services.values()) {
            byName.put(service.name(), new Facts(service, environments));
        }
        analysis.placement().hostOf().forEach((name, host) -> facts(byName, name, environments).host = host);
        analysis.order().phaseOf().forEach((name, phase) -> facts(byName, name, environments).phase = phase);
        for (Map.Entry<String, EnvironmentPlan> plan : analysis.environments().entrySet()) {
            int index = environmentIndex.get(plan.getKey());
            plan.getValue().replicas()
                    .forEach((name, replicas) -> facts(byName, name, environments).replicas[index] = replicas);
        }
        return new Index(byName, environmentIndex);
    }

    /** The entry of {@code name}; the analysis answers only for the descriptor's services, but any name is kept. */
    private static Facts facts(Map<String, Facts> byName, String name, int environments) {
        Facts facts = byName.get(name);
        if (facts == null) {
            facts = new Facts(null, environments);
            byName.put(name, facts);
        }
        return facts;
    }

    /** The service called {@code name}, or null. */
    public Service service(String name) {
        Facts facts = index().byName().get(name);
        return facts == null ? null : facts.service;
    }

    /** The host {@code service} runs on, or null. */
    public String hostOf(String service) {
        Facts facts = index().byName().get(service);
        return facts == null ? null : facts.host;
    }

    /** The phase of {@code service}, or 0 when it has none (it is on a cycle). */
    public int phaseOf(String service) {
        Facts facts = index().byName().get(service);
        return facts == null ? 0 : facts.phase;
    }

    /** The planned replicas of {@code service} in {@code environment}, or null when there is no plan. */
    public Replicas replicas(String environment, String service) {
        Index known = index();
        Integer environmentAt = known.environmentIndex().get(environment);
        Facts facts = environmentAt == null ? null : known.byName().get(service);
        return facts == null ? null : facts.replicas[environmentAt];
    }
}
