package dev.infraarchitect.analysis.placement;

import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The hosts' room, arranged so that choosing a host for a service does not mean scoring every host: large systems
 * have hundreds of hosts, and scoring each for each of their services grew with the square of the system.
 *
 * <p>Hosts with the same capacity form a group. Within a group, a host's score for a service (its mean free fraction
 * after taking the service) is its mean free fraction now, its key, less an amount that is the same for every host
 * of the group. So each group keeps its hosts sorted by key, and a search walks them from the highest key until the
 * keys left are lower than that of the first host the service fits: none of those can score higher. Hosts come in a
 * few sizes, so a service costs a few steps per group instead of one per host. The answer is that of
 * {@link #scan scoring every host}, which {@code HostIndexTest} compares it with.
 */
final class HostIndex {

    static final Resource[] PLACED = {Resource.CPU, Resource.MEMORY, Resource.VRAM};
    private static final int VRAM = 2;

    private final long[][] capacity;
    private final long[][] room;
    /** Free fractions summed over cpu and memory, and over cpu, memory and vram; the sort keys. */
    private final double[] keyWithoutVram;
    private final double[] keyWithVram;
    private final List<Group> groups = new ArrayList<>();
    private final Group[] groupOf;

    /** Hosts of one capacity, by key, highest first, then by index (the tie rule: host name order). */
    private final class Group {

        final long[] capacity;
        final TreeSet<Integer> withoutVram = new TreeSet<>(order(keyWithoutVram));
        final TreeSet<Integer> withVram = new TreeSet<>(order(keyWithVram));

        Group(long[] capacity) {
            this.capacity = capacity;
        }

        /** Whether {@code need} could fit an empty host of this size: GPU services skip the groups without vram. */
        boolean couldFit(Resources need) {
            for (int r = 0; r < PLACED.length; r++) {
                long n = need.get(PLACED[r]);
                if (n > 0 && n > capacity[r]) {
                    return false;
                }
            }
            return true;
        }

        void add(int host) {
            withoutVram.add(host);
            withVram.add(host);
        }

        void remove(int host) {
            withoutVram.remove(host);
            withVram.remove(host);
        }
    }

    /** Hosts {@code 0..n-1} in name order, with their capacity and the room left after pinned services. */
    HostIndex(long[][] capacity, long[][] room) {
        this.capacity = capacity;
        this.room = room;
        int hosts = capacity.length;
        keyWithoutVram = new double[hosts];
        keyWithVram = new double[hosts];
        groupOf = new Group[hosts];
        Map<List<Long>, Group> byCapacity = new LinkedHashMap<>();
        for (int i = 0; i < hosts; i++) {
            List<Long> shape = Arrays.stream(capacity[i]).boxed().toList();
            long[] size = capacity[i];
            groupOf[i] = byCapacity.computeIfAbsent(shape, s -> new Group(size));
            updateKeys(i);
            groupOf[i].add(i);
        }
        groups.addAll(byCapacity.values());
    }

    private static Comparator<Integer> order(double[] key) {
        return (a, b) -> {
            int byKey = Double.compare(key[b], key[a]);
            return byKey != 0 ? byKey : Integer.compare(a, b);
        };
    }

    /** The host that fits {@code need} and keeps the highest mean free fraction (ties: the lowest index), or -1. */
    int best(Resources need) {
        boolean countVram = need.vram() > 0;
        double[] key = countVram ? keyWithVram : keyWithoutVram;
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Group group : groups) {
            if (!group.couldFit(need)) {
                continue;
            }
            double firstFitKey = Double.NaN;
            for (int host : countVram ? group.withVram : group.withoutVram) {
                if (!Double.isNaN(firstFitKey) && key[host] < firstFitKey - margin(firstFitKey)) {
                    break;
                }
                double score = score(host, need, countVram);
                if (Double.isNaN(score)) {
                    continue; // does not fit
                }
                if (Double.isNaN(firstFitKey)) {
                    firstFitKey = key[host];
                }
                int order = best < 0 ? 1 : compareScores(host, score, best, bestScore, need, countVram);
                if (order > 0 || order == 0 && host < best) {
                    best = host;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** What {@link #best} answers, by scoring every host: the definition, kept for comparison. */
    int scan(Resources need) {
        boolean countVram = need.vram() > 0;
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < room.length; i++) {
            double score = score(i, need, countVram);
            if (!Double.isNaN(score) && (best < 0 || compareScores(i, score, best, bestScore, need, countVram) > 0)) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Takes {@code need} from {@code host}'s room. */
    void take(int host, Resources need) {
        groupOf[host].remove(host);
        subtract(room[host], need);
        updateKeys(host);
        groupOf[host].add(host);
    }

    /** Takes {@code need} from one host's {@code room}, by placed resource. */
    static void subtract(long[] room, Resources need) {
        for (int r = 0; r < PLACED.length; r++) {
            room[r] -= need.get(PLACED[r]);
        }
    }

    /**
     * Keys and scores are sums of at most three quotients; their rounding errors are below 1e-15 of their size, so a
     * key lower by this margin belongs to a host that scores lower.
     */
    private static double margin(double key) {
        return 1e-9 * Math.max(1, Math.abs(key));
    }

    /**
     * Compares two hosts' scores for {@code need}: by their {@code double} values where those differ by more than
     * their rounding, else exactly, as fractions of the room left over the capacity.
     */
    private int compareScores(int a, double scoreA, int b, double scoreB, Resources need, boolean countVram) {
        int terms = countVram ? PLACED.length : VRAM;
        long[] leftA = new long[terms];
        long[] leftB = new long[terms];
        long[] capacityA = new long[terms];
        long[] capacityB = new long[terms];
        for (int r = 0; r < terms; r++) {
            long n = need.get(PLACED[r]);
            leftA[r] = room[a][r] - n;
            leftB[r] = room[b][r] - n;
            capacityA[r] = capacity[a][r];
            capacityB[r] = capacity[b][r];
        }
        return Fractions.compare(scoreA, leftA, capacityA, scoreB, leftB, capacityB);
    }

    /**
     * {@code host}'s mean free fraction after taking {@code need}, or NaN when it does not fit: every resource, the
     * ones the service does not need too, must stay within the room left, so that a host already over capacity
     * (by pinned services) is given no more.
     */
    private double score(int host, Resources need, boolean countVram) {
        double sum = 0;
        for (int r = 0; r < PLACED.length; r++) {
            long n = need.get(PLACED[r]);
            long left = room[host][r] - n;
            if (left < 0) {
                return Double.NaN;
            }
            if (r < VRAM || countVram) {
                sum += capacity[host][r] > 0 ? (double) left / capacity[host][r] : 0;
            }
        }
        return sum / (countVram ? 3 : 2);
    }

    private void updateKeys(int host) {
        double sum = 0;
        for (int r = 0; r < VRAM; r++) {
            sum += fraction(host, r);
        }
        keyWithoutVram[host] = sum;
        keyWithVram[host] = sum + fraction(host, VRAM);
    }

    private double fraction(int host, int r) {
        return capacity[host][r] > 0 ? (double) room[host][r] / capacity[host][r] : 0;
    }
}
