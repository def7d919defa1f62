package dev.infraarchitect.importer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compose's sizes and durations in the descriptor's units, translated only where nothing is lost. */
final class ComposeValues {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([bkmgt]?)b?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTOR_DURATION = Pattern.compile("(\\d+[smhd])+");
    private static final Pattern GO_DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    private static final String[] BINARY_UNITS = {"Ti", "Gi", "Mi", "Ki"};

    private ComposeValues() {
    }

    /**
     * A Compose size ({@code 1gb}, {@code 64m}, {@code 2G}, a number of bytes; units are powers of 1024, as Docker
     * reads them) as a descriptor quantity ({@code 1Gi}, {@code 64Mi}), or {@code null} when it is not one or is not
     * a whole number of KiB.
     */
    static String size(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int power = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1;
            case "m" -> 2;
            case "g" -> 3;
            case "t" -> 4;
            default -> 0;
        };
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        if (bytes.signum() == 0) {
            return "0";
        }
        for (int i = 0; i < BINARY_UNITS.length; i++) {
            BigDecimal unit = BigDecimal.valueOf(1024).pow(BINARY_UNITS.length - i);
            BigDecimal[] division = bytes.divideAndRemainder(unit);
            if (division[1].signum() == 0) {
                return division[0].toBigInteger() + BINARY_UNITS[i];
            }
        }
        return null;
    }

    /**
     * A Compose duration ({@code 30s}, {@code 1m30s}, {@code 1500ms}) in the descriptor's syntax: as written when it
     * already is one, else in whole seconds; {@code null} when it is not a whole number of seconds.
     */
    static String duration(String text) {
        String trimmed = text.strip();
        if (DESCRIPTOR_DURATION.matcher(trimmed).matches()) {
            return trimmed;
        }
        Matcher m = GO_DURATION_PART.matcher(trimmed);
        BigDecimal nanos = BigDecimal.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return null;
            }
            end = m.end();
            long unit = switch (m.group(2)) {
                case "ns" -> 1L;
                case "us", "µs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
        }
        if (end == 0 || end != trimmed.length()) {
            return null;
        }
        BigDecimal[] seconds = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        return seconds[1].signum() == 0 && seconds[0].signum() > 0 ? seconds[0].toBigInteger() + "s" : null;
    }

    /** A CPU count as written in Compose ({@code 0.5}, {@code "2"}), or {@code null} when it is not a number. */
    static BigDecimal cpus(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.signum() < 0 ? null : value.stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
