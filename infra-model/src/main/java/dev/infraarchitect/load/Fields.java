package dev.infraarchitect.load;

import dev.infraarchitect.model.Identifiers;
import dev.infraarchitect.model.InvalidValueException;
import dev.infraarchitect.model.Location;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Suggestions;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed access to the fields of one mapping of the descriptor. Every read either returns a valid value, returns
 * {@code null} for a field that is absent, or records a problem at the value's position and returns {@code null},
 * so that one pass finds every problem. Fields not in the known set are reported with the nearest known name.
 */
final class Fields {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final Node.MapNode node;
    private final String path;
    private final Problems problems;

    private Fields(Node.MapNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Fields of {@code value}, which must be a map; {@code path} names it in messages ({@code services.api}).
     * Returns null (after recording a problem) when the value is not a map.
     */
    static Fields of(Node value, String path, Set<String> known, Problems problems) {
        if (!(value instanceof Node.MapNode map)) {
            String what = path.isEmpty() ? "the descriptor" : path;
            String example = path.isEmpty() ? " (project, services, ...)" : "";
            problems.add(value.location(), what + " must be a map of fields" + example + ", not " + value.describe());
            return null;
        }
        Fields fields = new Fields(map, path, problems);
        fields.rejectUnknown(known);
        return fields;
    }

    private void rejectUnknown(Set<String> known) {
        for (Node.Entry entry : node.entries().values()) {
            if (!known.contains(entry.key())) {
                String where = path.isEmpty() ? "at the top level" : "in " + path;
                problems.add(entry.keyLocation(), "unknown field '" + entry.key() + "' " + where
                        + Suggestions.didYouMean(entry.key(), known));
            }
        }
    }

    Location location() {
        return node.location();
    }

    String path() {
        return path;
    }

    /** The value of {@code key}, or null when absent or written empty. */
    Node raw(String key) {
        Node.Entry entry = node.entries().get(key);
        if (entry == null || entry.value() instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
            return null;
        }
        return entry.value();
    }

    boolean has(String key) {
        return raw(key) != null;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String message) {
        Node.Entry entry = node.entries().get(key);
        problems.add(entry == null ? node.location() : entry.keyLocation(), message);
    }

    void missing(String key, String hint) {
        String where = path.isEmpty() ? "the descriptor" : path;
        problems.add(node.location(), where + " needs '" + key + "'" + hint);
    }

    String string(String key) {
        Node value = raw(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Node.Scalar scalar)) {
            problems.add(value.location(), child(key) + " must be text, not " + value.describe());
            return null;
        }
        return scalar.text();
    }

    String name(String key) {
        Node value = raw(key);
        return value == null ? null : name(value, child(key));
    }

    String name(Node value, String what) {
        if (!(value instanceof Node.Scalar scalar) || scalar.type() != Node.Scalar.Type.STRING) {
            problems.add(value.location(), what + " must be a name, not " + value.describe());
            return null;
        }
        return checkedName(scalar.text(), value.location(), what, problems);
    }

    static String checkedName(String text, Location at, String what, Problems problems) {
        if (!isName(text)) {
            problems.add(at, what + " '" + abbreviate(text) + "' is not a valid name: use lower-case letters, digits"
                    + " and '-', starting with a letter, at most 63 characters" + nameHint(text));
            return null;
        }
        return text;
    }

    /** Whether {@code text} matches {@link #NAME}, checked without it: every name of a descriptor passes here. */
    static boolean isName(String text) {
        return text.length() <= 63 && Identifiers.isLowerName(text);
    }

    private static String nameHint(String text) {
        String fixed = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
        if (fixed.length() > 63) {
            fixed = fixed.substring(0, 63);
        }
        return isName(fixed) && !fixed.equals(text) ? " (e.g. '" + fixed + "')" : "";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    Long cpu(String key) {
        return parsed(key, "cores (2, 0.5) or millicores (\"500m\")", true, true, Quantities::parseCpu);
    }

    Long bytes(String key) {
        return parsed(key, "a size such as 4Gi", true, true, Quantities::parseBytes);
    }

    Duration duration(String key) {
        Node value = raw(key);
        if (value instanceof Node.Scalar s && s.isNumber()) {
            problems.add(value.location(), child(key) + " '" + s.text() + "' needs a unit; did you mean "
                    + s.text() + "s or " + s.text() + "m?");
            return null;
        }
        return parsed(key, "a duration such as 30s, 5m, 1h or 7d", false, true, Quantities::parseDuration);
    }

    BigDecimal percent(String key) {
        return parsed(key, "a percentage such as 99.9", true, true, Quantities::parsePercent);
    }

    /** Money: a plain non-negative number (strings are rejected so that "25" vs 25 is never ambiguous). */
    BigDecimal money(String key) {
        Node value = raw(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Node.Scalar s) || !s.isNumber()) {
            problems.add(value.location(), child(key) + " must be a number (a monthly amount), not "
                    + value.describe());
            return null;
        }
        if (!s.text().matches("-?[0-9]+(\\.[0-9]+)?")) {
            problems.add(value.location(), child(key) + " must be a plain decimal amount such as 25 or 12.50, not '"
                    + s.text() + "'");
            return null;
        }
        BigDecimal amount = new BigDecimal(s.text());
        if (amount.signum() < 0) {
            problems.add(value.location(), child(key) + " must not be negative, got " + s.text());
            return null;
        }
        return amount;
    }

