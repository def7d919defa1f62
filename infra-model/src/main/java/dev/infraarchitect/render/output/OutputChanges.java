package dev.infraarchitect.render.output;

import java.util.List;

/**
 * What writing a run's files changes in the output directory, each list sorted by path: {@code added} files are
 * new, {@code changed} files get different bytes, {@code removed} files an earlier run wrote are no longer generated,
 * {@code unchanged} files already hold the same bytes.
 */
public record OutputChanges(List<String> added, List<String> changed, List<String> removed, List<String> unchanged) {

    public OutputChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        unchanged = List.copyOf(unchanged);
    }

    /** Whether writing would leave every file as it is. */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** {@code 2 added, 1 changed, 0 removed, 5 unchanged}: the summary line for the log. */
    public String summary() {
        return added.size() + " added, " + changed.size() + " changed, " + removed.size() + " removed, "
                + unchanged.size() + " unchanged";
    }
}
