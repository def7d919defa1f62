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
 * ({@link #content()}), and so that equality compares them; files with the same bytes may share one array.
 */
public final class GeneratedFile {

    private static final int MAX_SEGMENT = 128;
    /** The one hidden file name allowed, as a file's last segment: Compose's convention beside a compose file. */
    private static final String ENV_EXAMPLE = ".env.example";

    private final String path;
    private final byte[] content;

    public GeneratedFile(String path, byte[] content) {
        this(content.clone(), path);
    }

    /** Takes {@code shared} as it is: only for arrays nobody changes. */
    private GeneratedFile(byte[] shared, String path) {
        if (!isSafePath(path)) {
            throw new IllegalArgumentException("unsafe output path '" + path + "'");
        }
        this.path = path;
        this.content = shared;
    }

    /** The same bytes at {@code otherPath}, shared rather than copied (a file every environment has alike). */
    public GeneratedFile at(String otherPath) {
        return new GeneratedFile(content, otherPath);
    }

    public static GeneratedFile text(String path, String text) {
        return new GeneratedFile(text.getBytes(StandardCharsets.UTF_8), path);
    }

    public String path() {
        return path;
    }

    /** A copy of the bytes. */
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(content);
    }

    public boolean hasContent(byte[] bytes) {
        return Arrays.equals(content, bytes);
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
        return o instanceof GeneratedFile other && path.equals(other.path) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return path + " (" + content.length + " bytes)";
    }
}
