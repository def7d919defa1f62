package dev.infraarchitect.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text appended straight as UTF-8 bytes, for the generators that write large outputs: a file is made in one buffer
 * that is cleared and reused for the next, and {@link GeneratedFile#of} takes one exact copy. A StringBuilder would
 * grow, then be copied into a String and the String encoded again: three copies of every byte of output.
 *
 * <p>The encoding equals {@link String#getBytes(java.nio.charset.Charset) getBytes(UTF_8)}, including {@code ?} for a
 * surrogate without its pair. Not thread-safe: one buffer per piece of work.
 */
public final class Utf8Buffer {

    private byte[] bytes;
    private int length;

    public Utf8Buffer(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    public int length() {
        return length;
    }

    /** Empties the buffer and keeps its capacity. */
    public Utf8Buffer clear() {
        length = 0;
        return this;
    }

    /** Appends an ASCII character ({@code c < 0x80}); any other character goes through {@link #append(String)}. */
    public Utf8Buffer ascii(char c) {
        if (c >= 0x80) {
            throw new IllegalArgumentException("not ASCII: U+" + Integer.toHexString(c));
        }
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    public Utf8Buffer append(String text) {
        return append(text, 0, text.length());
    }

    /** Appends the characters of {@code text} from {@code from} (inclusive) to {@code to} (exclusive). */
    public Utf8Buffer append(String text, int from, int to) {
        ensure(to - from);
        int i = from;
        // The common case, ASCII, takes one comparison a character; anything else falls through to the encoder.
        while (i < to) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            bytes[length++] = (byte) c;
            i++;
        }
        if (i < to) {
            encode(text, i, to);
        }
        return this;
    }

    public Utf8Buffer append(long value) {
        if (value == Long.MIN_VALUE) {
            return append(Long.toString(value)); // has no positive counterpart to print
        }
        if (value < 0) {
            ascii('-');
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        for (int at = length + digits - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    public Utf8Buffer append(boolean value) {
        return append(value ? "true" : "false");
    }

    /** The bytes appended so far, in an array of their own. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void encode(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                ensure(1);
                bytes[length++] = (byte) c;
            } else if (c < 0x800) {
                ensure(2);
                bytes[length++] = (byte) (0xc0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                ensure(4);
                bytes[length++] = (byte) (0xf0 | code >> 18);
                bytes[length++] = (byte) (0x80 | code >> 12 & 0x3f);
                bytes[length++] = (byte) (0x80 | code >> 6 & 0x3f);
                bytes[length++] = (byte) (0x80 | code & 0x3f);
            } else if (Character.isSurrogate(c)) {
                ensure(1);
                bytes[length++] = '?'; // as String.getBytes replaces a lone surrogate
            } else {
                ensure(3);
                bytes[length++] = (byte) (0xe0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[length++] = (byte) (0x80 | c & 0x3f);
            }
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
