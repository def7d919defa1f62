package dev.infraarchitect.render;

import java.io.IOException;
import java.io.Writer;

/**
 * What a template may write: at most {@code maxChars} characters, and nothing after {@code maxNanos} from the start.
 * An override template comes from the user's template directory, and a loop in it ({@code <#list 1..999999999>})
 * would otherwise fill the memory or run until the build is killed; it ends in a template failure instead. A loop
 * that writes nothing is not caught here: FreeMarker offers no limit of its own.
 */
final class BoundedWriter extends Writer {

    /** 64 MiB of text: the largest generated file of a 100,000-service system is a few megabytes. */
    static final long MAX_CHARS = 64L * 1024 * 1024;

    /** Five minutes: the built-in layouts take milliseconds. */
    static final long MAX_NANOS = 5L * 60 * 1_000_000_000;

    private final Writer out;
    private final long maxChars;
    private final long maxNanos;
    private final long deadline;
    private long written;

    BoundedWriter(Writer out, long maxChars, long maxNanos) {
        this.out = out;
        this.maxChars = maxChars;
        this.maxNanos = maxNanos;
        this.deadline = System.nanoTime() + maxNanos;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        count(length);
        out.write(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        count(length);
        out.write(text, offset, length);
    }

    @Override
    public void write(int c) throws IOException {
        count(1);
        out.write(c);
    }

    private void count(int length) throws IOException {
        written += length;
        if (written > maxChars) {
            throw new IOException("the template wrote more than " + maxChars / (1024 * 1024) + " MiB of text");
        }
        if (System.nanoTime() - deadline > 0) {
            throw new IOException("the template ran longer than " + maxNanos / 1_000_000 + " ms");
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
