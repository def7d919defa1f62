package dev.infraarchitect.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.build.BuildRequest;
import dev.infraarchitect.build.InfraBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals of one project's build share one analysis of an unchanged descriptor, and no more than that. */
class ProjectAnalysisMemoTest {

    @Test
    void reusesTheAnalysisOfTheSameBytesAndRedoesItWhenTheyChange(@TempDir Path dir) throws Exception {
        Path descriptor = dir.resolve("infra.yaml");
        Files.writeString(descriptor, "project: shop\nservices:\n  api: { image: api:1 }\n");
        MavenProject project = new MavenProject();
        InfraBuild build = new InfraBuild(new BuildRequest(descriptor, "infra.yaml", dir.resolve("out"), null,
                List.of("docs"), AnalysisOptions.DEFAULTS, "test"), new ProjectAnalysisMemo(project));

        var first = build.loadAndAnalyze();
        assertThat(build.loadAndAnalyze()).isSameAs(first);

        Files.writeString(descriptor, "project: shop\nservices:\n  api: { image: api:2 }\n");
        var second = build.loadAndAnalyze();
        assertThat(second).isNotSameAs(first);
        assertThat(second.descriptor().services().get("api").image()).isEqualTo("api:2");

        InfraBuild otherProject = new InfraBuild(new BuildRequest(descriptor, "infra.yaml", dir.resolve("out"), null,
                List.of("docs"), AnalysisOptions.DEFAULTS, "test"), new ProjectAnalysisMemo(new MavenProject()));
        assertThat(otherProject.loadAndAnalyze()).isNotSameAs(second);
    }
}
