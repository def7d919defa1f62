package dev.infraarchitect.maven;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.build.InfraBuild;
import dev.infraarchitect.load.DescriptorException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the system descriptor: references, dependency cycles and phases, placement onto hosts, cpu, memory, vram
 * and storage per host, tier and budget, cost ceilings per environment, and the advice rules. Writes
 * {@code plan.json} and {@code infra.sarif}. Bound to {@code verify}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractInfraMojo {

    /** Findings logged one by one, per severity; the reports hold every finding. */
    static final int MAX_FINDINGS_LOGGED = 100;

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
    protected boolean failOnWarning() {
        return failOnWarning;
    }

    @Override
    protected void run(GoalContext context) throws MojoFailureException, DescriptorException, IOException {
        Analysis analysis = loadAndAnalyze(context);
        context.build().writeReports(analysis);
        List<Finding> errors = analysis.errors();
        List<Finding> warnings = analysis.warnings();
        shown(warnings).forEach(w -> context.log().warn(w.describe() + " [" + w.rule() + "]"));
        more(warnings, "warnings").ifPresent(context.log()::warn);
        shown(errors).forEach(e -> context.log().error(e.describe() + " [" + e.rule() + "]"));
        more(errors, "errors").ifPresent(context.log()::error);
        context.log().info("validate: " + count(errors.size(), "error") + ", "
                + count(analysis.warnings().size(), "warning") + "; reports in "
                + context.show(context.outputDirectory().resolve(InfraBuild.PLAN_JSON)) + " and "
                + InfraBuild.SARIF);
        if (!errors.isEmpty() && failOnViolation) {
            throw new MojoFailureException(count(errors.size(), "violation") + " in " + context.displayName() + ":\n"
                    + shown(errors).stream().map(Finding::describe).collect(Collectors.joining("\n"))
                    + more(errors, "errors").map(line -> "\n" + line).orElse("")
                    + "\nFix the descriptor, or report without failing with -D" + PropertyNames.FAIL_ON_VIOLATION
                    + "=false");
        }
    }

    /** The findings printed one by one; a system with thousands keeps its log readable, the reports keep all. */
    private static List<Finding> shown(List<Finding> findings) {
        return findings.subList(0, Math.min(findings.size(), MAX_FINDINGS_LOGGED));
    }

    private static Optional<String> more(List<Finding> findings, String what) {
        int rest = findings.size() - MAX_FINDINGS_LOGGED;
        return rest <= 0 ? Optional.empty() : Optional.of("... and " + rest + " more " + what + " (all of them are in "
                + InfraBuild.PLAN_JSON + " and " + InfraBuild.SARIF + ")");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
