package dev.infraarchitect.analysis.placement;

import java.math.BigInteger;

/**
 * Exact comparison of sums of fractions of whole numbers (millicores, bytes). Placement ranks hosts by such sums, and
 * two sums that are equal can differ once rounded to {@code double} ((0.1 + 0.7) / 2 is below (0.3 + 0.5) / 2 in
 * floating point), which would break a tie that the rules give to the host name. A {@code double} is good enough to
 * tell sums apart that differ by more than its rounding error; only sums that close are compared exactly.
 */
final class Fractions {

    private Fractions() {
    }

    /**
     * Compares {@code a} and {@code b}, given as their {@code double} values and exactly as numerators over
     * denominators, where a zero denominator makes a fraction count as zero.
     */
    static int compare(double a, long[] numeratorsA, long[] denominatorsA, double b, long[] numeratorsB,
            long[] denominatorsB) {
        // each sum has at most three terms, each rounded once, then added twice: far below this relative margin
        double margin = 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        if (Math.abs(a - b) > margin) {
            return Double.compare(a, b);
        }
        BigInteger[] x = sum(numeratorsA, denominatorsA);
        BigInteger[] y = sum(numeratorsB, denominatorsB);
        return x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
    }

    /** The sum as {numerator, denominator}, the denominator positive. */
    static BigInteger[] sum(long[] numerators, long[] denominators) {
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        for (int i = 0; i < numerators.length; i++) {
            if (denominators[i] == 0) {
                continue;
            }
            BigInteger d = BigInteger.valueOf(denominators[i]);
            numerator = numerator.multiply(d).add(BigInteger.valueOf(numerators[i]).multiply(denominator));
            denominator = denominator.multiply(d);
        }
        if (denominator.signum() < 0) {
            return new BigInteger[] {numerator.negate(), denominator.negate()};
        }
        return new BigInteger[] {numerator, denominator};
    }
}
