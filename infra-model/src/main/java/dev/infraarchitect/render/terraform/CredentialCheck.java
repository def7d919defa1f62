package dev.infraarchitect.render.terraform;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an environment entry looks like a credential, so its value is replaced by a sensitive variable and never
 * written. The same rules as the shared {@code dev.infraarchitect.render.Credentials} predicate; this package-private
 * copy exists until the two are unified.
 */
final class CredentialCheck {

    private static final List<String> KEY_WORDS = List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY",
            "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL");
    private static final List<Pattern> VALUE_PATTERNS = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("AKIA[0-9A-Z]{16}"),
            Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"),
            Pattern.compile("ghp_[A-Za-z0-9]{20,}"),
            Pattern.compile("github_pat_[A-Za-z0-9_]{20,}"));

    private CredentialCheck() {
    }

    static boolean looksLikeCredential(String key, String value) {
        String upper = key.toUpperCase(Locale.ROOT);
        if (KEY_WORDS.stream().anyMatch(upper::contains)) {
            return true;
        }
        return value != null && VALUE_PATTERNS.stream().anyMatch(p -> p.matcher(value).find());
    }
}
