package dev.infraarchitect.render.adr;

import java.util.List;

/**
 * One decision record, {@code adr/NNNN-title-slug.md}: the variables of the template {@code adr/decision.md.ftl} and
 * the built-in layout. Every value is Markdown, escaped where the page's structure needs it; a field the descriptor
 * leaves out is an empty string or list.
 *
 * @param supersededBy        links to the decisions that replace this one; when there are any, {@code status} is
 *                            "Superseded"
 * @param supersedes          a link to the decision this one replaces, or none
 * @param positive            the positive consequences, one item each
 * @param negative            the negative consequences, one item each
 */
public record DecisionPage(String number, String title, String date, String status, List<String> supersededBy,
        List<String> supersedes, String context, String decision, List<String> positive, List<String> negative,
        List<String> alternatives, String implementationNotes, List<String> services) {

    public DecisionPage {
        supersededBy = List.copyOf(supersededBy);
        supersedes = List.copyOf(supersedes);
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
        alternatives = List.copyOf(alternatives);
        services = List.copyOf(services);
    }

    /** The built-in layout, in the style of adr-tools. */
    public static String markdown(DecisionPage page) {
        StringBuilder out = new StringBuilder(1024);
        out.append("# ").append(page.number).append(". ").append(page.title).append("\n\n");
        out.append("Date: ").append(page.date).append("\n\n");
        out.append("## Status\n\n");
        if (page.supersededBy.isEmpty()) {
            out.append(page.status).append('\n');
        } else {
            out.append("Superseded by ").append(String.join("\n\nSuperseded by ", page.supersededBy)).append('\n');
        }
        for (String link : page.supersedes) {
            out.append("\nSupersedes ").append(link).append('\n');
        }
        section(out, "Context", page.context);
        section(out, "Decision", page.decision);
        out.append("\n## Consequences\n\n");
        if (page.positive.isEmpty() && page.negative.isEmpty()) {
            out.append("Not recorded.\n");
        }
        if (!page.positive.isEmpty()) {
            items(out.append("### Positive\n\n"), page.positive);
        }
        if (!page.negative.isEmpty()) {
            items(out.append(page.positive.isEmpty() ? "" : "\n").append("### Negative\n\n"), page.negative);
        }
        if (!page.alternatives.isEmpty()) {
            items(out.append("\n## Alternatives\n\n"), page.alternatives);
        }
        if (!page.implementationNotes.isEmpty()) {
            out.append("\n## Implementation Notes\n\n").append(page.implementationNotes).append('\n');
        }
        if (!page.services.isEmpty()) {
            items(out.append("\n## Services\n\n"), page.services);
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, String text) {
        out.append("\n## ").append(heading).append("\n\n").append(text.isEmpty() ? "Not recorded." : text).append('\n');
    }

    private static void items(StringBuilder out, List<String> items) {
        for (String item : items) {
            out.append("- ").append(item).append('\n');
        }
    }
}
