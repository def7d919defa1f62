package dev.infraarchitect.load;

import dev.infraarchitect.model.Interpolation;
import dev.infraarchitect.model.Suggestions;
import dev.infraarchitect.model.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every interpolation reference in the services' text against the declared {@code variables}: Compose would
 * substitute an undeclared one with an empty string (or stop), so it is a located error with the nearest declared
 * name. A {@code ${...}} that is not a reference is an error too, as Compose rejects it. Descriptions never reach a
 * runtime and are not checked.
 */
final class InterpolationCheck {

    private final Map<String, Variable> variables;
    private final Problems problems;

    InterpolationCheck(Map<String, Variable> variables, Problems problems) {
        this.variables = variables;
        this.problems = problems;
    }

    void check(Node services) {
        if (services instanceof Node.MapNode map) {
            for (Node.Entry service : map.entries().values()) {
                path.clear();
                path.add(service.key());
                walk(service.value());
            }
        }
    }

    /**
     * The path being walked below {@code services}: keys, and the indices of list items. It becomes text only for a
     * message, as most text holds no {@code $}.
     */
    private final List<Object> path = new ArrayList<>();

    private void walk(Node node) {
        if (node instanceof Node.MapNode map) {
            for (Node.Entry entry : map.entries().values()) {
                if (!entry.key().equals("description")) {
                    path.add(entry.key());
                    walk(entry.value());
                    path.remove(path.size() - 1);
                }
            }
        } else if (node instanceof Node.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                path.add(i);
                walk(list.items().get(i));
                path.remove(path.size() - 1);
            }
        } else if (node instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.STRING
                && Interpolation.mayReference(scalar.text())) {
            check(scalar, pathText());
        }
    }

    private String pathText() {
        StringBuilder text = new StringBuilder("services");
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append('.').append(segment);
            }
        }
        return text.toString();
    }

    private void check(Node.Scalar scalar, String path) {
        for (Interpolation.Malformed bad : Interpolation.malformed(scalar.text())) {
            problems.add(scalar.location(), path + " has '" + bad.text() + "', which Compose cannot interpolate:"
                    + " write ${NAME}, ${NAME:-default} or ${NAME:?message} for a variable, or $$ for a literal $");
        }
        for (Interpolation.Reference reference : Interpolation.references(scalar.text())) {
            if (!variables.containsKey(reference.name())) {
                problems.add(scalar.location(), path + " references ${" + reference.name() + "}, which is not"
                        + " declared under 'variables'" + Suggestions.didYouMean(reference.name(), variables.keySet())
                        + "; declare it (variables: { " + reference.name() + ": { description: ... } }) or write"
                        + " $$ for a literal $");
            }
        }
    }
}
