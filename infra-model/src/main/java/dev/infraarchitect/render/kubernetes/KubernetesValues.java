package dev.infraarchitect.render.kubernetes;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Values in the notations the Kubernetes API accepts: resource quantities, whole seconds for probes, and keys of
 * Secrets. Quantities are written exactly: cpu in cores or millicores, bytes in the largest binary unit that keeps
 * the amount whole.
 */
final class KubernetesValues {

    private static final Pattern NOT_SECRET_KEY_CHAR = Pattern.compile("[^-._a-zA-Z0-9]");
    private static final String[] BINARY_UNITS = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    private KubernetesValues() {
    }

    /** {@code "2"} for 2000 millicores, {@code "250m"} otherwise. */
    static String cpu(long millicores) {
        return millicores % 1000 == 0 ? Long.toString(millicores / 1000) : millicores + "m";
    }

    /** {@code "1Gi"}, {@code "3840Mi"}, {@code "500000000"}: exact, never rounded. */
    static String bytes(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        long amount = bytes;
        int unit = -1;
        while (amount % 1024 == 0 && unit + 1 < BINARY_UNITS.length) {
            amount /= 1024;
            unit++;
        }
        return unit < 0 ? Long.toString(bytes) : amount + BINARY_UNITS[unit];
    }

    /** Whole seconds as a probe field wants them, capped at the largest int; {@code null} for none or zero. */
    static Integer seconds(Duration duration) {
        if (duration == null || duration.isZero()) {
            return null;
        }
        return (int) Math.min(duration.getSeconds(), Integer.MAX_VALUE);
    }

    /** {@code name} as a key of a Secret ({@code [-._a-zA-Z0-9]+}): other characters become {@code _}. */
    static String secretKey(String name) {
        String key = NOT_SECRET_KEY_CHAR.matcher(name).replaceAll("_");
        return key.isEmpty() ? "_" : key;
    }

    /**
     * {@code text} as a literal environment value: Kubernetes expands {@code $(NAME)} in a container's {@code env}
     * values and reduces {@code $$} to {@code $}, so every {@code $} is doubled and {@code $(VAR)} arrives as
     * written, as {@code docker compose} delivers it, rather than as another variable's value.
     */
    static String literal(String text) {
        return text.indexOf('$') < 0 ? text : text.replace("$", "$$");
    }
}
