package dev.infraarchitect.render.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything a run's output depends on besides the plugin's own code, as one SHA-256 (hex): the descriptor's bytes,
 * the override templates (names and bytes), the selected generators, the plugin version and any further settings
 * the caller names. Equal fingerprints and intact files mean generating again would write the same bytes.
 */
public record Fingerprint(String sha256) {

    public Fingerprint {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: '" + sha256 + "'");
        }
    }

    /**
     * @param descriptor the descriptor file's bytes, exactly as read
     * @param templateDirectory the user's template override directory, or null; a missing directory counts as empty
     * @param generators the selected generator ids (order and repeats do not matter)
     * @param pluginVersion the plugin's version, so that a new plugin always regenerates
     * @param settings further inputs that shape the output (key to value), may be empty
     */
    public static Fingerprint of(byte[] descriptor, Path templateDirectory, Collection<String> generators,
            String pluginVersion, SortedMap<String, String> settings) {
        MessageDigest digest = newDigest();
        field(digest, "infra-fingerprint-1");
        field(digest, descriptor);
        SortedMap<String, Path> templates = templateFiles(templateDirectory);
        field(digest, "templates " + templates.size());
        templates.forEach((name, file) -> {
            field(digest, name);
            field(digest, read(file));
        });
        TreeSet<String> selection = new TreeSet<>(generators);
        field(digest, "generators " + selection.size());
        selection.forEach(id -> field(digest, id));
        field(digest, pluginVersion);
        field(digest, "settings " + settings.size());
        settings.forEach((key, value) -> {
            field(digest, key);
            field(digest, value);
        });
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    /** {@link #of(byte[], Path, Collection, String, SortedMap)} without further settings. */
    public static Fingerprint of(byte[] descriptor, Path templateDirectory, Collection<String> generators,
            String pluginVersion) {
        return of(descriptor, templateDirectory, generators, pluginVersion, new TreeMap<>());
    }

    /** The SHA-256 of {@code bytes} as lower-case hex: the per-file hash of the manifest. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static SortedMap<String, Path> templateFiles(Path directory) {
        SortedMap<String, Path> files = new TreeMap<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> regular = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            for (Path file : regular) {
                files.put(directory.relativize(file).toString().replace('\\', '/'), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list template directory " + directory, e);
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }

    /** Length-prefixed, so that no two different input lists hash the same bytes. */
    private static void field(MessageDigest digest, byte[] bytes) {
        digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static void field(MessageDigest digest, String text) {
        field(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
