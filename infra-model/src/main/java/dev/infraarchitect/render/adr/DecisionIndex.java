package dev.infraarchitect.render.adr;

import dev.infraarchitect.render.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;

/**
 * The index of the decision records, {@code adr/README.md}: the variables of the template {@code adr/index.md.ftl}
 * and the built-in layout, a table of every decision in number order.
 *
 * @param project   the project's name, escaped for Markdown
 * @param decisions one row per decision, each cell escaped for a table
 */
public record DecisionIndex(String project, List<Row> decisions) {

    public DecisionIndex {
        decisions = List.copyOf(decisions);
    }

    /**
     * @param link   the title, linked to the decision's file
     * @param status the effective status: "Superseded" when a later decision replaces it
     */
    public record Row(String number, String link, String status, String date) {
    }

    /** The built-in layout. */
    public static String markdown(DecisionIndex index) {
        StringBuilder out = new StringBuilder(256);
        out.append("# Architecture decisions: ").append(index.project).append("\n\n");
        if (index.decisions.isEmpty()) {
            return out.append("No decisions recorded.\n").toString();
        }
        List<List<String>> rows = new ArrayList<>(index.decisions.size());
        for (Row row : index.decisions) {
            rows.add(List.of(row.number, row.link, row.status, row.date));
        }
        Markdown.table(out, List.of("Number", "Title", "Status", "Date"), rows);
        return out.toString();
    }
}
