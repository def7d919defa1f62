package dev.infraarchitect.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.infraarchitect.analysis.advice.AdviceRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RulesTest {

    /** A row of a rule table: {@code | `id` | description |}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (.+) \\|$");
    private static final Path README = Path.of("../README.md");

    @Test
    void listsTheHardChecksThenTheAdviceRulesEachOnce() {
        assertThat(Rules.all()).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(Rules.all().stream().filter(Rule::hard).map(Rule::id)).containsExactlyInAnyOrderElementsOf(
                AnalysisRules.ALL);
        assertThat(Rules.all().stream().filter(rule -> !rule.hard()).map(Rule::id)).containsExactlyElementsOf(
                AdviceRules.ALL.stream().map(r -> r.id()).toList());
        assertThat(Rules.all()).allSatisfy(rule -> {
            assertThat(rule.description()).isNotBlank().doesNotEndWith(".");
            assertThat(rule.hard() ? rule.defaultSeverity() == Severity.ERROR : true).isTrue();
        });
        assertThat(Rules.all().subList(0, AnalysisRules.ALL.size())).allMatch(Rule::hard);
    }

    @Test
    void theReadmeTablesListEveryRuleAsTheRegistryDescribesIt() throws IOException {
        assumeThat(Files.exists(README)).as("README.md next to the module").isTrue();
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches() && Rules.byId(row.group(1)).isPresent()) {
                // the README may set words in code type; the registry holds the plain text
                rows.add(row.group(1) + " | " + row.group(2).replace("`", ""));
            }
        }

        assertThat(rows).containsExactlyElementsOf(
                Rules.all().stream().map(rule -> rule.id() + " | " + rule.description()).toList());
    }

    @Test
    void theReadmeShowsTheHardChecksAndTheAdviceRulesInTablesOfTheirOwn() throws IOException {
        assumeThat(Files.exists(README)).as("README.md next to the module").isTrue();
        String text = Files.readString(README, StandardCharsets.UTF_8);
        int advice = text.indexOf("Advice rules are");
        assertThat(advice).as("the sentence that opens the advice table").isPositive();
        for (Rule rule : Rules.all()) {
            int at = text.indexOf("| `" + rule.id() + "` |");
            assertThat(at < advice).as(rule.id() + " in the table of " + (rule.hard() ? "hard checks" : "advice"))
                    .isEqualTo(rule.hard());
        }
    }
}
