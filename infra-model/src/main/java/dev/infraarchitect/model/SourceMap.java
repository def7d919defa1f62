package dev.infraarchitect.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each part of a descriptor was written, by JSON pointer ({@code /services/api/dependsOn/0}).
 * For a map entry the location is that of its key, so messages point at the line a person reads as "the field".
 * Lookups of a pointer that was not written (a defaulted value) fall back to the nearest written ancestor.
 */
public final class SourceMap {

    private final String file;
    private final Function<String, Location> resolver;

    /** @param resolver the location written at a pointer, or null where nothing was written there */
    public SourceMap(String file, Function<String, Location> resolver) {
        this.file = file;
        this.resolver = resolver;
    }

    public SourceMap(String file, Map<String, Location> locations) {
        this(file, Map.copyOf(locations)::get);
    }

    public static SourceMap empty(String file) {
        return new SourceMap(file, new HashMap<>());
    }

    public String file() {
        return file;
    }

    /** The location of {@code pointer}, or of its nearest recorded ancestor, or of the file. */
    public Location locate(String pointer) {
        String p = pointer;
        while (true) {
            Location found = resolver.apply(p);
            if (found != null) {
                return found;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                Location root = resolver.apply("");
                return root != null ? root : Location.ofFile(file);
            }
            p = p.substring(0, slash);
        }
    }

    /** Builds a pointer from path segments, escaping {@code ~} and {@code /} as RFC 6901 requires. */
    public static String pointer(Object... segments) {
        StringBuilder sb = new StringBuilder();
        for (Object segment : segments) {
            sb.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
