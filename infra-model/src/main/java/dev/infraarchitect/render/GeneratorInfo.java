package dev.infraarchitect.render;

import java.util.List;

/**
 * What users need to know about one generator before selecting it.
 *
 * @param id            what {@code generators} selects it by
 * @param description   one line on what it writes, without a full stop
 * @param byDefault     whether it runs when {@code generators} is not set; the others are opt-in
 * @param conflictsWith the id of a generator that writes the same files and cannot be selected with it, or null
 * @param templates     the names of the override templates that replace its built-in layouts
 */
public record GeneratorInfo(String id, String description, boolean byDefault, String conflictsWith,
        List<String> templates) {

    public GeneratorInfo {
        templates = List.copyOf(templates);
    }
}
