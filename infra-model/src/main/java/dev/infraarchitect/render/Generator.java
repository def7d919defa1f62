package dev.infraarchitect.render;

import dev.infraarchitect.analysis.Analysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns an analysis into artifacts. Implementations are stateless and thread-safe; the files they return are
 * sorted by path and the same analysis always gives the same bytes.
 */
public interface Generator {

    /** The id users select it by in {@code generators}: {@code compose}, {@code terraform}, {@code adr}, {@code docs}. */
    String id();

    /** Paths start with the generator's folder ({@code compose/}, {@code terraform/}, ...). */
    List<GeneratedFile> generate(Analysis analysis, Templates templates);

    /**
     * The work of {@link #generate} as pieces that may run side by side, each giving some of its files; together
     * they give exactly its files. By default one piece, {@code generate} itself. A generator whose files fall into
     * independent groups returns a piece per group, so that on a large system it does not hold up the others.
     */
    default List<Supplier<List<GeneratedFile>>> pieces(Analysis analysis, Templates templates) {
        return List.of(() -> generate(analysis, templates));
    }

    /**
     * {@link #pieces(Analysis, Templates)} with the generation's {@link Lookups}, which all its generators share. By
     * default the lookups are not used; a generator that asks them overrides this.
     */
    default List<Supplier<List<GeneratedFile>>> pieces(Analysis analysis, Templates templates, Lookups lookups) {
        return pieces(analysis, templates);
    }

    /** The files of {@code pieces}, made one after the other and sorted by path: a pieced generator's generate. */
    static List<GeneratedFile> serially(List<Supplier<List<GeneratedFile>>> pieces) {
        List<GeneratedFile> files = new ArrayList<>();
        pieces.forEach(piece -> files.addAll(piece.get()));
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }
}
