package dev.infraarchitect.render.terraform;

import java.util.List;

/**
 * What may be printed into HCL as syntax rather than as a quoted string: attribute names and block types are
 * identifiers, and comments are single lines. The loader already refuses any other descriptor text in these places;
 * this is the second line of defence, so that no future caller can print text that closes a block or starts one.
 */
final class HclSyntax {

    private HclSyntax() {
    }

    /** {@code [A-Za-z_][A-Za-z0-9_-]*}, else an {@link IllegalArgumentException} (a bug, not a user error). */
    static String identifier(String name) {
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException("not an HCL identifier, refused as syntax: " + name.length()
                    + " characters");
        }
        return name;
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) && name.charAt(0) < 0x80 || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A comment line: no line break of any kind, so the text after {@code #} cannot become code. */
    static String comment(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000b'
                    || c == '\f') {
                throw new IllegalArgumentException("a comment line may not contain a line break");
            }
        }
        return text;
    }

    static List<String> comments(List<String> lines) {
        lines.forEach(HclSyntax::comment);
        return lines;
    }
}
