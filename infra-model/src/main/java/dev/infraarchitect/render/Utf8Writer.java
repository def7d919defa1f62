package dev.infraarchitect.render;

import java.io.Writer;

/**
 * A writer that encodes straight into a {@link Utf8Buffer}, for a template's output: the usual way, a StringBuilder,
 * its String and that String's bytes, made three large copies of a 4 MB document (six when one character beyond
 * Latin-1 made the builder two bytes a char). A surrogate pair split between two writes is joined, so the bytes are
 * those of the whole text's {@code getBytes(UTF_8)}.
 */
final class Utf8Writer extends Writer {

    private static final char NO_PENDING = 0;

    private final Utf8Buffer out;
    /** A high surrogate that ended the last write, waiting for its low half. */
    private char pending = NO_PENDING;

    Utf8Writer(int capacity) {
        out = new Utf8Buffer(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        if (length == 0) {
            return;
        }
        int from = offset + resume(chars[offset]);
        int to = offset + length;
        if (from < to && Character.isHighSurrogate(chars[to - 1])) {
            pending = chars[--to];
        }
        out.text(chars, from, to);
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length == 0) {
            return;
        }
        int from = offset + resume(text.charAt(offset));
        int to = offset + length;
        if (from < to && Character.isHighSurrogate(text.charAt(to - 1))) {
            pending = text.charAt(--to);
        }
        out.text(text, from, to);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }

    /** The file at {@code path} with everything written; a high surrogate left at the end becomes '?'. */
    GeneratedFile file(String path) {
        if (pending != NO_PENDING) {
            out.ascii('?');
            pending = NO_PENDING;
        }
        return out.file(path);
    }

    /** Ends a pair the last write left open; returns 1 when {@code first} was its low half and went with it. */
    private int resume(char first) {
        if (pending == NO_PENDING) {
            return 0;
        }
        char high = pending;
        pending = NO_PENDING;
        if (Character.isLowSurrogate(first)) {
            out.codePoint(Character.toCodePoint(high, first));
            return 1;
        }
        out.ascii('?');
        return 0;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
