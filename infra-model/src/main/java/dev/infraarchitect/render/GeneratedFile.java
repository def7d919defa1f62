package dev.infraarchitect.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One artifact: a path relative to the output directory, with {@code /} separators, and its bytes.
 * The path is checked here, before it ever becomes a file name: no absolute paths, no {@code ..}, no empty or
 * hidden segments, only portable characters.
 */
public record GeneratedFile(String path, byte[] content) {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    public GeneratedFile {
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                throw new IllegalArgumentException("unsafe output path '" + path + "'");
            }
        }
        content = content.clone();
    }

    public static GeneratedFile text(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
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
