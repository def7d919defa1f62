package dev.infraarchitect.maven;

import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.render.Templates;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The steps every goal shares, in a fixed order: honour {@code skip} before anything else, find and load the
 * descriptor, log what was read, then hand over to the goal's {@link #run(GoalContext)}. Typed exceptions from the
 * core become Mojo exceptions here, so that bad input ends in a readable message and never in a stack trace.
 */
public abstract class AbstractInfraMojo extends AbstractMojo {

    /**
     * The system descriptor to read (YAML, or JSON for a {@code .json} file).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DESCRIPTOR, defaultValue = "${project.basedir}/src/main/infra/infra.yaml")
    private File descriptor;

    /**
     * Where generated artifacts (Compose, Terraform, ADRs, docs) are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/infra")
    private File outputDirectory;

    /**
     * Skips every infra goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    /** The project being built; its base directory anchors relative paths in messages. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        InfraLog log = new InfraLog(getLog());
        String skippedBy = skip ? PropertyNames.SKIP : goalSkippedBy();
        if (skippedBy != null) {
            log.info("skipped (" + skippedBy + ")");
            return;
        }
        Path baseDirectory = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path file = descriptor.toPath().toAbsolutePath().normalize();
        String displayName = displayName(baseDirectory, file);
        requireFile(file, displayName);
        Descriptor loaded;
        try {
            loaded = DescriptorLoader.load(file, displayName);
        } catch (DescriptorException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        log.info(DescriptorSummary.of(loaded));
        try {
            run(new GoalContext(loaded, displayName, baseDirectory,
                    outputDirectory.toPath().toAbsolutePath().normalize(), log));
        } catch (Templates.TemplateFailure e) {
            throw new MojoFailureException(e.getMessage() + "; fix the template or remove it from <templateDirectory>"
                    + " to use the plugin's own", e);
        }
    }

    /** The goal's own work, on a loaded descriptor. */
    protected abstract void run(GoalContext context) throws MojoExecutionException, MojoFailureException;

    /**
     * The property of the goal's own skip parameter when it is set, else {@code null}; checked together with
     * {@code skip} before any side effect. Goals without their own skip keep this default.
     */
    protected String goalSkippedBy() {
        return null;
    }

    /**
     * How messages name {@code file}: relative to the project with {@code /} separators, so that messages are the
     * same on every machine; the bare file name when it lies on another drive.
     */
    static String displayName(Path baseDirectory, Path file) {
        Path relative;
        try {
            relative = baseDirectory.relativize(file);
        } catch (IllegalArgumentException differentRoot) {
            relative = file.getFileName();
        }
        return relative.toString().replace(File.separatorChar, '/');
    }

    private static void requireFile(Path file, String displayName) throws MojoFailureException {
        if (Files.isDirectory(file)) {
            throw new MojoFailureException("infra descriptor " + displayName + " is a directory, not a file; point"
                    + " <descriptor> in the plugin configuration, or -D" + PropertyNames.DESCRIPTOR + "=..., at the"
                    + " YAML file");
        }
        if (!Files.exists(file)) {
            throw new MojoFailureException("infra descriptor " + displayName + " not found; create it, or set"
                    + " another file with <descriptor> in the plugin configuration or -D" + PropertyNames.DESCRIPTOR
                    + "=path/to/infra.yaml (or skip with -D" + PropertyNames.SKIP + ")");
        }
    }
}
