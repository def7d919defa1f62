package dev.infraarchitect.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing and printing of the descriptor's value types: cpu (millicores), bytes (Kubernetes quantities),
 * durations and percentages. Parsers throw {@link InvalidValueException} with a message a person can act on.
 */
public final class Quantities {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern DURATION = Pattern.compile("(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?");
    private static final Map<String, BigDecimal> BYTE_UNITS = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
            Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
            Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("M", BigDecimal.valueOf(1_000_000L)),
            Map.entry("G", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("T", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("P", BigDecimal.valueOf(1_000_000_000_000_000L)));
    private static final String[] BINARY_UNITS = {"Ki", "Mi", "Gi", "Ti", "Pi"};
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public static final long GIB = 1L << 30;

    private Quantities() {
    }

    /** Parses cores ({@code 2}, {@code 0.5}, {@code "2"}) or millicores ({@code "500m"}) into millicores. */
    public static long parseCpu(String text) {
        String t = text.trim();
        if (t.startsWith("-")) {
            throw new InvalidValueException("cpu must not be negative, got '" + text + "'");
        }
        boolean milli = t.endsWith("m");
        String digits = milli ? t.substring(0, t.length() - 1) : t;
        if (!NUMBER.matcher(digits).matches()) {
            throw new InvalidValueException(
                    "cpu must be a number of cores (2, 0.5) or millicores (\"500m\"), got '" + text + "'");
        }
        BigDecimal value = new BigDecimal(digits);
        BigDecimal millis = milli ? value : value.multiply(THOUSAND);
        if (millis.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("cpu '" + text + "' is finer than a millicore (0.001)");
        }
        return toLong(millis, "cpu", text);
    }

    /**
     * Parses a Kubernetes quantity ({@code 4Gi}, {@code 500M}, {@code 1.5Ti}, {@code 0}) into bytes, rounding a
     * fraction of a byte up. A bare number other than 0 is ambiguous and rejected with a suggestion.
     */
    public static long parseBytes(String text) {
        String t = text.trim();
        int split = numberEnd(t);
        if (split < 0 || !lettersFrom(t, split)) {
            throw new InvalidValueException("expected a size such as 512Mi, 4Gi or 2Ti, got '" + text + "'");
        }
        String digits = t.substring(0, split);
        BigDecimal number = new BigDecimal(digits);
        String unit = t.substring(split);
        if (number.signum() < 0) {
            throw new InvalidValueException("size must not be negative, got '" + text + "'");
        }
        if (unit.isEmpty() && number.signum() != 0) {
            throw new InvalidValueException("size '" + text + "' has no unit; did you mean "
                    + digits + "Gi? (units: Ki Mi Gi Ti Pi, or k M G T P)");
        }
        BigDecimal factor = BYTE_UNITS.get(unit);
        if (factor == null) {
            throw new InvalidValueException("unknown unit '" + unit + "' in '" + text + "'"
                    + unitSuggestion(digits, unit) + " (units: Ki Mi Gi Ti Pi, or k M G T P)");
        }
        BigDecimal bytes = number.multiply(factor).setScale(0, RoundingMode.CEILING);
        return toLong(bytes, "size", text);
    }

    /**
     * Where the number of a size ends: after {@code -?[0-9]+(\.[0-9]+)?} at the start of {@code t}, or -1 when
     * there is none. By hand rather than by a regular expression, which was the largest cost of binding resources.
     */
    private static int numberEnd(String t) {
        int i = t.startsWith("-") ? 1 : 0;
        int digitsStart = i;
        while (i < t.length() && isDigit(t.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            return -1;
        }
        if (i + 1 < t.length() && t.charAt(i) == '.' && isDigit(t.charAt(i + 1))) {
            i += 2;
            while (i < t.length() && isDigit(t.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code t} holds only ASCII letters from {@code start} on. */
    private static boolean lettersFrom(String t, int start) {
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    private static String unitSuggestion(String number, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        for (String candidate : BINARY_UNITS) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            if (u.equals(lower) || u.equals(lower + "b")) {
                return "; did you mean " + number + candidate + "?";
            }
            if (u.equals(lower.substring(0, 1) + "b") || u.equals(lower.substring(0, 1))) {
                String decimal = candidate.equals("Ki") ? "k" : candidate.substring(0, 1);
                return "; did you mean " + number + candidate + " (binary) or " + number + decimal + " (decimal)?";
            }
        }
        return "";
    }

    /** Parses {@code 30s}, {@code 5m}, {@code 1h}, {@code 7d} or combinations in that order ({@code 1h30m}). */
    public static Duration parseDuration(String text) {
        String t = text.trim();
        Matcher m = DURATION.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            throw new InvalidValueException(
                    "expected a duration such as 30s, 5m, 1h, 7d or 1h30m, got '" + text + "'");
        }
        try {
            Duration d = Duration.ZERO;
            d = d.plusDays(group(m, 1)).plusHours(group(m, 2)).plusMinutes(group(m, 3)).plusSeconds(group(m, 4));
            return d;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidValueException("duration '" + text + "' is too long");
        }
    }

    private static long group(Matcher m, int i) {
        return m.group(i) == null ? 0 : Long.parseLong(m.group(i));
    }

    /** Parses {@code 99.9} or {@code "99.9%"}; the value must lie within 0..100. */
    public static BigDecimal parsePercent(String text) {
        String t = text.trim();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (!t.matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw new InvalidValueException("expected a percentage such as 99.9 or \"99.9%\", got '" + text + "'");
        }
        BigDecimal value = new BigDecimal(t);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException("percentage must be within 0..100, got '" + text + "'");
        }
        return value;
    }

    private static long toLong(BigDecimal value, String what, String text) {
        if (value.compareTo(MAX_LONG) > 0) {
            throw new InvalidValueException(what + " '" + text + "' is too large");
        }
        return value.longValueExact();
    }

    /** Cores with up to three decimals and no trailing zeros: {@code 24}, {@code 0.5}, {@code 2.125}. */
    public static String formatCpu(long millicores) {
        return BigDecimal.valueOf(millicores, 3).stripTrailingZeros().toPlainString();
    }

    /** Cores with their unit, singular for exactly one: {@code 1 core}, {@code 0.5 cores}, {@code 24 cores}. */
    public static String formatCores(long millicores) {
        return formatCpu(millicores) + (millicores == 1000 ? " core" : " cores");
    }

    /**
     * Bytes in the largest binary unit that keeps the number at 1 or more, with up to two decimals:
     * {@code 8.25Gi}, {@code 256Mi}, {@code 0}. Below 1Ki the plain byte count is shown with a {@code B}.
     */
    public static String formatBytes(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        long abs = Math.abs(bytes);
        String sign = bytes < 0 ? "-" : "";
        if (abs < 1024) {
            return sign + abs + "B";
        }
        int unit = 0;
        while (unit + 1 < BINARY_UNITS.length && abs >= 1L << (10 * (unit + 2))) {
            unit++;
        }
        BigDecimal value = BigDecimal.valueOf(abs).divide(BigDecimal.valueOf(1L << (10 * (unit + 1))), 2,
                RoundingMode.HALF_UP);
        if (value.compareTo(BigDecimal.valueOf(1024)) >= 0 && unit + 1 < BINARY_UNITS.length) {
            unit++;
            value = BigDecimal.valueOf(abs).divide(BigDecimal.valueOf(1L << (10 * (unit + 1))), 2,
                    RoundingMode.HALF_UP);
        }
        return sign + value.stripTrailingZeros().toPlainString() + BINARY_UNITS[unit];
    }

    /** A duration in the descriptor's own notation: {@code 1h30m}, {@code 7d}, {@code 0s}. */
    public static String formatDuration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long[] parts = {seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60, seconds % 60};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != 0) {
                sb.append(parts[i]).append(units[i]);
            }
        }
        return sb.toString();
    }

    /** An amount of money rounded to cents, half up: {@code 506.04}. */
    public static String formatMoney(BigDecimal amount) {
        return formatMoney(amount, 2);
    }

    /** An amount of money rounded, half up, to {@code decimals} places. */
    public static String formatMoney(BigDecimal amount, int decimals) {
        return amount.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * How many decimals, two at least, show {@code amount} above {@code limit}: cents, unless rounding to cents would
     * show an overshoot of zero or the two amounts as equal ({@code 10.004} over {@code 10}).
     */
    public static int moneyDecimalsApart(BigDecimal amount, BigDecimal limit) {
        int exact = Math.max(2, Math.max(amount.stripTrailingZeros().scale(), limit.stripTrailingZeros().scale()));
        for (int decimals = 2; decimals < exact; decimals++) {
            BigDecimal over = amount.subtract(limit).setScale(decimals, RoundingMode.HALF_UP);
            if (over.signum() > 0 && amount.setScale(decimals, RoundingMode.HALF_UP)
                    .compareTo(limit.setScale(decimals, RoundingMode.HALF_UP)) > 0) {
                return decimals;
            }
        }
        return exact;
    }
}
