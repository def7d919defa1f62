package dev.infraarchitect.maven;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates artifacts from the system descriptor into {@code outputDirectory}: Docker Compose, a Terraform skeleton,
 * ADRs and docs. Bound to {@code generate-resources}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractInfraMojo {

    /**
     * The generators to run, by id: {@code compose}, {@code terraform}, {@code adr}, {@code docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.GENERATORS, defaultValue = "compose,terraform,adr,docs")
    private List<String> generators;

    /**
     * A directory of FreeMarker templates that replace the plugin's own templates of the same name.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TEMPLATE_DIRECTORY,
            defaultValue = "${project.basedir}/src/main/infra/templates")
    private File templateDirectory;

    /**
     * Skips {@code infra:generate} only.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.GENERATE_SKIP, defaultValue = "false")
    private boolean skipGenerate;

    @Override
    protected String goalSkippedBy() {
        return skipGenerate ? PropertyNames.GENERATE_SKIP : null;
    }

    @Override
    protected void run(GoalContext context) throws MojoFailureException {
        List<String> selected = GeneratorSelection.parse(generators);
        if (templateDirectory != null && Files.exists(templateDirectory.toPath())
                && !Files.isDirectory(templateDirectory.toPath())) {
            throw new MojoFailureException("<templateDirectory> "
                    + AbstractInfraMojo.displayName(context.baseDirectory(), templateDirectory.toPath())
                    + " is a file, not a directory; point it, or -D" + PropertyNames.TEMPLATE_DIRECTORY
                    + "=..., at a directory of templates");
        }
        context.log().debug(() -> "generate: " + String.join(", ", selected) + " into "
                + AbstractInfraMojo.displayName(context.baseDirectory(), context.outputDirectory()));
    }
}
