package dev.infraarchitect.render.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@value #FILE_NAME} in the output directory while a generation writes into it. Two
 * executions that share one output directory (two modules of a parallel build configured alike, two goals at once)
 * would otherwise stage, replace and prune each other's files; the second one fails with a message instead. The
 * lock is the operating system's, so it is released when the process ends, however it ends.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE_NAME = ".infra-lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another execution in this JVM
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new ConcurrentOutputException("another execution is writing to the output directory " + directory
                    + " at the same time; give each module or execution its own outputDirectory");
        }
        return new OutputLock(file, channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            // removed while still held, so that no output directory keeps a stray file; one that opens it in
            // between finds it locked and fails like any other concurrent execution
            java.nio.file.Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind: harmless, the next run locks it again
        }
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Thrown when the output directory is locked by another execution. */
    static final class ConcurrentOutputException extends IOException {

        ConcurrentOutputException(String message) {
            super(message);
        }
    }
}