    private <T> T parsed(String key, String expected, boolean numbers, boolean strings, Function<String, T> parser) {
        Node value = raw(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Node.Scalar s) || !(s.isNumber() && numbers || s.type() == Node.Scalar.Type.STRING && strings)) {
            problems.add(value.location(), child(key) + " must be " + expected + ", not " + value.describe());
            return null;
        }
        try {
            return parser.apply(s.text());
        } catch (InvalidValueException | NumberFormatException e) {
            problems.add(value.location(), child(key) + ": " + e.getMessage());
            return null;
        }
    }

    Integer integer(String key, int min) {
        Node value = raw(key);
        return value == null ? null : integer(value, child(key), min);
    }

    Integer integer(Node value, String what, int min) {
        if (!(value instanceof Node.Scalar s) || s.type() != Node.Scalar.Type.INTEGER) {
            problems.add(value.location(), what + " must be a whole number, not " + value.describe());
            return null;
        }
        try {
            int number = Integer.parseInt(s.text());
            if (number < min) {
                problems.add(value.location(), what + " must be at least " + min + ", got " + number);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(value.location(), what + " '" + s.text() + "' is not a whole number in range");
            return null;
        }
    }

    Long longValue(String key) {
        Node value = raw(key);
        return value == null ? null : longValue(value, child(key));
    }

    /** A whole number, negative ones included ({@code -1} means unlimited to Docker). */
    Long longValue(Node value, String what) {
        if (!(value instanceof Node.Scalar s) || s.type() != Node.Scalar.Type.INTEGER) {
            problems.add(value.location(), what + " must be a whole number, not " + value.describe());
            return null;
        }
        try {
            return Long.parseLong(s.text());
        } catch (NumberFormatException e) {
            problems.add(value.location(), what + " '" + s.text() + "' is not a whole number in range");
            return null;
        }
    }

    Boolean bool(String key) {
        Node value = raw(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Node.Scalar s) || s.type() != Node.Scalar.Type.BOOLEAN) {
            problems.add(value.location(), child(key) + " must be true or false, not " + value.describe());
            return null;
        }
        return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** One of {@code choices} (lower case), or null after a problem. */
    String choice(String key, List<String> choices) {
        String text = string(key);
        if (text == null) {
            return null;
        }
        if (!choices.contains(text)) {
            problem(key, child(key) + " '" + abbreviate(text) + "' must be one of " + String.join(", ", choices)
                    + Suggestions.didYouMean(text, choices));
            return null;
        }
        return text;
    }

    /** The items of a list field; a single scalar is not silently taken as a one-item list. */
    List<Node> list(String key) {
        Node value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Node.ListNode list)) {
            problems.add(value.location(), child(key) + " must be a list ([a, b]), not " + value.describe());
            return List.of();
        }
        return list.items();
    }

    /** The entries of a map field (empty when absent). */
    List<Node.Entry> entries(String key) {
        Node value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Node.MapNode map)) {
            problems.add(value.location(), child(key) + " must be a map, not " + value.describe());
            return List.of();
        }
        return List.copyOf(map.entries().values());
    }

    /** Fields of a nested map field, or null when absent or not a map. */
    Fields object(String key, Set<String> known) {
        Node value = raw(key);
        return value == null ? null : of(value, child(key), known, problems);
    }

    /** A scalar's text for string-valued maps (environment, labels): numbers and booleans are taken as written. */
    String scalarText(Node value, String what) {
        if (!(value instanceof Node.Scalar s)) {
            problems.add(value.location(), what + " must be a plain value, not " + value.describe());
            return null;
        }
        return s.text();
    }
}
