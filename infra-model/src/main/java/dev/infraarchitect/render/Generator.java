package dev.infraarchitect.render;

import java.util.List;

/**
 * Turns an analysis into artifacts. Implementations are stateless and thread-safe; the files they return are
 * sorted by path and the same context always gives the same bytes.
 */
public interface Generator {

    /** The id users select it by in {@code generators}: {@code compose}, {@code terraform}, {@code adr}, {@code docs}. */
    String id();

    /** Paths start with the generator's folder ({@code compose/}, {@code terraform/}, ...). */
    List<GeneratedFile> generate(GenerationContext context);
}
