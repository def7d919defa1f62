package dev.infraarchitect.render.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Generation into an output directory whose files were generated from another descriptor: two executions (two
 * modules, or two executions of one pom) configured with the same {@code outputDirectory} would remove each other's
 * files as stale on every build. Nothing has been written when this is thrown.
 */
public final class SharedOutputDirectoryException extends IOException {

    SharedOutputDirectoryException(Path directory, Path owner, Path descriptor) {
        super("the output directory " + directory + " holds the files generated from " + owner
                + ", not from " + descriptor + "; executions that share one output directory remove each other's"
                + " files, so give each module or execution its own outputDirectory");
    }
}
