package dev.infraarchitect.render.adr;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Decision;
import dev.infraarchitect.model.DecisionStatus;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Generator;
import dev.infraarchitect.render.Templates;
import dev.infraarchitect.render.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Architecture decision records in the style of adr-tools: {@code adr/NNNN-title-slug.md} per decision and an index
 * {@code adr/README.md}. A decision superseded by a later one shows the effective status "Superseded by", and the
 * later one links back with "Supersedes". The pages and their built-in layouts are {@link DecisionPage} and
 * {@link DecisionIndex}; override templates {@code adr/decision.md.ftl} and {@code adr/index.md.ftl} replace them.
 */
public final class AdrGenerator implements Generator {

    public static final String ID = "adr";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<GeneratedFile> generate(GenerationContext context) {
        Analysis analysis = context.analysis();
        Templates templates = context.templates();
        List<Decision> decisions = analysis.descriptor().decisions();
        Map<Integer, Decision> byNumber = new TreeMap<>();
        for (Decision decision : decisions) {
            byNumber.put(decision.number(), decision);
        }
        Map<Integer, List<Decision>> supersededBy = new TreeMap<>();
        for (Decision decision : decisions) {
            if (supersedesKnown(decision, byNumber)) {
                supersededBy.computeIfAbsent(decision.supersedes(), n -> new ArrayList<>()).add(decision);
            }
        }

        List<GeneratedFile> files = new ArrayList<>();
        List<DecisionIndex.Row> index = new ArrayList<>();
        for (Decision decision : byNumber.values()) {
            List<Decision> successors = supersededBy.getOrDefault(decision.number(), List.of());
            Decision predecessor = supersedesKnown(decision, byNumber) ? byNumber.get(decision.supersedes()) : null;
            String status = successors.isEmpty() ? decision.status().title() : DecisionStatus.SUPERSEDED.title();
            String number = Integer.toString(decision.number());

            DecisionPage page = new DecisionPage(number, Markdown.inline(decision.title()),
                    decision.date().toString(), status, successors.stream().map(AdrGenerator::link).toList(),
                    predecessor == null ? List.of() : List.of(link(predecessor)), prose(decision.context()),
                    prose(decision.decision()), items(decision.positiveConsequences()),
                    items(decision.negativeConsequences()), items(decision.alternatives()),
                    prose(decision.implementationNotes()), items(decision.services()));
            files.add(templates.file(ID + "/" + fileName(decision), "adr/decision.md.ftl", page,
                    DecisionPage::markdown));
            index.add(new DecisionIndex.Row(number,
                    "[" + Markdown.cell(Markdown.linkText(decision.title())) + "](" + fileName(decision) + ")",
                    Markdown.cell(status), decision.date().toString()));
        }
        files.add(templates.file(ID + "/README.md", "adr/index.md.ftl",
                new DecisionIndex(Markdown.inline(analysis.descriptor().project()), index), DecisionIndex::markdown));
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return List.copyOf(files);
    }

    /** {@code 0007-use-postgres.md}: four-digit number, then the title's slug. */
    public static String fileName(Decision decision) {
        return String.format("%04d-%s.md", decision.number(), Markdown.slug(decision.title(), "decision"));
    }

    private static boolean supersedesKnown(Decision decision, Map<Integer, Decision> byNumber) {
        Integer target = decision.supersedes();
        return target != null && target != decision.number() && byNumber.containsKey(target);
    }

    private static String link(Decision decision) {
        return "[" + decision.number() + ". " + Markdown.linkText(decision.title()) + "](" + fileName(decision) + ")";
    }

    private static String prose(String text) {
        return text == null || text.isBlank() ? "" : text.strip();
    }

    private static List<String> items(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(Markdown::inline).toList();
    }
}
