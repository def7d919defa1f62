package dev.infraarchitect.model;

/**
 * The shapes of names and keys, checked by loops: every key of every descriptor and generated file passes here, and
 * a regular expression cost more than the rest of the work around it.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * {@code [a-z][a-z0-9-]*}: the shape of a service, host or other name (which the descriptor also limits to 63
     * characters), and of a name Mermaid takes as it is.
     */
    public static boolean isLowerName(String text) {
        if (text.isEmpty() || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code [A-Za-z_][A-Za-z0-9_.-]*}: what a service setting's name may be, and what the YAML emitter writes without
     * quotes.
     */
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

    /**
     * {@code [a-z][a-z0-9_]*}: the shape of a Terraform backend type and of a backend setting's name, both written
     * as HCL syntax (a label and an attribute name), so nothing else may pass.
     */
    public static boolean isTerraformName(String text) {
        if (text.isEmpty() || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
