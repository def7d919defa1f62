package dev.infraarchitect.render.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The checks that keep the output writer inside its directory and away from files it did not write. */
final class OutputPaths {

    /** Files beside the generated ones that no manifest may name for removal. */
    private static final Set<String> NEVER_REMOVED = Set.of("plan.json", "infra.sarif", Manifest.FILE_NAME,
            OutputLock.FILE_NAME);

    private OutputPaths() {
    }

    /**
     * Whether {@code path} exists and leads elsewhere: a symbolic link, or a Windows junction or other reparse
     * point (which Java reports as "other"). Its real path must then be checked; a plain file or folder need not be.
     */
    static boolean isRedirect(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.FileSystemException e) {
            return false; // nothing there to follow (or a file where a folder is needed, which the writer reports)
        }
        return attributes.isSymbolicLink() || attributes.isOther();
    }

    /**
     * Refuses an output directory that is itself a link or junction: whatever it points to would be written and
     * pruned as if it were the output directory.
     */
    static void checkNotRedirected(Path directory) throws IOException {
        if (isRedirect(directory)) {
            throw new UnsafeOutputException("the output directory " + directory + " is a symbolic link or junction;"
                    + " configure a real directory (its target would be written into and pruned)");
        }
    }

    /**
     * Which files a previous run's manifest may name for removal. The manifest is only a hint (it may be stale or
     * edited): a listed file is removed only when it lies in a folder of the plugin's own (one a generator writes:
     * {@code compose/}, {@code terraform/}, ..., or one this run writes into), is no report,
     * and does not differ only in case from a file this run writes, which on a case-insensitive file system
     * (Windows, macOS) is the same file, freshly written. Case is ignored everywhere, which on a case-sensitive file
     * system at worst leaves one stale file.
     */
    static final class Removable implements Predicate<String> {

        private final Set<String> folders = new HashSet<>();
        private final Set<String> written = new HashSet<>();

        Removable(Set<String> paths) {
            folders.addAll(dev.infraarchitect.render.Generators.ids());
            for (String path : paths) {
                int slash = path.indexOf('/');
                if (slash > 0) {
                    folders.add(path.substring(0, slash));
                }
                written.add(path.toLowerCase(Locale.ROOT));
            }
        }

        @Override
        public boolean test(String path) {
            int slash = path.indexOf('/');
            return slash > 0 && folders.contains(path.substring(0, slash)) && !NEVER_REMOVED.contains(path)
                    && !written.contains(path.toLowerCase(Locale.ROOT));
        }
    }
}
