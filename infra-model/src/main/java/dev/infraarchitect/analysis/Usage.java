package dev.infraarchitect.analysis;

import dev.infraarchitect.model.Resource;

/**
 * How much of one resource a host, tier or the system budget uses in one environment. {@code limit} is
 * {@code null} where the scope sets no limit for that resource.
 */
public record Usage(Scope scope, String name, Resource resource, long used, Long limit) {

    public enum Scope {
        HOST, TIER, BUDGET
    }

    public boolean exceeded() {
        return limit != null && used > limit;
    }
}
