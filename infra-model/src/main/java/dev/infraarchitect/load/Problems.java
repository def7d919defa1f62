package dev.infraarchitect.load;

import dev.infraarchitect.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems in one pass, up to {@link LoaderLimits#MAX_PROBLEMS}, and turns them into one exception. */
final class Problems {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private int dropped;

    Problems(String file) {
        this.file = file;
    }

    void add(Location location, String message) {
        if (problems.size() < LoaderLimits.MAX_PROBLEMS) {
            problems.add(new Problem(location, message));
        } else {
            dropped++;
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    boolean full() {
        return problems.size() >= LoaderLimits.MAX_PROBLEMS;
    }

    void throwIfAny() throws DescriptorException {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        if (dropped > 0) {
            sorted.add(new Problem(Location.ofFile(file),
                    dropped + " more problems not shown; fix the ones above and run again"));
        }
        throw new DescriptorException(sorted);
    }
}
