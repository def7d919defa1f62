package dev.infraarchitect.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the known name closest to a misspelt one, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code given}, if it is close enough to be a plausible typo: within a third of the
     * longer name's length (at least 1, at most 3 edits), or differing only in case. Ties go to the name sorted first.
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lowerGiven = given.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = candidate.toLowerCase(Locale.ROOT).equals(lowerGiven)
                    ? 0
                    : distance(lowerGiven, candidate.toLowerCase(Locale.ROOT));
            int allowed = Math.min(3, Math.max(1, Math.max(given.length(), candidate.length()) / 3));
            if (distance <= allowed && (distance < bestDistance
                    || distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions), in O(n*m) time, O(m) space. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Math.abs(a.length() - b.length());
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
