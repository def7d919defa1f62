package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntriesTest {

    @Test
    void findsByKeyAndKeepsTheOrderWrittenBelowAndAboveTheScanLimit() {
        Entries entries = new Entries();
        for (int i = 0; i < 40; i++) {
            assertThat(entries.addIfAbsent(entry("k" + (39 - i)))).isTrue();
            for (int j = 0; j <= i; j++) {
                assertThat(entries.get("k" + (39 - j))).as("after %d adds", i + 1).isNotNull();
            }
            assertThat(entries.get("k" + (38 - i))).isNull();
        }
        assertThat(entries.size()).isEqualTo(40);
        assertThat(entries.values()).extracting(Node.Entry::key).startsWith("k39", "k38").endsWith("k1", "k0");
        assertThat(entries.addIfAbsent(entry("k7"))).isFalse();
        assertThat(entries.size()).isEqualTo(40);
    }

    @Test
    void theViewIsReadOnlyAndEqualityFollowsOrder() {
        Entries ab = new Entries();
        ab.add(entry("a"));
        ab.add(entry("b"));
        Entries ba = new Entries();
        ba.add(entry("b"));
        ba.add(entry("a"));
        Entries alsoAb = new Entries();
        alsoAb.add(entry("a"));
        alsoAb.add(entry("b"));

        assertThat(ab).isEqualTo(alsoAb).hasSameHashCodeAs(alsoAb).isNotEqualTo(ba);
        assertThatThrownBy(() -> ab.values().add(entry("c"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Entries().isEmpty()).isTrue();
    }

    private static Node.Entry entry(String key) {
        return new Node.Entry(key, "infra.yaml", 1, 1, new Node.Scalar("infra.yaml", 1, 4, "v", Node.Scalar.Type.STRING));
    }
}
