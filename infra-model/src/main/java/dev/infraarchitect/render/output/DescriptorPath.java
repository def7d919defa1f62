package dev.infraarchitect.render.output;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The descriptor an output directory's files were generated from, as its path relative to that directory, with
 * {@code /} separators (absolute only where no relative path exists, e.g. on another Windows drive). Relative, so
 * that a project that is moved or checked out elsewhere keeps its output and the manifest is the same on every
 * machine; within one directory it still names exactly one file. In the manifest, where it takes one line, a
 * {@code %} and line breaks are written as {@code %25}, {@code %0A} and {@code %0D}.
 *
 * @param path the relative path as {@link Path#toString()} gives it, separators as {@code /}
 */
record DescriptorPath(String path) {

    DescriptorPath {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("empty descriptor path");
        }
    }

    /** {@code descriptor} as seen from {@code directory}; both absolute and normalised. */
    static DescriptorPath of(Path directory, Path descriptor) {
        Path relative;
        try {
            relative = directory.relativize(descriptor);
        } catch (IllegalArgumentException differentRoot) {
            relative = descriptor;
        }
        return new DescriptorPath(relative.toString().replace(File.separatorChar, '/'));
    }

    /** The descriptor's absolute, normalised path, for messages. */
    Path resolveAgainst(Path directory) {
        return directory.resolve(path).normalize();
    }

    String encoded() {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    /** The path {@link #encoded()} wrote, or empty when {@code text} is not such an encoding. */
    static Optional<DescriptorPath> parse(String text) {
        StringBuilder decoded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                return Optional.empty();
            }
            if (c != '%') {
                decoded.append(c);
                continue;
            }
            String escape = i + 3 <= text.length() ? text.substring(i, i + 3) : "";
            switch (escape) {
                case "%25" -> decoded.append('%');
                case "%0A" -> decoded.append('\n');
                case "%0D" -> decoded.append('\r');
                default -> {
                    return Optional.empty();
                }
            }
            i += 2;
        }
        return decoded.isEmpty() ? Optional.empty() : Optional.of(new DescriptorPath(decoded.toString()));
    }
}
