package dev.infraarchitect.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 bytes for a generated file, reused from file to file by one writer. Text goes in once,
 * as bytes: the usual way, a StringBuilder, its String, then that String's UTF-8 bytes, copies every file three times,
 * and a large build generates more than a hundred megabytes. The fixed parts of the output (keys, indentation,
 * punctuation) are ASCII and are copied in bulk.
 */
public final class Utf8Buffer {

    private static final byte[] SPACES = " ".repeat(64).getBytes(StandardCharsets.US_ASCII);
    /** No next char, for {@link #nonAscii}. */
    private static final int NONE = -1;

    private byte[] bytes;
    private int size;

    public Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    /** The file at {@code path} with the bytes written so far; the buffer may be cleared and reused after. */
    public GeneratedFile file(String path) {
        return GeneratedFile.slice(path, Arrays.copyOf(bytes, size), 0, size);
    }

    /** Appends {@code c}, which must be ASCII. */
    public Utf8Buffer ascii(char c) {
        if (size == bytes.length) {
            grow(1);
        }
        bytes[size++] = (byte) c;
        return this;
    }

    /** Appends {@code text}, which must be ASCII. */
    public Utf8Buffer ascii(String text) {
        return ascii(text, 0, text.length());
    }

    /** Appends the chars {@code from} to {@code to} of {@code text}, which must be ASCII. */
    @SuppressWarnings("deprecation") // the one String method that copies chars as bytes in bulk, exact for ASCII
    public Utf8Buffer ascii(String text, int from, int to) {
        int length = to - from;
        if (length > 0) {
            ensure(length);
            text.getBytes(from, to, bytes, size);
            size += length;
        }
        return this;
    }

    /** Appends bytes that are already UTF-8. */
    public Utf8Buffer encoded(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return this;
    }

    public Utf8Buffer spaces(int count) {
        ensure(count);
        for (int left = count; left > 0; left -= SPACES.length) {
            int run = Math.min(left, SPACES.length);
            System.arraycopy(SPACES, 0, bytes, size, run);
            size += run;
        }
        return this;
    }

    /** Appends {@code value} in decimal, as {@link Long#toString(long)} writes it. */
    public Utf8Buffer decimal(long value) {
        if (value >= 0 && value < 10) {
            return ascii((char) ('0' + value));
        }
        if (value == Long.MIN_VALUE) {
            return ascii(Long.toString(value));
        }
        long rest = Math.abs(value);
        int digits = 0;
        for (long left = rest; left > 0; left /= 10) {
            digits++;
        }
        int length = digits + (value < 0 ? 1 : 0);
        ensure(length);
        int at = size + length;
        for (long left = rest; left > 0; left /= 10) {
            bytes[--at] = (byte) ('0' + left % 10);
        }
        if (value < 0) {
            bytes[size] = '-';
        }
        size += length;
        return this;
    }

    /** Appends any text, encoded as {@link String#getBytes} encodes UTF-8: an unpaired surrogate becomes '?'. */
    public Utf8Buffer text(String text) {
        return text(text, 0, text.length());
    }

    /** Appends the chars {@code from} to {@code to} of {@code text}, as {@link #text(String)}. */
    public Utf8Buffer text(String text, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue; // goes out with its run, in bulk
            }
            ascii(text, run, i);
            i += nonAscii(c, i + 1 < to ? text.charAt(i + 1) : NONE) - 1;
            run = i + 1;
        }
        return ascii(text, run, to);
    }

    /** Appends the chars {@code from} to {@code to} of {@code chars}, as {@link #text(String)}. */
    public Utf8Buffer text(char[] chars, int from, int to) {
        ensure(to - from); // room for the rest, one byte a char, is kept after each wider char below
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else {
                i += nonAscii(c, i + 1 < to ? chars[i + 1] : NONE) - 1;
                ensure(to - i - 1);
            }
        }
        return this;
    }

    /** Encodes {@code c}, not ASCII; returns 2 when {@code next} was the low half of its pair and went with it, else 1. */
    private int nonAscii(char c, int next) {
        if (Character.isHighSurrogate(c) && next != NONE && Character.isLowSurrogate((char) next)) {
            codePoint(Character.toCodePoint(c, (char) next));
            return 2;
        }
        codePoint(Character.isSurrogate(c) ? '?' : c);
        return 1;
    }

    /** Appends one code point, which must not be a surrogate. */
    public Utf8Buffer codePoint(int codePoint) {
        ensure(4);
        if (codePoint < 0x80) {
            bytes[size++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            bytes[size++] = (byte) (0xc0 | codePoint >> 6);
            bytes[size++] = (byte) (0x80 | codePoint & 0x3f);
        } else if (codePoint < 0x10000) {
            bytes[size++] = (byte) (0xe0 | codePoint >> 12);
            bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
            bytes[size++] = (byte) (0x80 | codePoint & 0x3f);
        } else {
            bytes[size++] = (byte) (0xf0 | codePoint >> 18);
            bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
            bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
            bytes[size++] = (byte) (0x80 | codePoint & 0x3f);
        }
        return this;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            grow(more);
        }
    }

    private void grow(int more) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }
}
