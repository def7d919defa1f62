package dev.infraarchitect.maven;

import dev.infraarchitect.build.GenerationRefusedException;
import dev.infraarchitect.build.GenerationResult;
import dev.infraarchitect.load.DescriptorException;
import java.io.IOException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates artifacts from the system descriptor into {@code outputDirectory}: Docker Compose, a Terraform skeleton,
 * ADRs and docs. Writes nothing when neither the descriptor, the templates nor the configuration changed. Bound to
 * {@code generate-resources}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractInfraMojo {

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
    protected void run(GoalContext context) throws DescriptorException, GenerationRefusedException, IOException {
        GenerationResult result = context.build().generate();
        String where = context.show(context.outputDirectory());
        if (result.upToDate()) {
            context.log().info("generate: " + where + " is up to date");
            return;
        }
        context.log().info(DescriptorSummary.of(result.analysis().descriptor()));
        result.analysis().placement().placedAutomatically().forEach(service -> context.log().debug(() ->
                "placed " + service + " on " + result.analysis().placement().hostOf(service)));
        context.log().info("generate: " + result.changes().summary() + " in " + where);
    }
}
