package dev.infraarchitect.analysis.advice;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The catalogue of advice rules, in the order the documentation lists them. The plugin checks configured rule ids
 * against {@link #ids()}, and documentation is generated from each rule's id, default severity and description.
 */
public final class AdviceRules {

    /** Every advice rule; rules are stateless, so these instances are shared. */
    public static final List<AdviceRule> ALL = List.of(
            new StatefulWithoutBackup(),
            new BackupExceedsRpo(),
            new UnreachablePublishedPort(),
            new DependencyWithoutHealthcheck(),
            new SingleReplicaInProd(),
            new CredentialInEnvironment(),
            new CrossHostWithoutAddress(),
            new VramBeyondOneGpu());

    private static final SortedSet<String> IDS = Collections.unmodifiableSortedSet(
            new TreeSet<>(ALL.stream().map(AdviceRule::id).toList()));

    private AdviceRules() {
    }

    /** The ids users may configure, sorted. */
    public static SortedSet<String> ids() {
        return IDS;
    }

    public static Optional<AdviceRule> byId(String id) {
        return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
