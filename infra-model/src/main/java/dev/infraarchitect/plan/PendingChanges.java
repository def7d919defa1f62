package dev.infraarchitect.plan;

import java.util.List;

/**
 * What {@code infra:generate} would do to the output directory, as paths relative to it: the plan lists them so a
 * person sees the effect before running it. Each list is kept sorted.
 */
public record PendingChanges(List<String> added, List<String> changed, List<String> removed) {

    public static final PendingChanges NONE = new PendingChanges(List.of(), List.of(), List.of());

    public PendingChanges {
        added = added.stream().sorted().toList();
        changed = changed.stream().sorted().toList();
        removed = removed.stream().sorted().toList();
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
