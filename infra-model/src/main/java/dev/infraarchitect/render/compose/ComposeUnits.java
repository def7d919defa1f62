package dev.infraarchitect.render.compose;

import dev.infraarchitect.model.Quantities;
import java.time.Duration;

/**
 * Values in the notations the Compose specification accepts: byte values as {@code {amount}{b|k|m|g}} (binary
 * multiples, as Docker reads them) and durations as Go duration strings ({@code 1h30m}; Go knows no days).
 */
final class ComposeUnits {

    private static final long KIB = 1L << 10;
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private ComposeUnits() {
    }

    /** Cores as a decimal string: {@code "0.5"}, {@code "2"}. */
    static String cpus(long millicores) {
        return Quantities.formatCpu(millicores);
    }

    /** The largest unit that keeps the amount exact: {@code 1g}, {@code 512m}, {@code 500000000b}. */
    static String bytes(long bytes) {
        if (bytes != 0 && bytes % GIB == 0) {
            return bytes / GIB + "g";
        }
        if (bytes != 0 && bytes % MIB == 0) {
            return bytes / MIB + "m";
        }
        if (bytes != 0 && bytes % KIB == 0) {
            return bytes / KIB + "k";
        }
        return bytes + "b";
    }

    /** {@code 1h30m}, {@code 168h} for seven days, {@code 0s}. */
    static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long hours = seconds / 3_600;
        long minutes = seconds % 3_600 / 60;
        long rest = seconds % 60;
        if (hours != 0) {
            sb.append(hours).append('h');
        }
        if (minutes != 0) {
            sb.append(minutes).append('m');
        }
        if (rest != 0) {
            sb.append(rest).append('s');
        }
        return sb.toString();
    }
}
