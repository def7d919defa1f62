package dev.infraarchitect.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("dependsOn", "description", "healthcheck", "host", "image");

    @Test
    void findsTheNearestName() {
        assertThat(Suggestions.closest("dependOn", FIELDS)).contains("dependsOn");
        assertThat(Suggestions.closest("imgae", FIELDS)).contains("image");
        assertThat(Suggestions.closest("healthCheck", FIELDS)).contains("healthcheck");
        assertThat(Suggestions.didYouMean("hots", FIELDS)).isEqualTo("; did you mean 'host'?");
    }

    @Test
    void staysSilentWhenNothingIsClose() {
        assertThat(Suggestions.closest("replicas", FIELDS)).isEmpty();
        assertThat(Suggestions.didYouMean("x", List.of())).isEmpty();
    }

    @Test
    void breaksTiesByName() {
        assertThat(Suggestions.closest("ab", List.of("ac", "aa"))).contains("aa");
    }

    @Test
    void countsTranspositionsAsOneEdit() {
        assertThat(Suggestions.distance("postgres", "postgers")).isEqualTo(1);
        assertThat(Suggestions.distance("redis", "redis")).isZero();
    }
}
