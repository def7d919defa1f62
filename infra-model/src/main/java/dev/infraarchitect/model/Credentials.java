package dev.infraarchitect.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a setting looks like a credential, by its key or by the shape of its value. The advice rule that warns
 * about such settings and the generators that keep their values out of every artifact use this one test, so that
 * whatever is warned about is also masked.
 */
public final class Credentials {

    private static final List<String> KEY_MARKERS = List.of(
            "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL",
            "AUTHORIZATION", "CONN_STR", "CONNECTION_STRING");

    /**
     * Short markers that are too common inside other words ({@code PASS_THROUGH}, {@code AUTHOR}, {@code AUTH_URL})
     * to count anywhere: they count as the key's last word ({@code DB_PASS}, {@code MYSQL_PWD}, {@code BASIC_AUTH}).
     */
    private static final List<String> LAST_WORD_MARKERS = List.of("PASS", "PWD", "AUTH");

    private static final List<Shape> VALUE_SHAPES = List.of(
            new Shape("a private key", "PRIVATE KEY", Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----")),
            new Shape("an AWS access key id", "AKIA", Pattern.compile("(?<![0-9A-Z])AKIA[0-9A-Z]{16}(?![0-9A-Z])")),
            new Shape("a GitHub token", "gh", Pattern.compile("(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36}")));

    /**
     * {@code hint} is literal text the shape contains, checked first so plain settings skip the regex. Every pattern
     * here matches a bounded length after a fixed prefix, so {@code find()} stays linear in the value's length; the
     * open-ended shapes (JSON Web Token, fine-grained GitHub token, URL with a password) are scanned by hand below.
     */
    private record Shape(String description, String hint, Pattern pattern) {
    }

    private Credentials() {
    }

    /** True when {@link #reason} finds one. Either argument may be {@code null}. */
    public static boolean looksLikeCredential(String key, String value) {
        return reason(key, value).isPresent();
    }

    /**
     * Why the setting looks like a credential ("whose name suggests a credential", "whose value looks like a JSON
     * Web Token"), never quoting the value. A key looks like one when it contains PASSWORD, PASSWD, SECRET, TOKEN,
     * API_KEY, APIKEY, PRIVATE_KEY, ACCESS_KEY or CREDENTIAL (any case, {@code -} and {@code .} read as {@code _}),
     * unless it ends in {@code _FILE}: Docker's convention for the path of a mounted secret, the recommended practice.
     * It also looks like one when its last word is PASS, PWD or AUTH ({@code DB_PASS}, {@code BASIC_AUTH}; not the
     * shell's own {@code PWD}), or, for a {@code conn_str}-like key, AUTHORIZATION, CONN_STR or CONNECTION_STRING.
     * A value looks like one by its shape, or when it is a URL with a password in its user info
     * ({@code postgres://app:pw@db/app}). Every check is linear in the length of the key and value.
     */
    public static Optional<String> reason(String key, String value) {
        if (Interpolation.isOnlyReference(value)) {
            return Optional.empty(); // a reference to a variable holds no value of its own
        }
        if (key != null) {
            String normalized = key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
            if (!normalized.endsWith("_FILE")) {
                for (String marker : KEY_MARKERS) {
                    if (normalized.contains(marker)) {
                        return Optional.of("whose name suggests a credential");
                    }
                }
                String lastWord = normalized.substring(normalized.lastIndexOf('_') + 1);
                if (LAST_WORD_MARKERS.contains(lastWord) && !"PWD".equals(normalized)) {
                    return Optional.of("whose name suggests a credential");
                }
            }
        }
        if (value != null) {
            for (Shape shape : VALUE_SHAPES) {
                if (value.contains(shape.hint()) && shape.pattern().matcher(value).find()) {
                    return Optional.of("whose value looks like " + shape.description());
                }
            }
            if (value.contains("eyJ") && hasJsonWebToken(value)) {
                return Optional.of("whose value looks like a JSON Web Token");
            }
            if (value.contains("github_pat_") && hasFineGrainedGitHubToken(value)) {
                return Optional.of("whose value looks like a GitHub token");
            }
            if (value.contains("://") && hasUrlPassword(value)) {
                return Optional.of("whose value is a URL with a password in it");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code value} contains {@code eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.}: a header and a payload
     * (both base64url JSON objects, so both begin with {@code eyJ}) each followed by a dot. Searched run by run of
     * base64url characters, so each character is looked at a fixed number of times; the regular expression took
     * quadratic time on a long run of {@code eyJ}.
     */
    static boolean hasJsonWebToken(String value) {
        int n = value.length();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && isBase64Url(value.charAt(end))) {
                end++;
            }
            // a header: some "eyJ" in this run with at least 5 characters after it, then a dot
            if (end < n && value.charAt(end) == '.' && hasEyJ(value, start, end - 7)) {
                int payload = end + 1;
                int payloadEnd = payload;
                while (payloadEnd < n && isBase64Url(value.charAt(payloadEnd))) {
                    payloadEnd++;
                }
                if (value.startsWith("eyJ", payload) && payloadEnd - payload >= 8 && payloadEnd < n
                        && value.charAt(payloadEnd) == '.') {
                    return true;
                }
            }
            start = end + 1;
        }
        return false;
    }

    /** {@code github_pat_} followed by at least 22 of {@code [A-Za-z0-9_]}; each occurrence looks at 22 characters. */
    static boolean hasFineGrainedGitHubToken(String value) {
        String prefix = "github_pat_";
        for (int at = value.indexOf(prefix); at >= 0; at = value.indexOf(prefix, at + 1)) {
            int i = at + prefix.length();
            int limit = i + 22;
            while (i < limit && i < value.length() && (isAlphanumeric(value.charAt(i)) || value.charAt(i) == '_')) {
                i++;
            }
            if (i == limit) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a URL in {@code value} carries a password: {@code scheme://user:password@host}. The user info ends at
     * the first {@code /}, {@code ?}, {@code #} or white space, so each character is looked at once or twice.
     */
    static boolean hasUrlPassword(String value) {
        for (int at = value.indexOf("://"); at >= 0; at = value.indexOf("://", at + 3)) {
            int colon = -1;
            for (int i = at + 3; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '@') {
                    if (colon >= 0 && colon + 1 < i) {
                        return true;
                    }
                    break;
                }
                if (c == '/' || c == '?' || c == '#' || Character.isWhitespace(c)) {
                    break;
                }
                if (c == ':' && colon < 0) {
                    colon = i;
                }
            }
        }
        return false;
    }

    /** Whether {@code eyJ} begins somewhere in {@code [from, to)}; bounded, unlike {@code indexOf}. */
    private static boolean hasEyJ(String value, int from, int to) {
        for (int i = from; i < to && i + 2 < value.length(); i++) {
            if (value.charAt(i) == 'e' && value.charAt(i + 1) == 'y' && value.charAt(i + 2) == 'J') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBase64Url(char c) {
        return isAlphanumeric(c) || c == '_' || c == '-';
    }

    private static boolean isAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
