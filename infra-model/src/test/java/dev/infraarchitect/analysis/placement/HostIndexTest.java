package dev.infraarchitect.analysis.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.model.Resources;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HostIndexTest {

    @Test
    void choosesTheHostThatScoringEveryHostChooses() {
        Random random = new Random(180);
        int placed = 0;
        int unplaced = 0;
        for (int round = 0; round < 400; round++) {
            int hosts = 1 + random.nextInt(40);
            int sizes = 1 + random.nextInt(4); // hosts come in a few sizes
            long[][] shapes = new long[sizes][];
            for (int s = 0; s < sizes; s++) {
                shapes[s] = new long[] {1000L * (1 + random.nextInt(16)), (1L << 30) * (1 + random.nextInt(64)),
                    random.nextBoolean() ? 0 : (1L << 30) * (8 + random.nextInt(40))};
            }
            long[][] capacity = new long[hosts][];
            long[][] room = new long[hosts][];
            for (int i = 0; i < hosts; i++) {
                capacity[i] = shapes[random.nextInt(sizes)].clone();
                room[i] = capacity[i].clone();
                if (random.nextInt(5) == 0) { // a pinned service took some, or too much
                    room[i][0] -= random.nextInt(20_000);
                    room[i][1] -= (long) random.nextInt(80) << 30;
                }
            }
            HostIndex index = new HostIndex(capacity, copy(room));
            HostIndex oracle = new HostIndex(capacity, copy(room));
            for (int service = 0; service < 60; service++) {
                Resources need = new Resources(random.nextInt(4) == 0 ? 0 : 100L * (1 + random.nextInt(40)),
                        random.nextInt(4) == 0 ? 0 : (64L << 20) * (1 + random.nextInt(64)),
                        random.nextInt(3) == 0 ? (1L << 30) * random.nextInt(16) : 0, 0);
                int chosen = index.best(need);
                assertThat(chosen).as("round %d, service %d, need %s", round, service, need)
                        .isEqualTo(oracle.scan(need));
                if (chosen >= 0) {
                    index.take(chosen, need);
                    oracle.take(chosen, need);
                    placed++;
                } else {
                    unplaced++;
                }
            }
        }
        assertThat(placed).isGreaterThan(5_000);
        assertThat(unplaced).isGreaterThan(500);
    }

    @Test
    void equalHostsFillInNameOrderWhenTheyTie() {
        long[][] capacity = {{4000, 8L << 30, 0}, {4000, 8L << 30, 0}, {4000, 8L << 30, 0}};
        HostIndex index = new HostIndex(capacity, copy(capacity));
        Resources need = new Resources(1000, 1L << 30, 0, 0);
        int[] chosen = new int[4];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = index.best(need);
            index.take(chosen[i], need);
        }
        assertThat(chosen).containsExactly(0, 1, 2, 0);
    }

    private static long[][] copy(long[][] rows) {
        long[][] copy = new long[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
