package dev.infraarchitect.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ComposeUnitsTest {

    @Test
    void bytesUseTheLargestBinaryUnitThatKeepsTheAmountExact() {
        assertThat(ComposeUnits.bytes(1L << 30)).isEqualTo("1g");
        assertThat(ComposeUnits.bytes(61L << 30)).isEqualTo("61g");
        assertThat(ComposeUnits.bytes(1536L << 20)).isEqualTo("1536m");
        assertThat(ComposeUnits.bytes(512L << 10)).isEqualTo("512k");
        assertThat(ComposeUnits.bytes(500_000_000L)).isEqualTo("500000000b");
        assertThat(ComposeUnits.bytes(1000)).isEqualTo("1000b");
        assertThat(ComposeUnits.bytes(0)).isEqualTo("0b");
    }

    @Test
    void cpusAreCoresAsDecimalText() {
        assertThat(ComposeUnits.cpus(500)).isEqualTo("0.5");
        assertThat(ComposeUnits.cpus(2000)).isEqualTo("2");
        assertThat(ComposeUnits.cpus(125)).isEqualTo("0.125");
    }

    @Test
    void durationsAreGoDurationsWithoutDays() {
        assertThat(ComposeUnits.duration(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(ComposeUnits.duration(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(ComposeUnits.duration(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(ComposeUnits.duration(Duration.ofDays(7))).isEqualTo("168h");
        assertThat(ComposeUnits.duration(Duration.ofHours(1).plusSeconds(5))).isEqualTo("1h5s");
        assertThat(ComposeUnits.duration(Duration.ZERO)).isEqualTo("0s");
    }
}
