package dev.infraarchitect.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TextBarTest {

    @Test
    void emptyAtZero() {
        assertThat(TextBar.bar(0, 100)).isEqualTo("[--------------------]");
        assertThat(TextBar.percent(0, 100)).isEqualTo("0%");
    }

    @Test
    void halfFullAtFiftyTwoPercent() {
        long gib = 1L << 30;
        long used = 30 * gib + gib / 2;

        assertThat(TextBar.bar(used, 59 * gib)).isEqualTo("[##########----------]");
        assertThat(TextBar.percent(used, 59 * gib)).isEqualTo("52%");
    }

    @Test
    void fullAtOneHundredPercent() {
        assertThat(TextBar.bar(100, 100)).isEqualTo("[####################]");
        assertThat(TextBar.percent(100, 100)).isEqualTo("100%");
    }

    @Test
    void markedAllOverAtOneHundredThirtyPercent() {
        assertThat(TextBar.bar(130, 100)).isEqualTo("[!!!!!!!!!!!!!!!!!!!!]");
        assertThat(TextBar.percent(130, 100)).isEqualTo("130%");
    }

    @Test
    void showsATraceOfUse() {
        assertThat(TextBar.bar(1, 1000)).isEqualTo("[#-------------------]");
        assertThat(TextBar.percent(1, 1000)).isEqualTo("<1%");
    }

    @Test
    void neverRoundsToOneHundredAcrossTheLimit() {
        assertThat(TextBar.percent(996, 1000)).isEqualTo("99%");
        assertThat(TextBar.bar(996, 1000)).isEqualTo("[###################-]");
        assertThat(TextBar.percent(1002, 1000)).isEqualTo("101%");
    }

    @Test
    void handlesAZeroLimit() {
        assertThat(TextBar.bar(0, 0)).isEqualTo("[--------------------]");
        assertThat(TextBar.percent(0, 0)).isEqualTo("0%");
        assertThat(TextBar.bar(5, 0)).isEqualTo("[!!!!!!!!!!!!!!!!!!!!]");
        assertThat(TextBar.percent(5, 0)).isEqualTo(">999%");
        assertThat(TextBar.percent(new BigDecimal("20000"), new BigDecimal("10"))).isEqualTo(">999%");
    }
}
