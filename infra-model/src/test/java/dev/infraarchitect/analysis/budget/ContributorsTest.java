package dev.infraarchitect.analysis.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContributorsTest {

    @Test
    void namesTheLargestFirstThenByNameAndCountsTheRest() {
        Map<String, Long> amounts = Map.of("a", 1L, "b", 5L, "c", 5L, "d", 2L, "e", 9L, "f", 1L, "g", 3L);
        assertThat(Contributors.largest(amounts, String::valueOf)).isEqualTo("e 9, b 5, c 5, g 3, d 2 and 2 more");
        assertThat(Contributors.largest(Map.of("x", 4L, "y", 7L), String::valueOf)).isEqualTo("y 7, x 4");
        assertThat(Contributors.largest(Map.<String, Long>of(), String::valueOf)).isEmpty();
    }

    @Test
    void agreesWithSortingEverything() {
        Random random = new Random(5);
        for (int round = 0; round < 500; round++) {
            Map<String, Long> amounts = new HashMap<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                amounts.put("s" + random.nextInt(60), 1L + random.nextInt(6)); // many ties
            }
            assertThat(Contributors.largest(amounts, String::valueOf)).isEqualTo(bySorting(amounts));
        }
    }

    private static String bySorting(Map<String, Long> amounts) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(amounts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> entry : sorted.subList(0, Math.min(Contributors.SHOWN, sorted.size()))) {
            parts.add(entry.getKey() + " " + entry.getValue());
        }
        int rest = sorted.size() - Contributors.SHOWN;
        String more = rest > 0 ? " and " + rest + " more" : "";
        return String.join(", ", parts) + more;
    }
}
