package dev.infraarchitect.analysis;

import dev.infraarchitect.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How to judge: {@code severities} overrides the default severity of single advice rules by id ({@code OFF}
 * silences one); {@code failOnWarning} raises every remaining warning to an error. Checked against the rules
 * registry ({@link Rules}) when made, so an analysis never meets an override it cannot apply.
 *
 * @throws RuleConfigurationException for an id that is a hard check or no rule at all
 */
public record AnalysisOptions(Map<String, Severity> severities, boolean failOnWarning) {

    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(Map.of(), false);

    public AnalysisOptions {
        severities = Map.copyOf(severities);
        for (String id : new TreeMap<>(severities).keySet()) {
            requireAdviceRule(id);
        }
    }

    /**
     * Options from configured text: advice rule id to {@code error}, {@code warning} or {@code off} (trimmed,
     * case-insensitive); {@code null} configures nothing. Entries are checked in the order of their ids.
     *
     * @throws RuleConfigurationException for a value that is no severity, or an id that is no advice rule
     */
    public static AnalysisOptions parse(Map<String, String> severities, boolean failOnWarning) {
        SortedMap<String, Severity> parsed = new TreeMap<>();
        if (severities != null) {
            for (Map.Entry<String, String> entry : new TreeMap<>(severities).entrySet()) {
                parsed.put(entry.getKey(), severity(entry.getKey(), entry.getValue()));
                requireAdviceRule(entry.getKey());
            }
        }
        return new AnalysisOptions(parsed, failOnWarning);
    }

    private static Severity severity(String rule, String configured) {
        String value = configured == null ? "" : configured;
        String key = value.trim().toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            if (severity.key().equals(key)) {
                return severity;
            }
            keys.add(severity.key());
        }
        throw new RuleConfigurationException(rule, value, "'" + value + "' is not a severity (use one of "
                + String.join(", ", keys) + ")" + Suggestions.didYouMean(key, keys));
    }

    private static void requireAdviceRule(String id) {
        List<String> advice = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (!rule.hard()) {
                advice.add(rule.id());
            }
        }
        advice.sort(null);
        if (advice.contains(id)) {
            return;
        }
        boolean hard = Rules.byId(id).isPresent();
        throw new RuleConfigurationException(id, null, "'" + id + "'" + (hard ? " is a hard check and always an error;"
                : " is not a rule" + Suggestions.didYouMean(id, advice) + ";") + " advice rules: "
                + String.join(", ", advice));
    }
}
