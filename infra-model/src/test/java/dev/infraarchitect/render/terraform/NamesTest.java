package dev.infraarchitect.render.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void identifiersReplaceEveryOtherCharacterWithOneUnderscore() {
        assertThat(Names.id("my-api")).isEqualTo("my_api");
        assertThat(Names.id("a.b c")).isEqualTo("a_b_c");
        assertThat(Names.id("Under_score9")).isEqualTo("Under_score9");
        assertThat(Names.id("k\u00e9y")).isEqualTo("k_y");
        assertThat(Names.id("x\uD83D\uDE00y")).as("a surrogate pair is one code point").isEqualTo("x_y");
    }

    @Test
    void identifiersStartWithALetterOrUnderscore() {
        assertThat(Names.id("9lives")).isEqualTo("v_9lives");
        assertThat(Names.id("-x")).isEqualTo("_x");
        assertThat(Names.id("_x")).isEqualTo("_x");
    }

    @Test
    void identifiersAreThoseOfTheRegularExpressionOnRandomNames() {
        char[] alphabet = {'a', 'z', 'A', 'Z', '0', '9', '_', '-', '.', ' ', '\u00e9', '\ud83d', '\ude00'};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            char[] chars = new char[1 + random.nextInt(10)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String name = new String(chars);
            String id = name.replaceAll("[^A-Za-z0-9_]", "_");
            char first = id.charAt(0);
            assertThat(Names.id(name)).as(name).isEqualTo(Character.isLetter(first) || first == '_' ? id : "v_" + id);
        }
    }

    @Test
    void variablesJoinServiceAndLowerCasedKey() {
        assertThat(Names.variable("api", "DATABASE_PASSWORD")).isEqualTo("api_database_password");
        assertThat(Names.variable("my-api", "TOKEN.V2")).isEqualTo("my_api_token_v2");
    }
}
