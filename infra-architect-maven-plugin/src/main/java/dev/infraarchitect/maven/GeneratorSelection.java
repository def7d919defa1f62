package dev.infraarchitect.maven;

import dev.infraarchitect.model.Suggestions;
import dev.infraarchitect.render.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Reads the {@code <generators>} parameter of {@code infra:generate}: generator ids, as a list or one comma-separated
 * string, in the order given, each once. An unknown id fails the build with the nearest known one.
 */
final class GeneratorSelection {

    /** The ids of the generators the plugin ships. */
    static final List<String> KNOWN = Generators.ids();

    private GeneratorSelection() {
    }

    static List<String> parse(List<String> generators) throws MojoFailureException {
        List<String> selected = new ArrayList<>();
        for (String entry : generators == null ? List.<String>of() : generators) {
            for (String part : entry.split(",")) {
                String id = part.trim().toLowerCase(Locale.ROOT);
                if (id.isEmpty() || selected.contains(id)) {
                    continue;
                }
                if (!KNOWN.contains(id)) {
                    throw new MojoFailureException("<generators> names unknown generator '" + part.trim()
                            + "' (known: " + String.join(", ", KNOWN) + ", e.g. -D" + PropertyNames.GENERATORS
                            + "=compose,docs)" + Suggestions.didYouMean(id, KNOWN));
                }
                selected.add(id);
            }
        }
        if (selected.isEmpty()) {
            throw new MojoFailureException("<generators> is empty; name at least one of " + String.join(", ", KNOWN)
                    + ", or skip the goal with -D" + PropertyNames.GENERATE_SKIP);
        }
        return List.copyOf(selected);
    }
}
