package dev.infraarchitect.analysis;

/**
 * One rule of the analysis, as users meet it in messages, SARIF, help and the README.
 *
 * @param id              the stable id: {@code dependency-cycle}, {@code stateful-without-backup}
 * @param hard            whether it is a hard check (always an error) rather than configurable advice
 * @param defaultSeverity the severity it reports at unless configured; always {@code ERROR} for a hard check
 * @param description     one line saying what it finds, lower case, as the README's tables show it
 */
public record Rule(String id, boolean hard, Severity defaultSeverity, String description) {
}
