package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import java.util.List;

/**
 * A check that is advice rather than a hard limit: a likely mistake or a risk worth a look. Each rule has a stable
 * id (users raise, lower or silence it by id) and reports findings at its {@linkplain #defaultSeverity() default
 * severity}; the analyzer then applies the user's configuration. Implementations are stateless and thread-safe.
 */
public interface AdviceRule {

    /** The stable id, as users write it in configuration: {@code stateful-without-backup}. */
    String id();

    /** One sentence saying what the rule checks, for documentation and help output. */
    String description();

    default Severity defaultSeverity() {
        return Severity.WARNING;
    }

    /** Every finding of this rule in {@code context}'s descriptor, at the default severity. */
    List<Finding> check(AdviceContext context);
}
