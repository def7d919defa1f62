package dev.infraarchitect.load;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Location;
import dev.infraarchitect.model.SourceMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an infra descriptor (YAML, or JSON for a {@code .json} file) into a {@link Descriptor}. Every problem found
 * in the one pass is reported together in a {@link DescriptorException}, each with file, line and column, naming the
 * nearest known field or a corrected value where it can.
 *
 * <p>Cross-references between parts (a {@code dependsOn} naming an unknown service) are checked by the analysis.
 * Thread-safe: the loader keeps no state between calls.
 */
public final class DescriptorLoader {

    /** The largest descriptor file accepted, in bytes (64 MiB); a larger one is refused before it is read. */
    public static final long MAX_DOCUMENT_BYTES = LoaderLimits.MAX_DOCUMENT_BYTES;

    private DescriptorLoader() {
    }

    /**
     * @param file        the descriptor
     * @param displayName how messages name the file, e.g. {@code src/main/infra/infra.yaml}
     * @throws DescriptorException the file is missing, unreadable or not a valid descriptor
     */
    public static Descriptor load(Path file, String displayName) throws DescriptorException {
        if (Files.isDirectory(file)) {
            throw new DescriptorException(new Problem(Location.ofFile(displayName),
                    "is a directory; the descriptor must be a YAML or JSON file"));
        }
        if (!Files.isRegularFile(file)) {
            throw new DescriptorException(new Problem(Location.ofFile(displayName), "does not exist"));
        }
        byte[] bytes;
        try {
            if (Files.size(file) > LoaderLimits.MAX_DOCUMENT_BYTES) {
                throw new DescriptorException(new Problem(Location.ofFile(displayName), "is larger than "
                        + LoaderLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DescriptorException(new Problem(Location.ofFile(displayName), "cannot be read: " + e));
        }
        return parse(bytes, displayName, isJson(file));
    }

    /**
     * Parses bytes the caller has already read from {@code file}, whose name says whether they are JSON: a build
     * that fingerprints the descriptor reads it once, so the fingerprint describes exactly the bytes analysed.
     */
    public static Descriptor parse(byte[] bytes, Path file, String displayName) throws DescriptorException {
        return parse(bytes, displayName, isJson(file));
    }

    /** Parses descriptor text; JSON is read as YAML, which accepts it. */
    public static Descriptor parse(String text, String displayName) throws DescriptorException {
        Problems problems = new Problems(displayName);
        return bind(text, displayName, false, problems);
    }

    static Descriptor parse(byte[] bytes, String displayName, boolean json) throws DescriptorException {
        Problems problems = new Problems(displayName);
        if (bytes.length > LoaderLimits.MAX_DOCUMENT_BYTES) {
            problems.add(Location.ofFile(displayName), "is larger than "
                    + LoaderLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB");
            problems.throwIfAny();
        }
        String text = SourceText.decode(bytes, displayName, problems);
        problems.throwIfAny();
        return bind(text, displayName, json, problems);
    }

    private static Descriptor bind(String text, String displayName, boolean json, Problems problems)
            throws DescriptorException {
        if (text.isBlank()) {
            problems.add(Location.ofFile(displayName), "is empty; a descriptor needs at least 'project' and"
                    + " 'services'");
            problems.throwIfAny();
        }
        checkLines(text, json, displayName, problems);
        Node root = new TreeReader(displayName, problems).read(text, json);
        if (root instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.NULL && scalar.text().isEmpty()) {
            root = null; // a document of only "---" or "..."
        }
        if (root == null) {
            if (problems.isEmpty()) {
                problems.add(Location.ofFile(displayName), "is empty; a descriptor needs at least 'project' and"
                        + " 'services'");
            }
            problems.throwIfAny();
        }
        SourceMap sources = new SourceMap(displayName, new NodeLocator(root));
        Descriptor descriptor = new DescriptorBinder(problems).bind(root, sources);
        problems.throwIfAny();
        return descriptor;
    }

    /**
     * Refuses a document of more lines than the loader accepts, and, for YAML, a line longer than the longest
     * scalar: SnakeYAML scans a very long line in time that grows faster than its length (seconds for a few
     * megabytes). No descriptor needs one; one-line JSON belongs in a {@code .json} file. One pass over the text.
     */
    private static void checkLines(String text, boolean json, String displayName, Problems problems)
            throws DescriptorException {
        int line = 1;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            if (!json && length > LoaderLimits.MAX_SCALAR_CHARS) {
                problems.add(new Location(displayName, line, 1), "line " + line + " is longer than "
                        + LoaderLimits.MAX_SCALAR_CHARS / 1024 + " KiB; break it up (one-line JSON belongs in a"
                        + " .json file)");
                problems.throwIfAny();
            }
            if (end < 0) {
                return;
            }
            if (++line > LoaderLimits.MAX_LINES) {
                problems.add(Location.ofFile(displayName), "has more than " + String.format(Locale.ROOT, "%,d",
                        LoaderLimits.MAX_LINES) + " lines; a descriptor of 100,000 services has about a million");
                problems.throwIfAny();
            }
            start = end + 1;
        }
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
