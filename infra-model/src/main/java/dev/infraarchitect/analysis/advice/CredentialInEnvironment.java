package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An {@code environment} key or value that looks like a credential. Environment settings end up in generated
 * files, logs and {@code docker inspect}; credentials belong in {@code secrets}. A key looks like one when it
 * contains PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, APIKEY, PRIVATE_KEY, ACCESS_KEY or CREDENTIAL (any case,
 * {@code -} read as {@code _}), unless it ends in {@code _FILE}: that is the Docker convention for the path of a
 * mounted secret, the recommended practice. A value looks like one when it contains a PEM private key block, an AWS
 * access key id, a JSON Web Token or a GitHub token. Messages name the service and key, never the value.
 */
public final class CredentialInEnvironment implements AdviceRule {

    private static final List<String> KEY_WORDS = List.of(
            "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL");
    private static final Map<String, Pattern> VALUE_SHAPES = Map.of(
            "a private key", Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----"),
            "an AWS access key id", Pattern.compile("(?<![0-9A-Z])AKIA[0-9A-Z]{16}(?![0-9A-Z])"),
            "a JSON Web Token", Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"),
            "a GitHub token", Pattern.compile("(?<![A-Za-z0-9])(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})"));
    private static final List<String> SHAPE_ORDER = List.of(
            "a private key", "an AWS access key id", "a JSON Web Token", "a GitHub token");
    /** Literal text each shape contains, checked first: most values are plain settings and skip the regexes. */
    private static final Map<String, List<String>> SHAPE_HINTS = Map.of(
            "a private key", List.of("PRIVATE KEY"),
            "an AWS access key id", List.of("AKIA"),
            "a JSON Web Token", List.of("eyJ"),
            "a GitHub token", List.of("gh", "github_pat_"));

    @Override
    public String id() {
        return "credential-in-environment";
    }

    @Override
    public String description() {
        return "an environment key or value looks like a credential (the value is never shown)";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : context.descriptor().services().values()) {
            for (Map.Entry<String, String> entry : service.environment().entrySet()) {
                String reason = reason(entry.getKey(), entry.getValue());
                if (reason != null) {
                    findings.add(context.finding(this, "service " + service.name() + " sets environment "
                            + entry.getKey() + ", " + reason + "; move it to secrets",
                            List.of(service.name()), "services", service.name(), "environment", entry.getKey()));
                }
            }
        }
        return findings;
    }

    /** Why the entry looks like a credential, or {@code null}. Never includes the value. */
    static String reason(String key, String value) {
        String normalised = key.toUpperCase(Locale.ROOT).replace('-', '_');
        if (!normalised.endsWith("_FILE")) {
            for (String word : KEY_WORDS) {
                if (normalised.contains(word)) {
                    return "whose name suggests a credential";
                }
            }
        }
        if (value != null) {
            for (String shape : SHAPE_ORDER) {
                if (SHAPE_HINTS.get(shape).stream().anyMatch(value::contains)
                        && VALUE_SHAPES.get(shape).matcher(value).find()) {
                    return "whose value looks like " + shape;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id();
    }
}
