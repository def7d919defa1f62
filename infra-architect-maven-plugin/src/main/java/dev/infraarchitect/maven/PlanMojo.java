package dev.infraarchitect.maven;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.build.GenerationRefusedException;
import dev.infraarchitect.build.InfraBuild;
import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.plan.PendingChanges;
import dev.infraarchitect.plan.PlanReport;
import java.io.IOException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the deployment plan of the system descriptor: startup order by phase, placement, utilisation and cost per
 * environment, the critical path, every finding, and what {@code infra:generate} would change. Reports violations
 * without failing; fails only when the descriptor cannot be read. Run it on demand ({@code mvn infra:plan}).
 */
@Mojo(name = "plan", requiresProject = true, threadSafe = true)
public class PlanMojo extends AbstractInfraMojo {

    /**
     * The most entries printed per section (phases, placement, hosts, findings...); the rest is counted and is in
     * {@code plan.json}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PLAN_MAX_LINES, defaultValue = "50")
    private int maxLines;

    @Override
    protected void run(GoalContext context) throws MojoFailureException, DescriptorException, IOException {
        if (maxLines < 1) {
            throw new MojoFailureException("<maxLines> must be at least 1, was " + maxLines + "; e.g. -D"
                    + PropertyNames.PLAN_MAX_LINES + "=50");
        }
        Analysis analysis = loadAndAnalyze(context);
        PendingChanges pending;
        try {
            pending = context.build().pendingChanges(analysis);
        } catch (GenerationRefusedException e) {
            pending = null;
        }
        for (String line : new PlanReport(maxLines).render(analysis, pending)) {
            context.log().info(line);
        }
        context.build().writePlanJson(analysis);
        context.log().info("plan: written to " + context.show(context.outputDirectory().resolve(InfraBuild.PLAN_JSON)));
    }
}
