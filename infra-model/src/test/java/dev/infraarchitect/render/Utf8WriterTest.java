package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    /** Text cut anywhere, surrogate pairs included, and written in pieces of every kind gives the whole's bytes. */
    @Test
    void writesTheBytesOfTheWholeTextHoweverItIsCut() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String whole = AwkwardText.of(random, 16);
            Utf8Writer writer = new Utf8Writer(1);
            int at = 0;
            while (at < whole.length()) {
                int piece = 1 + random.nextInt(Math.min(4, whole.length() - at));
                switch (random.nextInt(3)) {
                    case 0 -> writer.write(whole, at, piece);
                    case 1 -> {
                        char[] padded = ("<<" + whole.substring(at, at + piece) + ">").toCharArray();
                        writer.write(padded, 2, piece);
                    }
                    default -> {
                        writer.write(whole.charAt(at));
                        piece = 1;
                    }
                }
                at += piece;
            }
            writer.write(whole, whole.length(), 0);
            assertThat(writer.file("t.md").content()).as("%s", whole.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void growsFromASmallBufferToALargeDocument() {
        Utf8Writer writer = new Utf8Writer(16);
        String row = "| caf\u00e9 | \ud83d\ude00 | 42 |\n";
        for (int i = 0; i < 10_000; i++) {
            writer.write(row.toCharArray(), 0, row.length());
        }
        assertThat(writer.file("big.md").text()).isEqualTo(row.repeat(10_000));
    }
}
