package dev.infraarchitect.render.output;

import dev.infraarchitect.render.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: times the up-to-date check and an unchanged rewrite over many files. Run with
 * {@code java -cp target/classes:target/test-classes dev.infraarchitect.render.output.OutputWriterBenchmark [files] [kib]}.
 */
public final class OutputWriterBenchmark {

    private OutputWriterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int kib = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path out = Files.createTempDirectory("infra-bench");
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(GeneratedFile.text("dir" + i % 20 + "/file" + i + ".md", ("line " + i + "\n").repeat(kib * 100)));
        }
        Fingerprint fingerprint = Fingerprint.of("project: bench\n".getBytes(), null, List.of("docs"), "bench");
        OutputWriter writer = new OutputWriter(out);
        long start = System.nanoTime();
        writer.write(files, fingerprint);
        long firstWrite = System.nanoTime() - start;
        boolean upToDate = false;
        for (int i = 0; i < 20; i++) {
            upToDate = writer.isUpToDate(fingerprint); // warm-up
        }
        long written = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            upToDate = writer.isUpToDate(fingerprint);
        }
        long checked = System.nanoTime();
        OutputChanges again = writer.write(files, fingerprint);
        long rewritten = System.nanoTime();
        writer.write(List.of(), null);
        Files.delete(out.resolve(OutputWriter.MANIFEST));
        Files.delete(out);
        System.out.printf("%d files of ~%d KiB: first write %d ms, warm isUpToDate %.1f ms (%s), unchanged write %d ms (%s)%n",
                count, kib, firstWrite / 1_000_000, (checked - written) / 10 / 1e6, upToDate,
                (rewritten - checked) / 1_000_000, again.summary());
    }
}
