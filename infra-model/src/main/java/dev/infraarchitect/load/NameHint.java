package dev.infraarchitect.load;

import java.util.Locale;

/**
 * The valid name nearest to an invalid one, for a "(e.g. 'my-service')" hint: lower case, each run of other
 * characters made one {@code -}, leading characters before the first letter and trailing dashes dropped, cut to 63
 * characters. One pass over the text: the regular expressions it replaces ({@code -+$} above all) took quadratic time
 * on a long run of dashes.
 */
final class NameHint {

    private NameHint() {
    }

    static String suggest(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder fixed = new StringBuilder(Math.min(lower.length(), 64));
        boolean dash = false;
        for (int i = 0; i < lower.length() && fixed.length() <= 63; i++) {
            char c = lower.charAt(i);
            boolean letter = c >= 'a' && c <= 'z';
            boolean kept = letter || c >= '0' && c <= '9' || c == '-';
            if (fixed.length() == 0) {
                if (letter) { // everything before the first letter is dropped
                    fixed.append(c);
                }
                continue;
            }
            if (!kept || c == '-') {
                dash = true;
            } else {
                if (dash) {
                    fixed.append('-');
                    dash = false;
                }
                fixed.append(c);
            }
        }
        if (fixed.length() > 63) {
            fixed.setLength(63);
        }
        int end = fixed.length();
        while (end > 0 && fixed.charAt(end - 1) == '-') {
            end--;
        }
        return fixed.substring(0, end);
    }
}
