package dev.infraarchitect.render.terraform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HCL expression as the generator builds it: literals are escaped when printed, references and templates are
 * written as given. Objects keep insertion order; lists and objects containing an object print on several lines.
 */
sealed interface HclExpression {

    /** A quoted string whose text is escaped, including {@code ${} and {@code %{}, so it is never interpolated. */
    static HclExpression string(String value) {
        return new Literal(value);
    }

    /** A quoted template whose {@code ${...}} interpolations are kept; the rest must need no escaping. */
    static HclExpression template(String template) {
        return new Raw("\"" + template + "\"");
    }

    static HclExpression number(long value) {
        return new Raw(Long.toString(value));
    }

    static HclExpression bool(boolean value) {
        return new Raw(Boolean.toString(value));
    }

    /** A reference, type or single-line expression written verbatim: {@code var.region}, {@code list(string)}. */
    static HclExpression raw(String text) {
        return new Raw(text);
    }

    static HclExpression list(List<HclExpression> items) {
        return new ListOf(List.copyOf(items), false);
    }

    /** A list printed one item per line even when every item is simple. */
    static HclExpression lines(List<HclExpression> items) {
        return new ListOf(List.copyOf(items), !items.isEmpty());
    }

    static HclExpression strings(List<String> values) {
        return list(values.stream().map(HclExpression::string).toList());
    }

    /** An object; keys that are not identifiers are quoted. */
    static HclExpression object(Map<String, HclExpression> entries) {
        return new ObjectOf(new LinkedHashMap<>(entries));
    }

    /** An object from alternating keys and values, in the order given. */
    static HclExpression pairs(Object... keysAndValues) {
        Map<String, HclExpression> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], (HclExpression) keysAndValues[i + 1]);
        }
        return object(entries);
    }

    static HclExpression call(String function, HclExpression argument) {
        return new Call(function, argument);
    }

    /** Whether the expression prints on one line, which decides whether it joins an alignment run. */
    boolean singleLine();

    record Literal(String value) implements HclExpression {
        @Override
        public boolean singleLine() {
            return true;
        }
    }

    record Raw(String text) implements HclExpression {
        @Override
        public boolean singleLine() {
            return true;
        }
    }

    record ListOf(List<HclExpression> items, boolean multiline) implements HclExpression {
        @Override
        public boolean singleLine() {
            if (multiline) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) { // asked for every attribute printed: no stream
                if (!(items.get(i) instanceof Literal || items.get(i) instanceof Raw)) {
                    return false;
                }
            }
            return true;
        }
    }

    record ObjectOf(Map<String, HclExpression> entries) implements HclExpression {
        public ObjectOf {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public boolean singleLine() {
            return entries.isEmpty();
        }
    }

    record Call(String function, HclExpression argument) implements HclExpression {
        @Override
        public boolean singleLine() {
            return argument.singleLine();
        }
    }
}
