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
            "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL");

    private static final List<Shape> VALUE_SHAPES = List.of(
            new Shape("a private key", "PRIVATE KEY", Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----")),
            new Shape("an AWS access key id", "AKIA", Pattern.compile("(?<![0-9A-Z])AKIA[0-9A-Z]{16}(?![0-9A-Z])")),
            new Shape("a JSON Web Token", "eyJ",
                    Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*")),
            new Shape("a GitHub token", "gh", Pattern.compile("(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36}")),
            new Shape("a GitHub token", "github_pat_", Pattern.compile("github_pat_[A-Za-z0-9_]{22,}")));

    /** {@code hint} is literal text the shape contains, checked first so plain settings skip the regex. */
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
            }
        }
        if (value != null) {
            for (Shape shape : VALUE_SHAPES) {
                if (value.contains(shape.hint()) && shape.pattern().matcher(value).find()) {
                    return Optional.of("whose value looks like " + shape.description());
                }
            }
        }
        return Optional.empty();
    }
}
