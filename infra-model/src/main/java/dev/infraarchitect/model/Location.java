package dev.infraarchitect.model;

/**
 * A place in a descriptor file: the file as the user knows it (never an absolute machine path unless the user
 * gave one), and 1-based line and column. Line 0 means "the file as a whole".
 */
public record Location(String file, int line, int column) {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    @Override
    public String toString() {
        return hasPosition() ? file + ":" + line + ":" + column : file;
    }
}
