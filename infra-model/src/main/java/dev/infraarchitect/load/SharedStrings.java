package dev.infraarchitect.load;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct key and short value of one read: a large descriptor repeats {@code image},
 * {@code 256Mi} and the like hundreds of thousands of times, and every copy kept alive costs the garbage collector.
 */
final class SharedStrings {

    /** Values up to this length are shared; longer ones (descriptions, commands) rarely repeat. */
    private static final int SHORT_VALUE = 24;

    private final Map<String, String> known = new HashMap<>();

    /** The one instance of {@code key}. */
    String key(String key) {
        String first = known.putIfAbsent(key, key);
        return first == null ? key : first;
    }

    /** The one instance of {@code value} when it is short, else {@code value} itself. */
    String value(String value) {
        return value.length() <= SHORT_VALUE ? key(value) : value;
    }
}
