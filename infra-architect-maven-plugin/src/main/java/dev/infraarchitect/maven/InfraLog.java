package dev.infraarchitect.maven;

import java.util.Objects;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/**
 * Where the plugin's progress and findings go: a thin adapter over Maven's {@link Log}, so that the goals (and,
 * once wired, the core's log sink) speak one small vocabulary and never touch SLF4J or {@code System.out}.
 * Every line is prefixed with {@code infra: } so that it can be found in a long build log.
 */
public final class InfraLog {

    static final String PREFIX = "infra: ";

    private final Log log;

    public InfraLog(Log log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Progress and summaries a user wants to see in every build. */
    public void info(String message) {
        log.info(PREFIX + message);
    }

    /** Findings that do not fail the build. */
    public void warn(String message) {
        log.warn(PREFIX + message);
    }

    /** Findings that fail the build (the failure itself is raised by the goal). */
    public void error(String message) {
        log.error(PREFIX + message);
    }

    /** Details for {@code mvn -X}; the message is only built when debug is enabled. */
    public void debug(Supplier<String> message) {
        if (log.isDebugEnabled()) {
            log.debug(PREFIX + message.get());
        }
    }
}
