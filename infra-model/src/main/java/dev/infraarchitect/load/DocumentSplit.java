package dev.infraarchitect.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a large block-style YAML descriptor can be cut into parts that parse on their own, so that the parts can be
 * parsed side by side: the head (everything up to and including the {@code services:} line), the entries of
 * {@code services} in a few runs of whole entries, and the tail (from the next top-level key on).
 *
 * <p>A cut is made only before a line that starts a service entry: a key at exactly the indentation of the first
 * entry, inside the top-level {@code services} block. YAML ends every block scalar, plain or quoted multi-line
 * scalar and nested block at such a line, so each part means on its own what it means in the whole; the one
 * construct that can span it, a multi-line flow collection, leaves an unclosed bracket in its part, which then fails
 * to parse. Callers therefore use the parts only when every part parses cleanly and fall back to reading the whole
 * document otherwise, which also gives the exact messages of a whole read. Anything unusual (tabs in indentation,
 * directives or document markers, a second {@code services:}, flow style at the top) means no split.
 *
 * @param head     the text before the first entry, ending with the {@code services:} line
 * @param entries  runs of whole service entries, in document order, never empty
 * @param tail     the top-level keys after {@code services}, possibly empty
 */
record DocumentSplit(Part head, List<Part> entries, Part tail) {

    /** {@code [start, end)} of the text; {@code firstLine} is the 1-based line number of {@code start}. */
    record Part(int start, int end, int firstLine) {

        String of(String text) {
            return text.substring(start, end);
        }
    }

    private static final String SERVICES = "services:";

    /**
     * Cuts {@code text} into a head, at most {@code runs} runs of entries of about equal size, and a tail; empty when
     * the document is not plainly shaped enough, or has fewer entries than {@code runs}.
     */
    static Optional<DocumentSplit> of(String text, int runs) {
        Lines lines = new Lines(text);
        int servicesLine = -1;
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            int end = lines.end(i);
            if (isMarkerOrDirective(text, start, end)) {
                return Optional.empty();
            }
            if (indentation(text, start, end) == 0 && isServicesKey(text, start, end)) {
                if (servicesLine >= 0) {
                    return Optional.empty(); // a duplicate key: the whole read reports it
                }
                servicesLine = i;
            }
        }
        if (servicesLine < 0) {
            return Optional.empty();
        }
        int entryIndentation = -1;
        List<Integer> entryLines = new ArrayList<>();
        int tailLine = lines.count();
        for (int i = servicesLine + 1; i < lines.count(); i++) {
            int start = lines.start(i);
            int end = lines.end(i);
            int indentation = indentation(text, start, end);
            if (indentation < 0) {
                return Optional.empty(); // a tab in the indentation
            }
            if (indentation == end - start || text.charAt(start + indentation) == '#') {
                continue; // blank or comment only: belongs to the run it is in
            }
            if (indentation == 0) {
                tailLine = i;
                break;
            }
            if (entryIndentation < 0) {
                entryIndentation = indentation;
            }
            if (indentation < entryIndentation) {
                return Optional.empty();
            }
            if (indentation == entryIndentation) {
                char first = text.charAt(start + indentation);
                if (first == '-' || first == '?' || first == '{' || first == '[' || first == ':') {
                    return Optional.empty(); // a list, complex key or flow node where a plain key was expected
                }
                entryLines.add(i);
            }
        }
        if (entryLines.size() < Math.max(runs, 1)) {
            return Optional.empty();
        }
        int entriesStart = lines.next(servicesLine);
        int entriesEnd = tailLine < lines.count() ? lines.start(tailLine) : text.length();
        Part head = new Part(0, entriesStart, 1);
        List<Part> parts = new ArrayList<>();
        int partStart = entriesStart;
        int partFirstLine = servicesLine + 2;
        int entry = 1; // the first run starts at entriesStart, taking the comments before the first entry
        for (int run = 1; run < runs; run++) {
            int target = entriesStart + (int) ((long) (entriesEnd - entriesStart) * run / runs);
            while (entry < entryLines.size() - (runs - run) && lines.start(entryLines.get(entry)) < target) {
                entry++;
            }
            int cutLine = entryLines.get(entry);
            parts.add(new Part(partStart, lines.start(cutLine), partFirstLine));
            partStart = lines.start(cutLine);
            partFirstLine = cutLine + 1;
            entry++;
        }
        parts.add(new Part(partStart, entriesEnd, partFirstLine));
        Part tail = new Part(entriesEnd, text.length(), tailLine + 1);
        return Optional.of(new DocumentSplit(head, List.copyOf(parts), tail));
    }

    /** Where each line starts: one int per line, since a large descriptor has a million of them. */
    private static final class Lines {

        private final String text;
        private int[] starts = new int[1024];
        private int count;

        Lines(String text) {
            this.text = text;
            for (int start = 0; start < text.length(); ) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = start;
                int newline = text.indexOf('\n', start);
                start = newline < 0 ? text.length() : newline + 1;
            }
        }

        int count() {
            return count;
        }

        int start(int line) {
            return starts[line];
        }

        /** The start of the next line (or the end of the text). */
        int next(int line) {
            return line + 1 < count ? starts[line + 1] : text.length();
        }

        /** Where the line's content ends, before its line break. */
        int end(int line) {
            int end = next(line);
            if (end > starts[line] && text.charAt(end - 1) == '\n') {
                end--;
            }
            if (end > starts[line] && text.charAt(end - 1) == '\r') {
                end--;
            }
            return end;
        }
    }

    /** Leading spaces, or -1 when the indentation holds a tab. */
    private static int indentation(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i < end && text.charAt(i) == '\t' ? -1 : i - start;
    }

    private static boolean isMarkerOrDirective(String text, int start, int end) {
        return text.startsWith("---", start) || text.startsWith("...", start)
                || (end > start && text.charAt(start) == '%');
    }

    /** {@code services:} alone on its line, or followed by blanks and a comment. */
    private static boolean isServicesKey(String text, int start, int end) {
        if (!text.startsWith(SERVICES, start)) {
            return false;
        }
        int i = start + SERVICES.length();
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i == end || (text.charAt(i) == '#' && i > start + SERVICES.length());
    }
}
