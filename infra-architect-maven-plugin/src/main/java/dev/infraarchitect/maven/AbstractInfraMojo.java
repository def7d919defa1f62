package dev.infraarchitect.maven;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.RuleConfigurationException;
import dev.infraarchitect.build.BuildRequest;
import dev.infraarchitect.build.GenerationRefusedException;
import dev.infraarchitect.build.InfraBuild;
import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.render.ConflictingGeneratorsException;
import dev.infraarchitect.render.NoGeneratorSelectedException;
import dev.infraarchitect.render.Templates;
import dev.infraarchitect.render.UnknownGeneratorException;
import dev.infraarchitect.render.output.SharedOutputDirectoryException;
import dev.infraarchitect.render.output.UnsafeOutputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The steps every goal shares, in a fixed order: honour {@code skip} before anything else, check the descriptor
 * and the configuration, then hand over to the goal's {@link #run(GoalContext)}. Typed exceptions from the core
 * become Mojo exceptions here, so that bad input ends in a readable message and never in a stack trace.
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
     * Where generated artifacts (Compose, Terraform, ADRs, docs) and the reports ({@code plan.json},
     * {@code infra.sarif}) are written.
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

    /**
     * The generators {@code infra:generate} runs and {@code infra:plan} previews, by id (a list, or one
     * comma-separated value): by default {@code compose}, {@code terraform}, {@code adr} and {@code docs}.
     * Opt-in: {@code kubernetes}, manifests for {@code kubectl apply -k} whose pods wait in init containers for the
     * services they depend on, or {@code kubernetes-no-wait}, the same without waiting (select one of the two).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.GENERATORS, defaultValue = "compose,terraform,adr,docs")
    private List<String> generators;

    /**
     * A directory of FreeMarker templates that replace the built-in layout of the ADR and docs pages of the same name
     * ({@code adr/decision.md.ftl}, {@code adr/index.md.ftl}, {@code docs/architecture.md.ftl}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TEMPLATE_DIRECTORY,
            defaultValue = "${project.basedir}/src/main/infra/templates")
    private File templateDirectory;

    /**
     * Severity per advice rule id, overriding its default warning: {@code error}, {@code warning} or {@code off},
     * e.g. {@code <single-replica-in-prod>error</single-replica-in-prod>}. Used by validate and plan.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> rules;

    /** The project being built; its base directory anchors relative paths in messages. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This plugin, for the version recorded in reports and fingerprints. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

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
        Path templates = templateDirectory == null ? null : templateDirectory.toPath().toAbsolutePath().normalize();
        requireDirectoryOrAbsent(baseDirectory, templates);
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        try {
            BuildRequest request = new BuildRequest(file, displayName, output, templates,
                    generators == null ? List.of() : generators, AnalysisOptions.parse(rules, failOnWarning()),
                    version());
            run(new GoalContext(new InfraBuild(request, new ProjectAnalysisMemo(project)), displayName, baseDirectory,
                    output, log));
        } catch (DescriptorException | GenerationRefusedException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UnknownGeneratorException e) {
            throw ConfigurationErrors.of(e);
        } catch (NoGeneratorSelectedException e) {
            throw ConfigurationErrors.of(e);
        } catch (ConflictingGeneratorsException e) {
            throw ConfigurationErrors.of(e);
        } catch (RuleConfigurationException e) {
            throw ConfigurationErrors.of(e);
        } catch (Templates.TemplateFailure e) {
            // not chained: Maven would append FreeMarker's own message, FTL stack and all, to this one
            throw new MojoFailureException(e.getMessage() + "; fix the template or remove it from <templateDirectory>"
                    + " to use the plugin's own");
        } catch (SharedOutputDirectoryException e) {
            // not chained: Maven would append the cause's message, with absolute paths, to this one
            throw new MojoFailureException(e.message(path -> displayName(baseDirectory, path)));
        } catch (UnsafeOutputException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write to " + displayName(baseDirectory, output)
                    + ": " + e.getMessage(), e);
        }
    }

    /** The goal's own work. */
    protected abstract void run(GoalContext context)
            throws MojoExecutionException, MojoFailureException, DescriptorException, GenerationRefusedException,
            IOException;

    /**
     * The property of the goal's own skip parameter when it is set, else {@code null}; checked together with
     * {@code skip} before any side effect. Goals without their own skip keep this default.
     */
    protected String goalSkippedBy() {
        return null;
    }

    /** Whether warnings count as errors; only {@code infra:validate} offers the switch. */
    protected boolean failOnWarning() {
        return false;
    }

    /**
     * Loads and analyses the descriptor (or reuses the analysis an earlier goal of this build made of it) and logs
     * what it describes.
     */
    protected static Analysis loadAndAnalyze(GoalContext context) throws DescriptorException, IOException {
        Analysis analysis = context.build().loadAndAnalyze();
        context.log().info(DescriptorSummary.of(analysis.descriptor()));
        return analysis;
    }

    private String version() {
        return plugin == null || plugin.getVersion() == null ? "unknown" : plugin.getVersion();
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

    private static void requireDirectoryOrAbsent(Path baseDirectory, Path templates) throws MojoFailureException {
        if (templates != null && Files.exists(templates) && !Files.isDirectory(templates)) {
            throw new MojoFailureException("<templateDirectory> " + displayName(baseDirectory, templates)
                    + " is a file, not a directory; point it, or -D" + PropertyNames.TEMPLATE_DIRECTORY
                    + "=..., at a directory of templates");
        }
    }
}
