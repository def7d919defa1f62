package dev.infraarchitect.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects what the import does not carry as written, each at the Compose node it concerns. */
final class Notes {

    private final String file;
    private final List<ImportNote> notes = new ArrayList<>();

    Notes(String file) {
        this.file = file;
    }

    void add(Node at, String path, String message) {
        Mark mark = at.getStartMark();
        notes.add(new ImportNote(file, mark.getLine() + 1, mark.getColumn() + 1, path, message));
    }

    /** A setting the descriptor has no field for. */
    void notCarried(Node at, String path, String why) {
        add(at, path, "not carried: " + why);
    }

    /** In file order; notes at one place keep the order they were made. */
    List<ImportNote> sorted() {
        List<ImportNote> out = new ArrayList<>(notes);
        out.sort(Comparator.comparingInt(ImportNote::line).thenComparingInt(ImportNote::column));
        return out;
    }
}
