package dev.infraarchitect.render;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a setting looks like a credential, by its key or by the shape of its value. Generators use it so that
 * such values never reach an artifact, even when a descriptor put them among plain settings by mistake.
 */
public final class Credentials {

    private static final List<String> KEY_MARKERS = List.of(
            "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL");

    private static final List<Pattern> VALUE_SHAPES = List.of(
            Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----"),
            Pattern.compile("(?<![0-9A-Z])AKIA[0-9A-Z]{16}(?![0-9A-Z])"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"),
            Pattern.compile("gh[pousr]_[A-Za-z0-9]{36}"),
            Pattern.compile("github_pat_[A-Za-z0-9_]{22,}"));

    private Credentials() {
    }

    /**
     * True when {@code key} names a credential (PASSWORD, TOKEN, API_KEY... in any case, with {@code -} or
     * {@code .} read as {@code _}) or {@code value} has the shape of one (a private key block, an AWS access key id,
     * a JWT, a GitHub token). Either argument may be {@code null}.
     */
    public static boolean looksLikeCredential(String key, String value) {
        if (key != null) {
            String normalized = key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
            for (String marker : KEY_MARKERS) {
                if (normalized.contains(marker)) {
                    return true;
                }
            }
        }
        if (value != null) {
            for (Pattern shape : VALUE_SHAPES) {
                if (shape.matcher(value).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
