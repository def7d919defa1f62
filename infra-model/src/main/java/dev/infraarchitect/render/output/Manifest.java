package dev.infraarchitect.render.output;

import dev.infraarchitect.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record of what the last run wrote, kept as {@value #FILE_NAME} in the output directory: the first line is
 * {@code fingerprint <sha256>} (or {@code fingerprint none}), then {@code descriptor <path>} naming the descriptor
 * the files were generated from (see {@link DescriptorPath}; absent in manifests of earlier versions and of output
 * that belongs to no descriptor), then one {@code <size> <path>} line per file (size in bytes), sorted by path. A
 * file that does not parse is treated as absent: it costs a full regeneration, never a failure. It holds nothing
 * that varies between runs of the same input, so it is as reproducible as the files.
 *
 * @param descriptor the descriptor's path relative to the output directory, or {@code null} when none is recorded
 */
record Manifest(Fingerprint fingerprint, DescriptorPath descriptor, SortedMap<String, Long> files) {

    static final String FILE_NAME = ".infra-manifest";
    private static final String HEADER = "fingerprint ";
    private static final String DESCRIPTOR = "descriptor ";

    Manifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The manifest in {@code directory}, or empty when there is none or it is not one this class wrote. */
    static Optional<Manifest> read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Manifest> parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].startsWith(HEADER) || !lines[lines.length - 1].isEmpty()) {
            return Optional.empty();
        }
        String digest = lines[0].substring(HEADER.length());
        Fingerprint fingerprint;
        try {
            fingerprint = digest.equals("none") ? null : new Fingerprint(digest);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int first = 1;
        DescriptorPath descriptor = null;
        if (lines[1].startsWith(DESCRIPTOR)) {
            descriptor = DescriptorPath.parse(lines[1].substring(DESCRIPTOR.length())).orElse(null);
            if (descriptor == null) {
                return Optional.empty();
            }
            first = 2;
        }
        SortedMap<String, Long> files = new TreeMap<>();
        for (int i = first; i < lines.length - 1; i++) {
            String line = lines[i];
            int space = line.indexOf(' ');
            if (space < 1 || space > 18 || !line.substring(0, space).chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            long size = Long.parseLong(line.substring(0, space));
            String path = line.substring(space + 1);
            try {
                new GeneratedFile(path, new byte[0]);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (files.put(path, size) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Manifest(fingerprint, descriptor, files));
    }

    byte[] toBytes() {
        StringBuilder sb = new StringBuilder(HEADER).append(fingerprint == null ? "none" : fingerprint.sha256())
                .append('\n');
        if (descriptor != null) {
            sb.append(DESCRIPTOR).append(descriptor.encoded()).append('\n');
        }
        files.forEach((path, size) -> sb.append(size).append(' ').append(path).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
