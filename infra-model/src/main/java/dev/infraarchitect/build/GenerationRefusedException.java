package dev.infraarchitect.build;

import dev.infraarchitect.analysis.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Artifacts were not generated because the descriptor's structure is broken (a dependency cycle, an unknown
 * reference, a phase before its dependency): phases and placement would be meaningless. Budget overshoots do not
 * refuse generation; {@code infra:validate} reports them.
 */
public final class GenerationRefusedException extends Exception {

    private final List<Finding> errors;

    public GenerationRefusedException(List<Finding> errors) {
        super("cannot generate artifacts: the descriptor has " + errors.size()
                + (errors.size() == 1 ? " structural error" : " structural errors") + "\n"
                + errors.stream().map(Finding::describe).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<Finding> errors() {
        return errors;
    }
}
