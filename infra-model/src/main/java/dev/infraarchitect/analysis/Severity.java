package dev.infraarchitect.analysis;

import java.util.Locale;

/** How much a finding matters: errors fail {@code infra:validate}, warnings only when asked to. */
public enum Severity {
    ERROR, WARNING, OFF;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
