package dev.infraarchitect.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An architecture decision record as written. {@code number} is its 1-based position in the descriptor.
 * {@code status} is the status written; a later decision that supersedes this one makes the effective status
 * superseded (see {@code render.adr}). Text fields are {@code null} or the text as written.
 */
public record Decision(
        int number,
        String title,
        DecisionStatus status,
        LocalDate date,
        String context,
        String decision,
        List<String> positiveConsequences,
        List<String> negativeConsequences,
        List<String> alternatives,
        Integer supersedes,
        List<String> services,
        String implementationNotes) {

    public Decision(int number, String title, DecisionStatus status, LocalDate date, String context, String decision,
            List<String> positiveConsequences, List<String> negativeConsequences, List<String> alternatives,
            Integer supersedes, List<String> services) {
        this(number, title, status, date, context, decision, positiveConsequences, negativeConsequences,
                alternatives, supersedes, services, null);
    }
}
