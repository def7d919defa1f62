package dev.infraarchitect.model;

/**
 * The shape of a plain key, {@code [A-Za-z_][A-Za-z0-9_.-]*}: what a service setting's name may be, and what the
 * YAML emitter writes without quotes. Checked by a loop, because every key of every descriptor and generated file
 * passes here and a regular expression cost more than the rest of the work around it.
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static boolean isPlainKey(String text) {
        if (text.isEmpty() || !(isAsciiLetter(text.charAt(0)) || text.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
