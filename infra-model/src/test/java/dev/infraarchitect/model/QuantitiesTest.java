package dev.infraarchitect.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {

    @ParameterizedTest
    @CsvSource({"2, 2000", "0.5, 500", "500m, 500", "0, 0", "24, 24000", "0.125, 125", "1m, 1", "2.0, 2000"})
    void parsesCpuAsMillicores(String text, long expected) {
        assertThat(Quantities.parseCpu(text)).isEqualTo(expected);
    }

    @Test
    void rejectsBadCpu() {
        assertThatThrownBy(() -> Quantities.parseCpu("-1")).hasMessage("cpu must not be negative, got '-1'");
        assertThatThrownBy(() -> Quantities.parseCpu("two"))
                .hasMessage("cpu must be a number of cores (2, 0.5) or millicores (\"500m\"), got 'two'");
        assertThatThrownBy(() -> Quantities.parseCpu("0.0005")).hasMessageContaining("finer than a millicore");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0", "1Ki, 1024", "512Mi, 536870912", "4Gi, 4294967296", "1.5Gi, 1610612736", "2Ti, 2199023255552",
        "1Pi, 1125899906842624", "1k, 1000", "500M, 500000000", "61G, 61000000000", "1T, 1000000000000",
        "1P, 1000000000000000", "0Gi, 0"})
    void parsesKubernetesQuantities(String text, long expected) {
        assertThat(Quantities.parseBytes(text)).isEqualTo(expected);
    }

    @Test
    void bareNumbersOtherThanZeroAreAmbiguous() {
        assertThatThrownBy(() -> Quantities.parseBytes("4"))
                .hasMessage("size '4' has no unit; did you mean 4Gi? (units: Ki Mi Gi Ti Pi, or k M G T P)");
    }

    @Test
    void unknownUnitsSuggestTheIntendedOne() {
        assertThatThrownBy(() -> Quantities.parseBytes("4GB")).hasMessage(
                "unknown unit 'GB' in '4GB'; did you mean 4Gi (binary) or 4G (decimal)? (units: Ki Mi Gi Ti Pi, or k M G T P)");
        assertThatThrownBy(() -> Quantities.parseBytes("4gi")).hasMessageContaining("did you mean 4Gi?");
        assertThatThrownBy(() -> Quantities.parseBytes("4Xi")).hasMessage(
                "unknown unit 'Xi' in '4Xi' (units: Ki Mi Gi Ti Pi, or k M G T P)");
        assertThatThrownBy(() -> Quantities.parseBytes("-1Gi")).hasMessage("size must not be negative, got '-1Gi'");
    }

    @ParameterizedTest
    @CsvSource({"30s, 30", "5m, 300", "1h, 3600", "7d, 604800", "1h30m, 5400", "1d2h3m4s, 93784"})
    void parsesDurations(String text, long seconds) {
        assertThat(Quantities.parseDuration(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "5 min", "1m1h", "1w", "h", "-5m"})
    void rejectsOtherDurations(String text) {
        assertThatThrownBy(() -> Quantities.parseDuration(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("expected a duration such as 30s, 5m, 1h, 7d or 1h30m");
    }

    @Test
    void parsesPercentages() {
        assertThat(Quantities.parsePercent("99.9")).isEqualByComparingTo("99.9");
        assertThat(Quantities.parsePercent("99.95%")).isEqualByComparingTo("99.95");
        assertThat(Quantities.parsePercent("100")).isEqualByComparingTo("100");
        assertThatThrownBy(() -> Quantities.parsePercent("100.1"))
                .hasMessage("percentage must be within 0..100, got '100.1'");
        assertThatThrownBy(() -> Quantities.parsePercent("-1")).hasMessageContaining("within 0..100");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0", "512, 512B", "1024, 1Ki", "268435456, 256Mi", "8858370048, 8.25Gi", "68182605824, 63.5Gi",
        "4831838208, 4.5Gi", "1099511627776, 1Ti", "-268435456, -256Mi", "1073741823, 1Gi"})
    void formatsBytesInReadableUnits(long bytes, String expected) {
        assertThat(Quantities.formatBytes(bytes)).isEqualTo(expected);
    }

    @Test
    void formatsCpuMoneyAndDurations() {
        assertThat(Quantities.formatCpu(24000)).isEqualTo("24");
        assertThat(Quantities.formatCpu(500)).isEqualTo("0.5");
        assertThat(Quantities.formatCpu(2125)).isEqualTo("2.125");
        assertThat(Quantities.formatCores(1000)).isEqualTo("1 core");
        assertThat(Quantities.formatCores(500)).isEqualTo("0.5 cores");
        assertThat(Quantities.formatCores(24000)).isEqualTo("24 cores");
        assertThat(Quantities.formatMoney(new BigDecimal("506.035"))).isEqualTo("506.04");
        assertThat(Quantities.formatMoney(new BigDecimal("10"))).isEqualTo("10.00");
        assertThat(Quantities.formatDuration(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Quantities.formatDuration(Duration.ofDays(7))).isEqualTo("7d");
        assertThat(Quantities.formatDuration(Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void sizesAreRecognisedExactlyAsTheirPatternSays() {
        Pattern size = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)([A-Za-z]*)");
        for (String text : List.of("4Gi", " 4Gi ", "1.5Ti", "1.Gi", ".5Gi", "-1Gi", "--1Gi", "-Gi", "0", "00",
                "4", "4 Gi", "4Gi5", "1e3", "4GB", "4gi", "1.5.5Gi", "1..5Gi", "", "Gi", "4é", "12345678901Mi")) {
            boolean matches = size.matcher(text.trim()).matches();
            Throwable thrown = catchThrowable(() -> Quantities.parseBytes(text));
            boolean shapeRefused = thrown != null && thrown.getMessage().startsWith("expected a size such as");
            assertThat(shapeRefused).as("'%s'", text).isEqualTo(!matches);
        }
    }
}
