package dev.infraarchitect.maven;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.build.AnalysisMemo;
import org.apache.maven.project.MavenProject;

/**
 * Keeps the last analysis in the Maven project's context, so that the goals of one project's build share it. Each
 * project of a parallel build has its own context and is built by one thread at a time.
 */
final class ProjectAnalysisMemo implements AnalysisMemo {

    private static final String KEY = "dev.infraarchitect.analysis";

    private final MavenProject project;

    ProjectAnalysisMemo(MavenProject project) {
        this.project = project;
    }

    @Override
    public Analysis get(String key) {
        return project.getContextValue(KEY) instanceof Kept kept && kept.key().equals(key) ? kept.analysis() : null;
    }

    @Override
    public void put(String key, Analysis analysis) {
        project.setContextValue(KEY, new Kept(key, analysis));
    }

    private record Kept(String key, Analysis analysis) {
    }
}
