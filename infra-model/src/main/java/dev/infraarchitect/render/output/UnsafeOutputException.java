package dev.infraarchitect.render.output;

import java.io.IOException;

/** A write or removal that would reach outside the output directory, e.g. through a symbolic link. */
public final class UnsafeOutputException extends IOException {

    public UnsafeOutputException(String message) {
        super(message);
    }
}
