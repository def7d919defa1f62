package dev.infraarchitect.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Compose names turned into descriptor names ({@code [a-z][a-z0-9-]{0,62}}), changed only where they must be. */
final class Names {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private Names() {
    }

    static boolean valid(String name) {
        return VALID.matcher(name).matches();
    }

    /** {@code name} itself when valid; else lower case, {@code _} and {@code .} as {@code -}, a leading letter. */
    static String descriptorName(String name) {
        if (valid(name)) {
            return name;
        }
        String out = name.toLowerCase(Locale.ROOT).replaceAll("[_.]", "-").replaceAll("[^a-z0-9-]", "");
        if (out.isEmpty() || !Character.isLetter(out.charAt(0))) {
            out = "s" + out;
        }
        return out.length() > 63 ? out.substring(0, 63) : out;
    }

    /** The project name Compose derives from a folder: lower case, only {@code a-z0-9_-}, starting alphanumeric. */
    static String composeProjectName(String folder) {
        String out = folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        return out.replaceFirst("^[_-]+", "");
    }
}
