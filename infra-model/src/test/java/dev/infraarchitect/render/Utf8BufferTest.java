package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    /** Characters from every UTF-8 length, both halves of surrogate pairs alone and together, and controls. */
    private static final char[] ALPHABET = {'a', 'Z', '0', ' ', '\n', '\u0000', '\u007f', '\u0080', '\u00e9', '\u07ff',
        '\u0800', '\u20ac', '\ufeff', '\uffff', '\ud83d', '\ude00', '\udbff', '\udfff', '\ud800', '\udc00'};

    @Test
    void encodesAsStringGetBytesDoesOnRandomTextWithLoneAndPairedSurrogates() {
        Random random = new Random(42);
        Utf8Buffer buffer = new Utf8Buffer(1);
        for (int round = 0; round < 20_000; round++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000)
                        : ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String text = new String(chars);
            assertThat(buffer.clear().append(text).toByteArray())
                    .as("%s", text.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void appendsARangeAndKeepsAPairTogetherWhenTheRangeHoldsBoth() {
        String text = "x\ud83d\ude00y";
        assertThat(new Utf8Buffer(4).append(text, 1, 3).toByteArray())
                .isEqualTo("\ud83d\ude00".getBytes(StandardCharsets.UTF_8));
        assertThat(new Utf8Buffer(4).append(text, 1, 2).toByteArray()).containsExactly('?');
    }

    @Test
    void writesNumbersAsLongToStringDoes() {
        long[] values = {0, 7, -7, 10, 99, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
            -1_000_000_000_000L};
        Utf8Buffer buffer = new Utf8Buffer(1);
        for (long value : values) {
            assertThat(buffer.clear().append(value).toString()).isEqualTo(Long.toString(value));
        }
        assertThat(buffer.clear().append(true).ascii(',').append(false).toString()).isEqualTo("true,false");
    }

    @Test
    void clearingKeepsNothingOfThePreviousText() {
        Utf8Buffer buffer = new Utf8Buffer(2);
        buffer.append("a long first text that makes the buffer grow");
        buffer.clear().append("b");
        assertThat(buffer.length()).isEqualTo(1);
        assertThat(GeneratedFile.of("b.txt", buffer).text()).isEqualTo("b");
    }

    @Test
    void aFileOwnsItsBytesOnceTheBufferIsReused() {
        Utf8Buffer buffer = new Utf8Buffer(16);
        GeneratedFile first = GeneratedFile.of("a.txt", buffer.append("first"));
        buffer.clear().append("later");
        assertThat(first.text()).isEqualTo("first");
    }

    @Test
    void asciiRefusesOtherCharacters() {
        assertThatThrownBy(() -> new Utf8Buffer(1).ascii('\u00e9')).isInstanceOf(IllegalArgumentException.class);
    }
}
