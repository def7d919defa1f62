package dev.infraarchitect.analysis;

import java.util.Map;

/**
 * How to judge: {@code severities} overrides the default severity of single rules by id ({@code OFF} silences one);
 * {@code failOnWarning} raises every remaining warning to an error.
 */
public record AnalysisOptions(Map<String, Severity> severities, boolean failOnWarning) {

    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(Map.of(), false);

    public AnalysisOptions {
        severities = Map.copyOf(severities);
    }
}
