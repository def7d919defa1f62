package dev.infraarchitect.load;

import dev.infraarchitect.concurrent.SideBySide;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a large YAML descriptor in parts, side by side: the YAML parse is most of a large load and runs on one core
 * otherwise. The parts come from {@link DocumentSplit}; each is read on its own, by {@link SubsetReader} when it is
 * plainly written (almost always) and by {@link TreeReader} otherwise, with its line numbers and depth shifted to
 * the whole, and the trees are joined into the tree a whole read gives. Whenever a part
 * has any problem, or the parts do not join up cleanly, the answer is empty and the caller reads the whole document
 * the usual way, so messages never depend on how the text was cut.
 */
final class PartedReader {

    /** Below this many characters (about 2,500 services) one read costs too little to share out. */
    static final int MIN_CHARS = 1 << 20;

    private final String file;
    private final int runs;

    PartedReader(String file, int runs) {
        this.file = file;
        this.runs = runs;
    }

    /** A reader that uses every processor, for documents of at least {@link #MIN_CHARS}. */
    static Optional<Node> readLarge(String text, String file) {
        int processors = Runtime.getRuntime().availableProcessors();
        if (text.length() < MIN_CHARS || processors < 2) {
            return Optional.empty();
        }
        return new PartedReader(file, processors).read(text);
    }

    /** The whole document's tree, or empty when it must be read as a whole. */
    Optional<Node> read(String text) {
        Optional<DocumentSplit> split = DocumentSplit.of(text, runs);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(split.get().head(), 0));
        split.get().entries().forEach(part -> pieces.add(new Piece(part, 1)));
        pieces.add(new Piece(split.get().tail(), 0));
        List<Read> reads = SideBySide.map(pieces, piece -> read(text, piece));
        if (reads.stream().anyMatch(r -> !r.clean())) {
            return Optional.empty();
        }
        // The head's "services:" has an empty value, a node the whole read does not have.
        long nodes = reads.stream().mapToLong(Read::nodes).sum() - 1;
        if (nodes > LoaderLimits.MAX_NODES) {
            return Optional.empty();
        }
        return join(reads.get(0).root(), reads.subList(1, reads.size() - 1), reads.get(reads.size() - 1).root());
    }

    private record Piece(DocumentSplit.Part part, int depth) {
    }

    /** One part's tree; {@code clean} is false when reading it found any problem. */
    private record Read(Node root, int nodes, boolean clean) {
    }

    private Read read(String text, Piece piece) {
        Problems problems = new Problems(file);
        String partText = piece.part().of(text);
        if (partText.isBlank()) {
            return new Read(null, 0, true);
        }
        SubsetReader plain = new SubsetReader(file, piece.part().firstLine() - 1, piece.depth());
        Node root = plain.read(partText);
        if (root != null) {
            return new Read(root, plain.nodesRead(), true);
        }
        TreeReader reader = new TreeReader(file, problems, piece.part().firstLine() - 1, piece.depth());
        root = reader.read(partText, false);
        return new Read(root, reader.nodesRead(), problems.isEmpty());
    }

    private static Optional<Node> join(Node head, List<Read> entries, Node tail) {
        if (!(head instanceof Node.MapNode headMap)) {
            return Optional.empty();
        }
        Node.Entry services = headMap.entries().get("services");
        if (services == null || !(services.value() instanceof Node.Scalar empty)
                || empty.type() != Node.Scalar.Type.NULL) {
            return Optional.empty();
        }
        Node.MapNode first = null;
        Entries allEntries = new Entries();
        for (Read read : entries) {
            if (!(read.root() instanceof Node.MapNode part)) {
                return Optional.empty();
            }
            first = first == null ? part : first;
            for (Node.Entry entry : part.entries().values()) {
                if (!allEntries.addIfAbsent(entry)) {
                    return Optional.empty(); // a duplicate service: the whole read reports it
                }
            }
        }
        Entries rootEntries = new Entries();
        for (Node.Entry entry : headMap.entries().values()) {
            rootEntries.add(entry != services ? entry : new Node.Entry(services.key(), services.keyLocation(),
                    new Node.MapNode(first.location(), allEntries)));
        }
        if (tail != null) {
            if (!(tail instanceof Node.MapNode tailMap)) {
                return Optional.empty();
            }
            for (Node.Entry entry : tailMap.entries().values()) {
                if (!rootEntries.addIfAbsent(entry)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Node.MapNode(headMap.location(), rootEntries));
    }
}
