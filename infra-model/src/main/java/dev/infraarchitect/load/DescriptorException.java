package dev.infraarchitect.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A descriptor that cannot be read: every problem found in one pass (up to a cap), each with file:line:column.
 * The message lists them all, one per line.
 */
public final class DescriptorException extends Exception {

    private final List<Problem> problems;

    public DescriptorException(List<Problem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    public DescriptorException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        String header = problems.size() == 1 ? "" : problems.size() + " problems in the descriptor:\n";
        return header + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
