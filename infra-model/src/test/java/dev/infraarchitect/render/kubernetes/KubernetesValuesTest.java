package dev.infraarchitect.render.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KubernetesValuesTest {

    @Test
    void cpuInCoresWhenWholeElseMillicores() {
        assertThat(KubernetesValues.cpu(2000)).isEqualTo("2");
        assertThat(KubernetesValues.cpu(250)).isEqualTo("250m");
        assertThat(KubernetesValues.cpu(1500)).isEqualTo("1500m");
    }

    @Test
    void bytesInTheLargestExactBinaryUnit() {
        assertThat(KubernetesValues.bytes(0)).isEqualTo("0");
        assertThat(KubernetesValues.bytes(1L << 30)).isEqualTo("1Gi");
        assertThat(KubernetesValues.bytes(3840L << 20)).isEqualTo("3840Mi");
        assertThat(KubernetesValues.bytes(2048)).isEqualTo("2Ki");
        assertThat(KubernetesValues.bytes(500_000_000)).isEqualTo("500000000");
        assertThat(KubernetesValues.bytes(2L << 50)).isEqualTo("2Pi");
    }

    @Test
    void secondsForProbesAndKeysForSecrets() {
        assertThat(KubernetesValues.seconds(Duration.ofMinutes(1))).isEqualTo(60);
        assertThat(KubernetesValues.seconds(Duration.ZERO)).isNull();
        assertThat(KubernetesValues.seconds(null)).isNull();
        assertThat(KubernetesValues.seconds(Duration.ofDays(100_000))).isEqualTo(Integer.MAX_VALUE);
        assertThat(KubernetesValues.secretKey("DB_PASSWORD")).isEqualTo("DB_PASSWORD");
        assertThat(KubernetesValues.secretKey("my key/1")).isEqualTo("my_key_1");
    }

    @Test
    void environmentValuesAreLiteralWhereKubernetesWouldExpandThem() {
        // Kubernetes expands $(NAME) in env values and reduces $$ to $: doubled, each arrives as written
        assertThat(KubernetesValues.literal("$(DB_PASSWORD)")).isEqualTo("$$(DB_PASSWORD)");
        assertThat(KubernetesValues.literal("a$$(X)b$")).isEqualTo("a$$$$(X)b$$");
        assertThat(KubernetesValues.literal("plain")).isEqualTo("plain");
    }
}
