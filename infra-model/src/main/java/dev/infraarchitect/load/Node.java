package dev.infraarchitect.load;

import dev.infraarchitect.model.Location;
import java.util.List;

/**
 * The descriptor document as read, before it is given meaning: maps, lists and scalars, each with where it starts.
 * Keeping positions on every node is what lets semantic errors point at the exact line and column.
 */
sealed interface Node {

    Location location();

    /** What a person would call this kind of value in a message: "a map", "a list", "a number", ... */
    String describe();

    /**
     * A mapping; entries keep the order written. Positions are kept as numbers, not {@link Location}s: a large
     * descriptor has millions of nodes, and a location is only needed for the few that a message names.
     */
    record MapNode(String file, int line, int column, Entries entries) implements Node {

        MapNode(Location location, Entries entries) {
            this(location.file(), location.line(), location.column(), entries);
        }

        @Override
        public Location location() {
            return new Location(file, line, column);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    /** One key of a mapping, where the key was written, and its value. */
    record Entry(String key, String file, int keyLine, int keyColumn, Node value) {

        Entry(String key, Location keyLocation, Node value) {
            this(key, keyLocation.file(), keyLocation.line(), keyLocation.column(), value);
        }

        Location keyLocation() {
            return new Location(file, keyLine, keyColumn);
        }
    }

    record ListNode(String file, int line, int column, List<Node> items) implements Node {

        ListNode(Location location, List<Node> items) {
            this(location.file(), location.line(), location.column(), items);
        }

        @Override
        public Location location() {
            return new Location(file, line, column);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar with its source text and the type YAML resolved it to (a quoted scalar is always a string). */
    record Scalar(String file, int line, int column, String text, Type type) implements Node {

        Scalar(Location location, String text, Type type) {
            this(location.file(), location.line(), location.column(), text, type);
        }

        @Override
        public Location location() {
            return new Location(file, line, column);
        }

        enum Type {
            STRING("a string"), INTEGER("a number"), DECIMAL("a number"), BOOLEAN("true/false"), NULL("empty");

            private final String description;

            Type(String description) {
                this.description = description;
            }
        }

        boolean isNumber() {
            return type == Type.INTEGER || type == Type.DECIMAL;
        }

        @Override
        public String describe() {
            // a string is not quoted: it is user text of unknown meaning, maybe a secret put in the wrong place
            return type == Type.STRING ? "a string" : type.description + " (" + abbreviate(text) + ")";
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }
    }
}
