package dev.infraarchitect.model;

import java.util.Locale;
import java.util.Set;

/**
 * Windows device names: {@code con}, {@code prn}, {@code aux}, {@code nul}, {@code com1}-{@code com9} and
 * {@code lpt1}-{@code lpt9}, in any case. Windows opens the device, not a file, for such a name, also with an
 * extension ({@code nul.yaml}), so a generated file named after one would be written to the device or lost. Names
 * become file names, so the loader refuses them as names and the output refuses them as path segments.
 */
public final class DeviceNames {

    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private DeviceNames() {
    }

    /** Whether {@code segment} (a name, or a path segment such as {@code con.deployment.yaml}) names a device. */
    public static boolean isDevice(String segment) {
        int dot = segment.indexOf('.');
        String stem = dot < 0 ? segment : segment.substring(0, dot);
        return stem.length() <= 4 && DEVICES.contains(stem.toLowerCase(Locale.ROOT));
    }
}
