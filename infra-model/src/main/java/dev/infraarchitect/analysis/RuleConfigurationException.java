package dev.infraarchitect.analysis;

/**
 * A severity override that cannot be used: a value that is no severity, a hard check (always an error) or an id
 * that is no rule. The message says what is wrong and what would be right; {@link #rule()} and {@link #value()} let
 * a caller name where the user wrote it.
 */
public final class RuleConfigurationException extends IllegalArgumentException {

    private final String rule;
    private final String value;

    RuleConfigurationException(String rule, String value, String message) {
        super(message);
        this.rule = rule;
        this.value = value;
    }

    /** The rule id as configured. */
    public String rule() {
        return rule;
    }

    /** The severity as configured when it is the value that is wrong, else {@code null}. */
    public String value() {
        return value;
    }
}
