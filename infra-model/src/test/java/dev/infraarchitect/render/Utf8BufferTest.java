package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void encodesAnyTextAsStringGetBytesDoesUnpairedSurrogatesIncluded() {
        Random random = new Random(6);
        for (int round = 0; round < 20_000; round++) {
            String text = AwkwardText.of(random, 12);
            Utf8Buffer buffer = new Utf8Buffer(1);
            buffer.ascii("<").text(text).ascii('>');
            assertThat(buffer.file("t.txt").content())
                    .isEqualTo(("<" + text + ">").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void encodesCharArraysAsStringGetBytesDoesInAnySmallBuffer() {
        Random random = new Random(8);
        for (int round = 0; round < 5_000; round++) {
            char[] chars = AwkwardText.of(random, 200).toCharArray();
            int from = chars.length == 0 ? 0 : random.nextInt(chars.length);
            Utf8Buffer buffer = new Utf8Buffer(1);
            buffer.text(chars, from, chars.length).ascii('.');
            assertThat(buffer.file("t.txt").content())
                    .isEqualTo((new String(chars, from, chars.length - from) + ".").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void writesDecimalsAsLongToStringDoes() {
        long[] values = {0, 9, 10, -1, -9, -10, 99, 100, 12_345, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (long value : values) {
            assertThat(new Utf8Buffer(1).decimal(value).toString()).isEqualTo(Long.toString(value));
        }
    }

    @Test
    void growsAndIsReusedFromFileToFile() {
        Utf8Buffer buffer = new Utf8Buffer(4);
        buffer.spaces(130).ascii("end", 1, 3).encoded("\u00e9".getBytes(StandardCharsets.UTF_8)).codePoint(0x1f600);
        assertThat(buffer.toString()).isEqualTo(" ".repeat(130) + "nd\u00e9\ud83d\ude00");
        GeneratedFile first = buffer.file("a.txt");
        buffer.clear();
        buffer.ascii("second");
        assertThat(first.text()).isEqualTo(" ".repeat(130) + "nd\u00e9\ud83d\ude00");
        assertThat(buffer.file("b.txt").text()).isEqualTo("second");
        assertThat(buffer.size()).isEqualTo(6);
    }
}
