package dev.infraarchitect.load;

/**
 * Answers, without regular expressions, the two questions SnakeYAML's YAML 1.1 resolver is asked about most plain
 * scalars of a descriptor: is this surely a string, and is this a plain decimal integer. The resolver picks its
 * expressions by the first character and then tries each ({@code bool}, {@code int}, {@code float},
 * {@code timestamp}, {@code null}, ...); a value that no expression can match is a string. Anything these checks are
 * not sure of goes to the resolver, so the answer is always the resolver's. {@code PlainScalarsTest} compares them.
 */
final class PlainScalars {

    /** First characters for which the resolver has an expression besides null's. */
    private static final String RESOLVED_FIRST = "yYnNtTfFoO!&*+-.0123456789<~";
    /** Longest word of {@code bool} and {@code null} ("false"). */
    private static final int LONGEST_WORD = 5;
    /** Characters of numbers in any of the resolver's forms: digits, signs, points, colons, exponents, a date's gap. */
    private static final String NUMERIC = "0123456789_+-.:eE \t";
    /** Beyond this many digits, leave the integer to the resolver and Jackson. */
    private static final int LONGEST_DECIMAL = 18;

    private PlainScalars() {
    }

    /** Whether the resolver would surely call the plain scalar {@code value} a string. */
    static boolean surelyString(String value) {
        if (value.isEmpty() || isNullWord(value)) {
            return false;
        }
        char first = value.charAt(0);
        if (RESOLVED_FIRST.indexOf(first) < 0) {
            return true;
        }
        if (Character.isLetter(first)) {
            return value.length() > LONGEST_WORD;
        }
        if (first == '!' || first == '&' || first == '*' || first == '<' || first == '~') {
            return false;
        }
        // letters only some expressions allow: hex digits after 0x, b after 0b, .inf and .nan, a date's T and Z
        boolean hex = value.contains("0x");
        boolean binary = value.contains("0b");
        boolean special = first == '.' || value.length() > 1 && value.charAt(1) == '.';
        boolean date = value.indexOf('-', 1) > 0;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean possible = NUMERIC.indexOf(c) >= 0
                    || hex && (c == 'x' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')
                    || binary && c == 'b'
                    || special && "infINFaA".indexOf(c) >= 0
                    || date && (c == 'T' || c == 't' || c == 'Z');
            if (!possible) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code value} is {@code 0} or a decimal integer without a sign or a leading zero, up to 18 digits. */
    static boolean plainDecimal(String value) {
        int length = value.length();
        if (length == 0 || length > LONGEST_DECIMAL || value.charAt(0) == '0' && length > 1) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNullWord(String value) {
        return value.equals("~") || value.equals(" ") || value.equals("null") || value.equals("Null")
                || value.equals("NULL");
    }
}
