package dev.infraarchitect.render.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Generation into an output directory whose files were generated from another descriptor: two executions (two
 * modules, or two executions of one pom) configured with the same {@code outputDirectory} would remove each other's
 * files as stale on every build. Nothing has been written when this is thrown. The message names the paths in full;
 * {@link #message(Function)} names them as the caller shows paths.
 */
public final class SharedOutputDirectoryException extends IOException {

    private final Path directory;
    private final Path owner;
    private final Path descriptor;

    SharedOutputDirectoryException(Path directory, Path owner, Path descriptor) {
        super(message(directory, owner, descriptor, Path::toString));
        this.directory = directory;
        this.owner = owner;
        this.descriptor = descriptor;
    }

    /** The message, with each path as {@code show} writes it (e.g. relative to the project). */
    public String message(Function<Path, String> show) {
        return message(directory, owner, descriptor, show);
    }

    private static String message(Path directory, Path owner, Path descriptor, Function<Path, String> show) {
        return "the output directory " + show.apply(directory) + " holds the files generated from "
                + show.apply(owner) + ", not from " + show.apply(descriptor) + "; executions that share one output"
                + " directory remove each other's files, so give each module or execution its own outputDirectory";
    }
}
