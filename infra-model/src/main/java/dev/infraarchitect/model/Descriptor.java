package dev.infraarchitect.model;

import java.util.List;
import java.util.SortedMap;

/**
 * A loaded, well-formed infra descriptor (version 1). Names are valid, values are typed and defaults are applied;
 * cross-references (a {@code dependsOn} naming a known service, a known host...) are not yet checked: that is the
 * analysis' job, so that every problem can be reported together.
 *
 * <p>{@code environments} is never empty: without any written, it holds the single default {@code prod}.
 * {@code variables} are the declared interpolation variables, {@code volumes} the declared named volumes (external
 * or renamed ones), {@code composeProjectName} the Compose project name written, or {@code null}.
 */
public record Descriptor(
        String project,
        String description,
        String currency,
        SortedMap<String, Host> hosts,
        SortedMap<String, Tier> tiers,
        SortedMap<String, Network> networks,
        SortedMap<String, Environment> environments,
        Budgets budgets,
        Pricing pricing,
        Objectives objectives,
        SortedMap<String, Service> services,
        List<Decision> decisions,
        TerraformConfig terraform,
        SourceMap sources,
        SortedMap<String, Variable> variables,
        SortedMap<String, VolumeDeclaration> volumes,
        String composeProjectName) {

    public Descriptor(String project, String description, String currency, SortedMap<String, Host> hosts,
            SortedMap<String, Tier> tiers, SortedMap<String, Network> networks,
            SortedMap<String, Environment> environments, Budgets budgets, Pricing pricing, Objectives objectives,
            SortedMap<String, Service> services, List<Decision> decisions, TerraformConfig terraform,
            SourceMap sources) {
        this(project, description, currency, hosts, tiers, networks, environments, budgets, pricing, objectives,
                services, decisions, terraform, sources, java.util.Collections.emptySortedMap(),
                java.util.Collections.emptySortedMap(), null);
    }

    /** The ceilings in force in {@code environment}: top-level budgets, overridden key by key. */
    public Budgets budgetsFor(Environment environment) {
        return budgets.overriddenBy(environment.budgets());
    }

    /** Where {@code pointer} was written, for messages. */
    public Location locate(String pointer) {
        return sources.locate(pointer);
    }
}
