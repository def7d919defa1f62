package dev.infraarchitect.model;

import java.time.Duration;
import java.util.List;

/**
 * A shell command that exits 0 when the service is healthy; timings may be {@code null} (runtime defaults).
 * {@code exec} is the test as written when it was a list ({@code ["CMD", "curl", "-f", "http://localhost"]}, kept
 * as written, {@code CMD}/{@code CMD-SHELL} included), otherwise {@code null}; {@code test} is then the list's
 * command as one line, for runtimes that only take a shell command.
 */
public record Healthcheck(String test, Duration interval, Duration timeout, Integer retries, Duration startPeriod,
        List<String> exec) {

    public Healthcheck(String test, Duration interval, Duration timeout, Integer retries, Duration startPeriod) {
        this(test, interval, timeout, retries, startPeriod, null);
    }

    /**
     * The test as an argument list for runtimes that take one (Compose, Docker, Kubernetes exec probes): the list
     * as written, or {@code ["CMD-SHELL", test]}.
     */
    public List<String> command() {
        return exec != null ? exec : List.of("CMD-SHELL", test);
    }
}
