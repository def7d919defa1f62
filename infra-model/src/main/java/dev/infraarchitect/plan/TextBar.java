package dev.infraarchitect.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Plain-ASCII gauges for the console: a fixed-width bar of {@code #} over {@code -}, all {@code !} when the limit is
 * exceeded, and a percentage that never claims 100% for something just below or just above its limit.
 */
final class TextBar {

    static final int WIDTH = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TextBar() {
    }

    /** {@code [##########----------]} for 52%; any use above zero shows at least one {@code #}. */
    static String bar(long used, long limit) {
        if (used > limit) {
            return "[" + "!".repeat(WIDTH) + "]";
        }
        int filled = 0;
        if (limit > 0) {
            filled = BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(WIDTH))
                    .divide(BigDecimal.valueOf(limit), 0, RoundingMode.FLOOR).intValue();
        }
        if (used > 0 && filled == 0) {
            filled = 1;
        }
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }

    static String percent(long used, long limit) {
        return percent(BigDecimal.valueOf(used), BigDecimal.valueOf(limit));
    }

    /**
     * {@code used} as a share of {@code limit}, rounded half up: {@code 52%}; {@code <1%} for a trace, {@code 99%}
     * or {@code 101%} where rounding would hide that the limit is not yet or already passed, {@code >999%} beyond.
     */
    static String percent(BigDecimal used, BigDecimal limit) {
        if (limit.signum() <= 0) {
            return used.signum() <= 0 ? "0%" : ">999%";
        }
        long rounded = used.multiply(HUNDRED).divide(limit, 0, RoundingMode.HALF_UP).longValue();
        int comparison = used.compareTo(limit);
        if (comparison < 0 && rounded >= 100) {
            rounded = 99;
        } else if (comparison > 0 && rounded <= 100) {
            rounded = 101;
        }
        if (rounded == 0 && used.signum() > 0) {
            return "<1%";
        }
        return rounded > 999 ? ">999%" : rounded + "%";
    }
}
