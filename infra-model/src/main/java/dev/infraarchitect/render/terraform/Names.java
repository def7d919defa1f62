package dev.infraarchitect.render.terraform;

import java.util.Locale;

/** Terraform identifiers and units derived from descriptor names and quantities. */
final class Names {

    private static final long MIB = 1L << 20;

    private Names() {
    }

    /** A descriptor name ({@code [a-z][a-z0-9-]*}) as a resource or variable identifier: {@code my-api -> my_api}. */
    static String id(String name) {
        // A loop rather than replaceAll: every resource, variable and output name passes here. One '_' per code
        // point, as the regular expression did. Descriptor names need at most their dashes replaced.
        if (name.isEmpty()) {
            return anyId(name);
        }
        boolean dashes = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-') {
                dashes = true;
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z'))) {
                return anyId(name);
            }
        }
        String id = dashes ? name.replace('-', '_') : name;
        char first = id.charAt(0);
        return Character.isLetter(first) || first == '_' ? id : "v_" + id;
    }

    private static String anyId(String name) {
        StringBuilder id = new StringBuilder(name.length() + 2);
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            boolean kept = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            id.append(kept ? (char) c : '_');
            i += Character.charCount(c);
        }
        char first = id.charAt(0);
        return Character.isLetter(first) || first == '_' ? id.toString() : id.insert(0, "v_").toString();
    }

    /** The variable for a setting of a service: {@code (api, DATABASE_PASSWORD) -> api_database_password}. */
    static String variable(String service, String key) {
        return id(service) + "_" + id(key).toLowerCase(Locale.ROOT);
    }

    /** Millicores as CPU units (1024 per core), rounded up. */
    static long cpuUnits(long millicores) {
        return (millicores * 1024 + 999) / 1000;
    }

    /** Bytes as whole MiB, rounded up. */
    static long mebibytes(long bytes) {
        return (bytes + MIB - 1) / MIB;
    }
}
