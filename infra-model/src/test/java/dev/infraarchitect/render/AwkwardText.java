package dev.infraarchitect.render;

import java.util.Random;

/** Random text of the characters encoders get wrong: escapes, controls, every UTF-8 length, surrogates paired or not. */
final class AwkwardText {

    private static final char[] AWKWARD = {'a', 'Z', '0', ' ', '|', '"', '\\', '\n', '\u0000', '\u007f', '\u0080',
        '\u00e9', '\u07ff', '\u0800', '\u2028', '\ufeff', '\uffff', '\ud83d', '\ude00', '\ud800', '\udfff'};

    private AwkwardText() {
    }

    /** Up to {@code maxLength - 1} chars, a third of them any char at all. */
    static String of(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : AWKWARD[random.nextInt(AWKWARD.length)]);
        }
        return text.toString();
    }
}
