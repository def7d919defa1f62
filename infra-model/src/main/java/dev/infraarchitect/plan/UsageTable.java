package dev.infraarchitect.plan;

import static dev.infraarchitect.plan.ConsoleText.padLeft;
import static dev.infraarchitect.plan.ConsoleText.padRight;
import static dev.infraarchitect.plan.ConsoleText.shorten;

import dev.infraarchitect.analysis.Usage;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One environment's use of its budget, tiers and hosts as aligned bar rows, in that order (the overall view first):
 * {@code host acc-main memory [##########----------]  30.5Gi / 59Gi    52%}. Only bounded resources are shown (a
 * resource without a limit, or with a zero limit and no use, says nothing); each scope lists at most
 * {@code limit} hosts or tiers.
 */
final class UsageTable {

    private static final int LABEL_WIDTH = 32;
    private static final List<Usage.Scope> ORDER = List.of(Usage.Scope.BUDGET, Usage.Scope.TIER, Usage.Scope.HOST);

    /** The lines, and whether some hosts or tiers were left out. */
    record Rendered(List<String> lines, boolean shortened) {
    }

    private record Row(String label, String resource, String bar, String used, String limit, String percent,
            String over) {
    }

    /** The rows of one scope and the line that says how many were left out, or {@code null}. */
    private record Group(List<Row> rows, String more) {
    }

    private UsageTable() {
    }

    static Rendered render(List<Usage> usages, int limit, String moreSuffix) {
        TreeMap<Usage.Scope, SortedMap<String, List<Usage>>> byScope = new TreeMap<>();
        for (Usage usage : usages) {
            if (usage.limit() == null || usage.limit() == 0 && usage.used() == 0) {
                continue;
            }
            byScope.computeIfAbsent(usage.scope(), s -> new TreeMap<>())
                    .computeIfAbsent(usage.name(), n -> new ArrayList<>()).add(usage);
        }
        List<Group> groups = new ArrayList<>();
        boolean shortened = false;
        for (Usage.Scope scope : ORDER) {
            SortedMap<String, List<Usage>> byName = byScope.getOrDefault(scope, new TreeMap<>());
            List<Row> rows = new ArrayList<>();
            byName.values().stream().limit(limit).forEach(named -> named.stream()
                    .sorted(Comparator.comparing(Usage::resource)).forEach(usage -> rows.add(row(usage))));
            int left = Math.max(0, byName.size() - limit);
            String more = null;
            if (left > 0) {
                more = "  ... and " + left + " more " + scope.name().toLowerCase(Locale.ROOT) + (left == 1 ? "" : "s")
                        + moreSuffix;
                shortened = true;
            }
            groups.add(new Group(rows, more));
        }
        return new Rendered(align(groups), shortened);
    }

    private static List<String> align(List<Group> groups) {
        int labelWidth = 0;
        int resourceWidth = 0;
        int usedWidth = 0;
        int limitWidth = 0;
        for (Group group : groups) {
            for (Row r : group.rows()) {
                labelWidth = Math.max(labelWidth, r.label().length());
                resourceWidth = Math.max(resourceWidth, r.resource().length());
                usedWidth = Math.max(usedWidth, r.used().length());
                limitWidth = Math.max(limitWidth, r.limit().length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (Group group : groups) {
            for (Row r : group.rows()) {
                lines.add("  " + padRight(r.label(), labelWidth) + " " + padRight(r.resource(), resourceWidth) + " "
                        + r.bar() + "  " + padLeft(r.used(), usedWidth) + " / " + padRight(r.limit(), limitWidth)
                        + " " + padLeft(r.percent(), 5) + r.over());
            }
            if (group.more() != null) {
                lines.add(group.more());
            }
        }
        return lines;
    }

    private static Row row(Usage usage) {
        String label = switch (usage.scope()) {
            case BUDGET -> "budget";
            case TIER -> "tier " + usage.name();
            case HOST -> "host " + usage.name();
        };
        Resource resource = usage.resource();
        long used = usage.used();
        long limit = usage.limit();
        boolean cpu = resource == Resource.CPU;
        String over = used > limit
                ? "  over by " + (cpu ? Quantities.formatCores(used - limit) : resource.format(used - limit)) : "";
        return new Row(shorten(label, LABEL_WIDTH), resource.key(), TextBar.bar(used, limit), resource.format(used),
                cpu ? Quantities.formatCores(limit) : resource.format(limit), TextBar.percent(used, limit), over);
    }
}
