package dev.infraarchitect.plan;

import static dev.infraarchitect.plan.ConsoleText.count;
import static dev.infraarchitect.plan.ConsoleText.padRight;
import static dev.infraarchitect.plan.ConsoleText.shorten;
import static dev.infraarchitect.plan.ConsoleText.words;
import static dev.infraarchitect.plan.ConsoleText.wrap;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.EnvironmentPlan;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Service;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as console lines for {@code infra:plan}: order, critical path, placement, each environment's use of
 * hosts, tiers and budgets as bars, its cost, every finding and, optionally, what generate would change. Plain ASCII
 * and at most {@value #MAX_WIDTH} characters a line (a single word longer than that excepted), so any terminal and
 * CI log shows it. Long sections stop after {@code sectionLimit} entries with {@code ... and N more}: the whole
 * plan is in plan.json. Immutable and thread-safe.
 */
public final class PlanReport {

    public static final int DEFAULT_SECTION_LIMIT = 50;
    public static final int MAX_WIDTH = 120;

    private static final int NAME_WIDTH = 50;
    private static final String MORE = " (see plan.json)";

    private final int sectionLimit;

    public PlanReport() {
        this(DEFAULT_SECTION_LIMIT);
    }

    /** @param sectionLimit how many entries (phases, names, services, hosts, findings...) a section shows at most */
    public PlanReport(int sectionLimit) {
        if (sectionLimit < 1) {
            throw new IllegalArgumentException("sectionLimit must be at least 1, got " + sectionLimit);
        }
        this.sectionLimit = sectionLimit;
    }

    public List<String> render(Analysis analysis) {
        return render(analysis, null);
    }

    /** @param pending what generate would change, or {@code null} to leave that section out */
    public List<String> render(Analysis analysis, PendingChanges pending) {
        Writer out = new Writer();
        header(out, analysis.descriptor(), analysis.environments().size());
        order(out, analysis.descriptor(), analysis.order());
        placement(out, analysis);
        for (EnvironmentPlan environment : analysis.environments().values()) {
            environment(out, environment, analysis.descriptor().currency());
        }
        findings(out, analysis.findings());
        if (pending != null) {
            pending(out, pending);
        }
        summary(out, analysis);
        return List.copyOf(out.lines);
    }

    /** Collects lines and remembers whether any section was shortened. */
    private static final class Writer {
        final List<String> lines = new ArrayList<>();
        boolean shortened;

        void add(String line) {
            lines.add(line);
        }

        void addAll(List<String> more) {
            lines.addAll(more);
        }
    }

    private static void header(Writer out, Descriptor descriptor, int environments) {
        long managed = descriptor.services().values().stream().filter(Service::isManaged).count();
        String services = count(descriptor.services().size(), "service") + (managed > 0 ? " (" + managed + " managed)" : "");
        out.addAll(wrap("plan for " + descriptor.project() + ":", "  ", List.of(services + ",",
                count(descriptor.hosts().size(), "host") + ",", count(descriptor.tiers().size(), "tier") + ",",
                count(environments, "environment")), MAX_WIDTH));
    }

    private void order(Writer out, Descriptor descriptor, StartupOrder order) {
        List<List<String>> phases = order.phases();
        out.add("startup order (" + count(phases.size(), "phase") + "):");
        int shown = Math.min(phases.size(), sectionLimit);
        for (int i = 0; i < shown; i++) {
            List<String> phase = phases.get(i);
            String head = "  phase " + (i + 1) + (phase.size() > 1 ? " (" + phase.size() + " in parallel):" : ":");
            out.addAll(wrap(head, "    ", names(out, phase.isEmpty() ? List.of("(none)") : phase), MAX_WIDTH));
        }
        more(out, phases.size() - shown, "phase");
        List<String> unordered = descriptor.services().keySet().stream()
                .filter(name -> !order.phaseOf().containsKey(name)).toList();
        if (!unordered.isEmpty()) {
            out.addAll(wrap("  no phase (dependency errors):", "    ", names(out, unordered), MAX_WIDTH));
        }
        List<String> path = order.criticalPath();
        if (!path.isEmpty()) {
            List<String> pieces = new ArrayList<>();
            int shownPath = Math.min(path.size(), sectionLimit);
            for (int i = 0; i < shownPath; i++) {
                pieces.add(shorten(path.get(i), NAME_WIDTH) + (i < path.size() - 1 ? " ->" : ""));
            }
            if (shownPath < path.size()) {
                pieces.addAll(words("... and " + (path.size() - shownPath) + " more"));
                out.shortened = true;
            }
            pieces.add("(" + path.size() + ")");
            out.addAll(wrap("critical path:", "    ", pieces, MAX_WIDTH));
        }
    }

    /** Comma-separated pieces of at most {@code sectionLimit} names, then {@code ... and N more}. */
    private List<String> names(Writer out, List<String> names) {
        List<String> pieces = new ArrayList<>();
        int shown = Math.min(names.size(), sectionLimit);
        for (int i = 0; i < shown; i++) {
            pieces.add(shorten(names.get(i), NAME_WIDTH) + (i < names.size() - 1 ? "," : ""));
        }
        if (shown < names.size()) {
            pieces.addAll(words("... and " + (names.size() - shown) + " more"));
            out.shortened = true;
        }
        return pieces;
    }

    private void more(Writer out, int left, String noun) {
        if (left > 0) {
            out.add("  ... and " + left + " more " + (left == 1 ? noun : noun + "s") + MORE);
            out.shortened = true;
        }
    }

    private void placement(Writer out, Analysis analysis) {
        Descriptor descriptor = analysis.descriptor();
        if (descriptor.hosts().isEmpty()) {
            return;
        }
        out.add("placement:");
        List<Service> services = List.copyOf(descriptor.services().values());
        int shown = Math.min(services.size(), sectionLimit);
        int width = 0;
        for (int i = 0; i < shown; i++) {
            width = Math.max(width, shorten(services.get(i).name(), NAME_WIDTH).length());
        }
        for (int i = 0; i < shown; i++) {
            Service service = services.get(i);
            String host = analysis.placement().hostOf(service.name());
            String where;
            if (service.isManaged()) {
                where = "managed";
            } else if (host == null) {
                where = "unplaced";
            } else {
                where = shorten(host, NAME_WIDTH)
                        + (analysis.placement().placedAutomatically().contains(service.name()) ? " (placed)" : "");
            }
            out.add("  " + padRight(shorten(service.name(), NAME_WIDTH), width) + "  " + where);
        }
        more(out, services.size() - shown, "service");
    }

    private void environment(Writer out, EnvironmentPlan environment, String currency) {
        out.add("environment " + environment.name() + ":");
        long min = 0;
        long max = 0;
        for (Replicas replicas : environment.replicas().values()) {
            min += replicas.min();
            max += replicas.max();
        }
        out.add("  replicas: " + (min == max ? Long.toString(max) : min + " .. " + max) + " in total");
        List<String> demand = new ArrayList<>();
        for (Resource resource : Resource.values()) {
            demand.add(resource.key() + " " + amount(resource, environment.demand().get(resource))
                    + (resource == Resource.STORAGE ? "" : ","));
        }
        out.addAll(wrap("  demand at max replicas:", "    ", demand, MAX_WIDTH));
        UsageTable.Rendered usage = UsageTable.render(environment.usage(), sectionLimit, MORE);
        out.addAll(usage.lines());
        out.shortened |= usage.shortened();
        out.add("  cost: " + cost(environment, currency));
    }

    private static String amount(Resource resource, long value) {
        return resource == Resource.CPU ? Quantities.formatCores(value) : resource.format(value);
    }

    private static String cost(EnvironmentPlan environment, String currency) {
        String min = Quantities.formatMoney(environment.cost().min());
        String max = Quantities.formatMoney(environment.cost().max());
        String text = (min.equals(max) ? max : min + " .. " + max) + " " + currency + " per month";
        BigDecimal ceiling = environment.budgets().cost();
        if (ceiling == null) {
            return text + ", no ceiling";
        }
        BigDecimal top = environment.cost().max().setScale(2, RoundingMode.HALF_UP);
        BigDecimal limit = ceiling.setScale(2, RoundingMode.HALF_UP);
        text += ", ceiling " + Quantities.formatMoney(ceiling) + " " + currency + " (" + TextBar.percent(top, limit);
        if (top.compareTo(limit) > 0) {
            text += ", over by " + Quantities.formatMoney(top.subtract(limit)) + " " + currency;
        }
        return text + ")";
    }

    private void findings(Writer out, List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        List<Finding> warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
        if (errors.isEmpty() && warnings.isEmpty()) {
            return;
        }
        out.add("findings: " + count(errors.size(), "error") + ", " + count(warnings.size(), "warning"));
        findings(out, errors, "ERROR", "error");
        findings(out, warnings, "WARNING", "warning");
    }

    private void findings(Writer out, List<Finding> findings, String label, String noun) {
        int shown = Math.min(findings.size(), sectionLimit);
        for (int i = 0; i < shown; i++) {
            Finding finding = findings.get(i);
            String head = "  " + label + " [" + finding.rule() + "] " + finding.location() + ":";
            out.addAll(wrap(head, "      ", words(finding.message()), MAX_WIDTH));
        }
        more(out, findings.size() - shown, noun);
    }

    private void pending(Writer out, PendingChanges pending) {
        if (pending.isEmpty()) {
            out.add("generate would: change nothing");
            return;
        }
        out.add("generate would: add " + pending.added().size() + ", change " + pending.changed().size()
                + ", remove " + pending.removed().size());
        paths(out, pending.added(), "+", "to add");
        paths(out, pending.changed(), "~", "to change");
        paths(out, pending.removed(), "-", "to remove");
    }

    private void paths(Writer out, List<String> paths, String mark, String what) {
        int shown = Math.min(paths.size(), sectionLimit);
        for (int i = 0; i < shown; i++) {
            out.add("  " + mark + " " + paths.get(i));
        }
        if (shown < paths.size()) {
            out.add("  ... and " + (paths.size() - shown) + " more " + what);
            out.shortened = true;
        }
    }

    private void summary(Writer out, Analysis analysis) {
        String text = "summary: " + count(analysis.errors().size(), "error") + ", "
                + count(analysis.warnings().size(), "warning");
        if (out.shortened) {
            text += "; long sections show " + sectionLimit + " entries, plan.json has them all";
        }
        out.add(text);
    }
}
