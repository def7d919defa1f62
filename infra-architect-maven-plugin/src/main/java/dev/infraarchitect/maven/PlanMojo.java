package dev.infraarchitect.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the deployment plan of the system descriptor: startup order by phase, placement, and usage and cost per
 * environment. Run it on demand ({@code mvn infra:plan}); it is bound to no phase.
 */
@Mojo(name = "plan", requiresProject = true, threadSafe = true)
public class PlanMojo extends AbstractInfraMojo {

    /**
     * The most lines of the plan to print; longer plans end with a line saying how many were left out.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PLAN_MAX_LINES, defaultValue = "50")
    private int maxLines;

    @Override
    protected void run(GoalContext context) throws MojoFailureException {
        if (maxLines < 1) {
            throw new MojoFailureException("<maxLines> must be at least 1, was " + maxLines + "; e.g. -D"
                    + PropertyNames.PLAN_MAX_LINES + "=50");
        }
        context.log().debug(() -> "plan: at most " + maxLines + " lines");
    }
}
