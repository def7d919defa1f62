package dev.infraarchitect.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeValuesTest {

    @Test
    void sizesAreBinaryAsDockerReadsThem() {
        assertThat(ComposeValues.size("1gb")).isEqualTo("1Gi");
        assertThat(ComposeValues.size("256m")).isEqualTo("256Mi");
        assertThat(ComposeValues.size("1.5G")).isEqualTo("1536Mi");
        assertThat(ComposeValues.size("67108864")).isEqualTo("64Mi");
        assertThat(ComposeValues.size("0")).isEqualTo("0");
        assertThat(ComposeValues.size("100")).isNull();
        assertThat(ComposeValues.size("lots")).isNull();
    }

    @Test
    void durationsStayAsWrittenOrBecomeWholeSeconds() {
        assertThat(ComposeValues.duration("1m30s")).isEqualTo("1m30s");
        assertThat(ComposeValues.duration("2000ms")).isEqualTo("2s");
        assertThat(ComposeValues.duration("1.5m")).isEqualTo("90s");
        assertThat(ComposeValues.duration("500ms")).isNull();
        assertThat(ComposeValues.duration("soon")).isNull();
    }

    @Test
    void dotEnvReadsAsComposeDoes() {
        Map<String, String> values = DotEnv.parse(List.of("# comment", "", "A=1", "export B = two ", "C='x # y'",
                "D=\"line\\nnext\"", "E=value # comment", "F=", "G"));
        assertThat(values).containsExactly(Map.entry("A", "1"), Map.entry("B", "two"), Map.entry("C", "x # y"),
                Map.entry("D", "line\nnext"), Map.entry("E", "value"), Map.entry("F", ""), Map.entry("G", ""));
    }

    @Test
    void splittingLeavesReferencesWhole() {
        assertThat(Interpolated.split("${PORT:-80}:80/tcp", ':')).containsExactly("${PORT:-80}", "80/tcp");
        assertThat(Interpolated.split("${A:-${B:-x}}:/data:ro", ':')).containsExactly("${A:-${B:-x}}", "/data", "ro");
    }
}
