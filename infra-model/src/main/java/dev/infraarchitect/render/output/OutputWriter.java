package dev.infraarchitect.render.output;

import dev.infraarchitect.render.GeneratedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Puts one run's files into the output directory and nothing else there: files whose bytes differ are replaced
 * atomically (written to a temporary file beside them, then moved over), identical files are left alone, and files
 * an earlier run wrote (listed in its {@code .infra-manifest}) that this run no longer generates are removed, with
 * directories those removals leave empty. Files the plugin never wrote are never touched. No path may leave the
 * directory, not even through a symbolic link. A writer made for a descriptor records it, and refuses a directory
 * that holds another descriptor's output, which it would otherwise prune.
 *
 * <p>All new contents are staged in temporary files before the first one replaces anything, so a failure while
 * staging leaves the previous output as it was. The manifest is written last, with the run's {@link Fingerprint},
 * so that {@link #isUpToDate(Fingerprint)} can tell the next run that nothing needs generating.
 */
public final class OutputWriter {

    /** The manifest's file name inside the output directory. */
    public static final String MANIFEST = Manifest.FILE_NAME;

    private final Path directory;
    private final DescriptorPath descriptor;

    /** A writer for output that belongs to no descriptor file: it records none and accepts any previous run's. */
    public OutputWriter(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.descriptor = null;
    }

    /**
     * A writer for the output generated from {@code descriptor}, which it records in the manifest. Generating into a
     * directory whose manifest names another descriptor that still exists fails with
     * {@link SharedOutputDirectoryException}: the two would remove each other's files on every build. A manifest
     * that names none (written by an earlier version) or a descriptor that is gone (renamed) is taken over.
     */
    public OutputWriter(Path directory, Path descriptor) {
        this.directory = directory.toAbsolutePath().normalize();
        this.descriptor = DescriptorPath.of(this.directory, descriptor.toAbsolutePath().normalize());
    }

    public Path directory() {
        return directory;
    }

    /** What {@link #write} would change, without writing anything: the answer to "what would generate do". */
    public OutputChanges changes(List<GeneratedFile> files) throws IOException {
        return plan(files).changes();
    }

    /**
     * Applies {@code files} as the complete output of this run and records them with {@code fingerprint}
     * ({@code null}: the next run is never up to date). Returns what changed.
     *
     * @throws UnsafeOutputException when a path would lead outside the directory; nothing has been written then
     * @throws SharedOutputDirectoryException when the directory holds another descriptor's output; nothing has been
     *         written then
     * @throws IllegalArgumentException when two files share a path or one file's path is another's folder
     */
    public OutputChanges write(List<GeneratedFile> files, Fingerprint fingerprint) throws IOException {
        OutputPaths.checkNotRedirected(directory);
        Files.createDirectories(directory);
        try (OutputLock lock = OutputLock.acquire(directory)) {
            return writeLocked(files, fingerprint);
        }
    }

    private OutputChanges writeLocked(List<GeneratedFile> files, Fingerprint fingerprint) throws IOException {
        Plan plan = plan(files);
        List<Path[]> staged = new ArrayList<>();
        try {
            for (String path : sorted(plan.changes().added(), plan.changes().changed())) {
                Path target = plan.targets().get(path);
                Files.createDirectories(target.getParent());
                Path temp = stage(target, plan.contents().get(path));
                staged.add(new Path[] {temp, target});
            }
        } catch (IOException | RuntimeException e) {
            for (Path[] pair : staged) {
                Files.deleteIfExists(pair[0]);
            }
            throw e;
        }
        for (Path[] pair : staged) {
            move(pair[0], pair[1]);
        }
        for (String path : plan.changes().removed()) {
            Path target = plan.targets().get(path);
            Files.deleteIfExists(target);
            pruneEmptyParents(target.getParent());
        }
        SortedMap<String, Long> sizes = new TreeMap<>();
        plan.contents().forEach((path, file) -> sizes.put(path, (long) file.size()));
        byte[] manifest = new Manifest(fingerprint, descriptor, sizes).toBytes();
        // Always rewritten, even with the same bytes: isUpToDate relies on no listed file being newer than it.
        Path manifestFile = directory.resolve(MANIFEST);
        move(stage(manifestFile, out -> out.write(manifest)), manifestFile);
        return plan.changes();
    }

    /**
     * Writes one report beside the generated files ({@code plan.json}, {@code infra.sarif}): atomically, only when
     * its bytes differ, never through a link that leads out of the directory, and outside the manifest, so that
     * generation neither lists nor removes it.
     */
    public void writeReport(GeneratedFile report) throws IOException {
        OutputPaths.checkNotRedirected(directory);
        Files.createDirectories(directory);
        Path target = resolve(directory.toRealPath(), report.path());
        Files.createDirectories(target.getParent());
        if (!sameBytes(target, report)) {
            move(stage(target, report::writeTo), target);
        }
    }

    /**
     * Whether the last run had this fingerprint and this writer's descriptor, and every file it wrote is still there,
     * untouched: the size it wrote and not modified after the manifest, which is written last. Only file attributes
     * are read, never contents, so an unchanged build costs a directory walk (like make, an edit that keeps the size
     * within the file system's timestamp granularity of the last run goes unnoticed). Any doubt (no manifest, a
     * corrupt one, one naming no or another descriptor, a missing, resized or newer file) answers {@code false};
     * this never throws.
     */
    public boolean isUpToDate(Fingerprint fingerprint) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        Optional<Manifest> manifest = Manifest.read(directory);
        if (manifest.isEmpty() || !fingerprint.equals(manifest.get().fingerprint())) {
            return false;
        }
        if (descriptor != null && !descriptor.equals(manifest.get().descriptor())) {
            return false; // another descriptor's output (write refuses it), or one that does not name its descriptor yet
        }
        try {
            Path root = directory.toRealPath();
            FileTime written = Files.getLastModifiedTime(root.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS);
            for (Map.Entry<String, Long> entry : manifest.get().files().entrySet()) {
                Path file = resolve(root, entry.getKey());
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile() || attributes.size() != entry.getValue()
                        || attributes.lastModifiedTime().compareTo(written) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private record Plan(OutputChanges changes, SortedMap<String, Path> targets,
            SortedMap<String, GeneratedFile> contents) {
    }

    private Plan plan(List<GeneratedFile> files) throws IOException {
        SortedMap<String, GeneratedFile> contents = new TreeMap<>();
        for (GeneratedFile file : files) {
            if (contents.put(file.path(), file) != null) {
                throw new IllegalArgumentException("two generated files share the path " + file.path());
            }
        }
        for (String path : contents.keySet()) {
            String folder = contents.tailMap(path + "/").keySet().stream().findFirst().orElse("");
            if (folder.startsWith(path + "/")) {
                throw new IllegalArgumentException("generated file " + path + " is also the folder of " + folder);
            }
        }
        OutputPaths.checkNotRedirected(directory);
        Optional<Manifest> previous = Files.isDirectory(directory) ? Manifest.read(directory) : Optional.empty();
        if (previous.isPresent()) {
            checkSameDescriptor(previous.get());
        }
        Path root = Files.exists(directory) ? directory.toRealPath() : directory;
        SortedMap<String, Path> targets = new TreeMap<>();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, GeneratedFile> entry : contents.entrySet()) {
            Path target = resolve(root, entry.getKey());
            targets.put(entry.getKey(), target);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                added.add(entry.getKey());
            } else if (Files.isDirectory(target)) {
                throw new IOException("cannot write " + target + ": a directory is in the way");
            } else if (sameBytes(target, entry.getValue())) {
                unchanged.add(entry.getKey());
            } else {
                changed.add(entry.getKey());
            }
        }
        List<String> removed = new ArrayList<>();
        OutputPaths.Removable removable = new OutputPaths.Removable(contents.keySet());
        for (String path : previous.map(m -> m.files().keySet()).orElse(Set.of())) {
            if (contents.containsKey(path) || !removable.test(path)) {
                continue;
            }
            Path target;
            try {
                target = resolve(root, path);
            } catch (UnsafeOutputException e) {
                continue; // never delete through a link that leads out of the directory
            }
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                targets.put(path, target);
                removed.add(path);
            }
        }
        return new Plan(new OutputChanges(added, changed, removed, unchanged), targets, contents);
    }

    /**
     * Refuses to take over the output of another descriptor: one run of each would remove the other's files as
     * stale. Only the manifest's own line is compared; the file system is asked only whether a differing descriptor
     * still exists.
     */
    private void checkSameDescriptor(Manifest previous) throws SharedOutputDirectoryException {
        DescriptorPath owner = previous.descriptor();
        if (descriptor == null || owner == null || owner.equals(descriptor)) {
            return;
        }
        Path ownerFile = owner.resolveAgainst(directory);
        if (Files.exists(ownerFile)) {
            throw new SharedOutputDirectoryException(directory, ownerFile, descriptor.resolveAgainst(directory));
        }
    }

    /**
     * {@code root} joined with {@code relative}, refusing any symbolic link on the way (the file itself included)
     * whose real location is outside {@code root}.
     */
    private static Path resolve(Path root, String relative) throws IOException {
        Path current = root;
        for (String segment : relative.split("/")) {
            current = current.resolve(segment);
            if (!current.normalize().startsWith(root)) {
                throw new UnsafeOutputException(relative + " leads outside the output directory " + root);
            }
            if (OutputPaths.isRedirect(current)) {
                Path real;
                try {
                    real = current.toRealPath();
                } catch (NoSuchFileException e) {
                    throw new UnsafeOutputException(relative + " passes a dangling symbolic link at " + current);
                }
                if (!real.startsWith(root)) {
                    throw new UnsafeOutputException(relative + " leads outside the output directory " + root
                            + " through the symbolic link " + current);
                }
            }
        }
        return current;
    }

    private static Path stage(Path target, GeneratedFile file) throws IOException {
        return stage(target, file::writeTo);
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path stage(Path target, Content content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void pruneEmptyParents(Path folder) throws IOException {
        Path root = directory.toRealPath();
        Path current = folder;
        while (current != null && current.startsWith(root) && !current.equals(root)) {
            try {
                Files.deleteIfExists(current);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            current = current.getParent();
        }
    }

    private static boolean sameBytes(Path file, GeneratedFile content) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == content.size()
                && content.hasContent(Files.readAllBytes(file));
    }

    private static SortedSet<String> sorted(List<String> a, List<String> b) {
        SortedSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
