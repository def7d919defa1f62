package dev.infraarchitect.maven;

import dev.infraarchitect.analysis.RuleConfigurationException;
import dev.infraarchitect.render.ConflictingGeneratorsException;
import dev.infraarchitect.render.NoGeneratorSelectedException;
import dev.infraarchitect.render.UnknownGeneratorException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The core checks {@code <generators>} and {@code <rules>}; this turns what it rejects into a message that names
 * the POM element and the property to set, without checking anything itself. The core's exception is not chained:
 * Maven would print its message again after this one.
 */
final class ConfigurationErrors {

    private ConfigurationErrors() {
    }

    static MojoFailureException of(UnknownGeneratorException e) {
        return new MojoFailureException("<generators> names unknown generator '" + e.id() + "' (known: "
                + String.join(", ", e.known()) + ", e.g. -D" + PropertyNames.GENERATORS + "=compose,docs)"
                + e.suggestion());
    }

    static MojoFailureException of(NoGeneratorSelectedException e) {
        return new MojoFailureException("<generators> is empty; name at least one of " + String.join(", ", e.known())
                + ", or skip the goal with -D" + PropertyNames.GENERATE_SKIP);
    }

    static MojoFailureException of(ConflictingGeneratorsException e) {
        return new MojoFailureException("<generators>: " + e.getMessage());
    }

    static MojoFailureException of(RuleConfigurationException e) {
        String element = "<rules><" + e.rule() + ">"
                + (e.value() == null ? "" : e.value() + "</" + e.rule() + ">");
        return new MojoFailureException(element + ": " + e.getMessage());
    }
}
