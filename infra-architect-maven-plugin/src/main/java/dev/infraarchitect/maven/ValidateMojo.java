package dev.infraarchitect.maven;

import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.Severity;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the system descriptor: that it reads, and (once the analysis is wired in) that services fit their hosts,
 * tiers and budgets, that dependencies form no cycle, and the advice rules. Bound to {@code verify}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractInfraMojo {

    /**
     * Fails the build when the analysis finds an error; false only logs it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON_VIOLATION, defaultValue = "true")
    private boolean failOnViolation;

    /**
     * Treats every warning as an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON_WARNING, defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Severity per rule id, overriding the default: {@code error}, {@code warning} or {@code off}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> rules;

    /**
     * Skips {@code infra:validate} only.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_SKIP, defaultValue = "false")
    private boolean skipValidate;

    @Override
    protected String goalSkippedBy() {
        return skipValidate ? PropertyNames.VALIDATE_SKIP : null;
    }

    @Override
    protected void run(GoalContext context) throws MojoFailureException {
        AnalysisOptions options = analysisOptions();
        context.log().debug(() -> "validate: rules " + new TreeMap<>(options.severities())
                + ", failOnWarning " + options.failOnWarning() + ", failOnViolation " + failOnViolation);
    }

    /** How the analysis should judge, from {@code <rules>} and {@code failOnWarning}. */
    AnalysisOptions analysisOptions() throws MojoFailureException {
        SortedMap<String, Severity> severities = RuleSeverities.parse(rules);
        return new AnalysisOptions(severities, failOnWarning);
    }
}
