package dev.infraarchitect.build;

import dev.infraarchitect.analysis.Analysis;

/**
 * Somewhere to keep an analysis for the other goals of the same build, so that {@code generate} and
 * {@code validate} of one project read and analyse its descriptor once. The key covers everything the analysis
 * depends on; the plugin keeps the memo with the Maven project, never in static state.
 */
public interface AnalysisMemo {

    /** A memo that keeps nothing. */
    AnalysisMemo NONE = new AnalysisMemo() {
        @Override
        public Analysis get(String key) {
            return null;
        }

        @Override
        public void put(String key, Analysis analysis) {
        }
    };

    /** The analysis kept under {@code key}, or {@code null}. */
    Analysis get(String key);

    void put(String key, Analysis analysis);
}
