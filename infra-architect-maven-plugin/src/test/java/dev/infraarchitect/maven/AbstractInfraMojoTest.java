package dev.infraarchitect.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.render.Templates;
import dev.infraarchitect.render.adr.DecisionIndex;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared steps of every goal, driven through a goal that renders a broken override template. */
class AbstractInfraMojoTest {

    /** A goal whose work is to render one override template, standing in for a generator. */
    static final class RenderingMojo extends AbstractInfraMojo {
        GoalContext seen;

        @Override
        protected void run(GoalContext context) throws dev.infraarchitect.load.DescriptorException, IOException {
            seen = context;
            loadAndAnalyze(context);
            new Templates(context.baseDirectory().resolve("src/main/infra/templates"))
                    .file("broken.md", "broken.md.ftl", new DecisionIndex("t", List.of()), DecisionIndex::markdown);
        }
    }

    @Test
    void aTemplateFailureBecomesAFailureNamingTheTemplateAndTheFix(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("src/main/infra"));
        Files.writeString(project.resolve("src/main/infra/infra.yaml"),
                "project: t\nservices:\n  api: { image: api:1 }\n");
        Files.createDirectories(project.resolve("src/main/infra/templates"));
        Files.writeString(project.resolve("src/main/infra/templates/broken.md.ftl"), "${no_such_variable}");
        RenderingMojo mojo = new RenderingMojo();
        MavenProject mavenProject = new MavenProject();
        mavenProject.setFile(project.resolve("pom.xml").toFile());
        MojoExtension.setVariableValueToObject(mojo, "project", mavenProject);
        MojoExtension.setVariableValueToObject(mojo, "descriptor",
                new File(project.toFile(), "src/main/infra/infra.yaml"));
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", new File(project.toFile(), "target/infra"));
        MojoExtension.setVariableValueToObject(mojo, "generators", java.util.List.of("compose,terraform,adr,docs"));
        RecordingLog log = new RecordingLog(false);
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasNoCause()
                .message()
                .startsWith("template broken.md.ftl failed: ")
                .endsWith("; fix the template or remove it from <templateDirectory> to use the plugin's own");
        assertThat(log.lines()).containsExactly(
                "[info] infra: t: 1 service (1 container, 0 managed), 0 hosts, 1 environment (prod)");
        assertThat(mojo.seen.displayName()).isEqualTo("src/main/infra/infra.yaml");
        assertThat(mojo.seen.outputDirectory()).isEqualTo(project.resolve("target/infra"));
        assertThat(project.resolve("target")).doesNotExist();
    }
}
