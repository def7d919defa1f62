package dev.infraarchitect.maven;

import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.analysis.advice.AdviceRules;
import dev.infraarchitect.model.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Reads the {@code <rules>} parameter: advice rule id to {@code error}, {@code warning} or
 * {@code off}. A value that is none of these fails the build naming the POM element, rather than being ignored, and so does an id that is no advice rule.
 */
final class RuleSeverities {

    private static final List<String> KEYS = Arrays.stream(Severity.values()).map(Severity::key).toList();

    private RuleSeverities() {
    }

    /** The overrides sorted by rule id; {@code null} (no {@code <rules>} element) gives none. */
    static SortedMap<String, Severity> parse(Map<String, String> rules) throws MojoFailureException {
        SortedMap<String, Severity> severities = new TreeMap<>();
        if (rules == null) {
            return severities;
        }
        for (Map.Entry<String, String> rule : new TreeMap<>(rules).entrySet()) {
            String value = rule.getValue() == null ? "" : rule.getValue().trim().toLowerCase(Locale.ROOT);
            Severity severity = Arrays.stream(Severity.values())
                    .filter(s -> s.key().equals(value))
                    .findFirst()
                    .orElseThrow(() -> new MojoFailureException("<rules><" + rule.getKey() + ">" + rule.getValue()
                            + "</" + rule.getKey() + ">: '" + rule.getValue() + "' is not a severity (use one of "
                            + String.join(", ", KEYS) + ")" + Suggestions.didYouMean(value, KEYS)));
            if (!AdviceRules.ids().contains(rule.getKey())) {
                String hard = AnalysisRules.ALL.contains(rule.getKey())
                        ? " is a hard check and always an error;" : " is not a rule" + Suggestions.didYouMean(
                                rule.getKey(), AdviceRules.ids()) + ";";
                throw new MojoFailureException("<rules><" + rule.getKey() + ">: '" + rule.getKey() + "'" + hard
                        + " advice rules: " + String.join(", ", AdviceRules.ids()));
            }
            severities.put(rule.getKey(), severity);
        }
        return severities;
    }
}
