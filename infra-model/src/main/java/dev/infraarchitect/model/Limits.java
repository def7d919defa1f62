package dev.infraarchitect.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/** Optional upper bounds per {@link Resource}; a resource without a bound is unlimited. */
public record Limits(Map<Resource, Long> values) {

    public static final Limits NONE = new Limits(Map.of());

    public Limits {
        EnumMap<Resource, Long> copy = new EnumMap<>(Resource.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public OptionalLong get(Resource resource) {
        Long value = values.get(resource);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** These limits, with any bound that {@code override} sets replacing ours. */
    public Limits overriddenBy(Limits override) {
        EnumMap<Resource, Long> merged = new EnumMap<>(Resource.class);
        merged.putAll(values);
        merged.putAll(override.values);
        return new Limits(merged);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
