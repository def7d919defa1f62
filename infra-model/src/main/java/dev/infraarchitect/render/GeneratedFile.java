package dev.infraarchitect.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One artifact: a path relative to the output directory, with {@code /} separators, and its bytes.
 * The path is checked here, before it ever becomes a file name: no absolute paths, no {@code ..}, no empty or
 * hidden segments (except a file named {@code .env.example}), only portable characters ({@code [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}} per segment).
 *
 * <p>A class rather than a record so that the bytes are copied only where they cross into a caller's hands
 * ({@link #content()}); a large build hands over more than a hundred megabytes of them. The bytes may be a slice of an
 * array that nobody changes, or shared with another file.
 */
public final class GeneratedFile {

    private static final int MAX_SEGMENT = 128;
    /** The one hidden file name allowed, as a file's last segment: Compose's convention beside a compose file. */
    private static final String ENV_EXAMPLE = ".env.example";

    private final String path;
    private final byte[] content;
    private final int offset;
    private final int length;

    public GeneratedFile(String path, byte[] content) {
        this(path, content.clone(), 0, content.length);
    }

    /** Takes the slice of {@code shared} as it is: only for arrays nobody changes. */
    private GeneratedFile(String path, byte[] shared, int offset, int length) {
        if (!isSafePath(path)) {
            throw new IllegalArgumentException("unsafe output path '" + path + "'");
        }
        this.path = path;
        this.content = shared;
        this.offset = offset;
        this.length = length;
    }

    /** The bytes {@code offset} to {@code offset + length} of {@code shared}, an array nobody changes. */
    static GeneratedFile slice(String path, byte[] shared, int offset, int length) {
        return new GeneratedFile(path, shared, offset, length);
    }

    /** The same bytes at {@code otherPath}, shared rather than copied (a file every environment has alike). */
    public GeneratedFile at(String otherPath) {
        return new GeneratedFile(otherPath, content, offset, length);
    }

    public static GeneratedFile text(String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new GeneratedFile(path, bytes, 0, bytes.length);
    }

    public String path() {
        return path;
    }

    /** A copy of the bytes. */
    public byte[] content() {
        return Arrays.copyOfRange(content, offset, offset + length);
    }

    public int size() {
        return length;
    }

    public String text() {
        return new String(content, offset, length, StandardCharsets.UTF_8);
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(content, offset, length);
    }

    public boolean hasContent(byte[] bytes) {
        return Arrays.equals(content, offset, offset + length, bytes, 0, bytes.length);
    }

    static boolean isSafePath(String path) {
        int start = 0;
        while (true) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (!isSafeSegment(path, start, end)) {
                return false;
            }
            if (slash < 0) {
                return true;
            }
            start = slash + 1;
        }
    }

    private static boolean isSafeSegment(String path, int start, int end) {
        if (end == path.length() && path.startsWith(ENV_EXAMPLE, start) && end - start == ENV_EXAMPLE.length()) {
            return true;
        }
        if (end == start || end - start > MAX_SEGMENT || !isWordChar(path.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = path.charAt(i);
            if (!(isWordChar(c) || c == '.' || c == '-') || (c == '.' && path.charAt(i - 1) == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedFile other && path.equals(other.path)
                && Arrays.equals(content, offset, offset + length, other.content, other.offset,
                        other.offset + other.length);
    }

    /** As {@code 31 * path.hashCode() + Arrays.hashCode(content())}, without the copy. */
    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + content[i];
        }
        return 31 * path.hashCode() + hash;
    }

    @Override
    public String toString() {
        return path + " (" + length + " bytes)";
    }
}
