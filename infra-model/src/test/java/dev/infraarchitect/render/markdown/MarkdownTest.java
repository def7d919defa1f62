package dev.infraarchitect.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void tableWritesHeaderDelimiterAndRowsWithCellsAsGiven() {
        StringBuilder out = new StringBuilder("## T\n\n");
        Markdown.table(out, List.of("Name", "Use"), List.of(List.of("api", "50%"), List.of("a \\| b", "-")));
        assertThat(out).hasToString("## T\n\n| Name | Use |\n| --- | --- |\n| api | 50% |\n| a \\| b | - |\n");

        StringBuilder empty = new StringBuilder();
        Markdown.table(empty, List.of("Only"), List.of());
        assertThat(empty).hasToString("| Only |\n| --- |\n");
    }

    @Test
    void slugKeepsAsciiLettersAndDigitsSeparatedByDashes() {
        assertThat(Markdown.slug("Use PostgreSQL 17 | for Orders!", "x")).isEqualTo("use-postgresql-17-for-orders");
        assertThat(Markdown.slug("Ünïcode & spëcial: ***", "x")).isEqualTo("unicode-special");
        assertThat(Markdown.slug("--Leading and trailing--", "x")).isEqualTo("leading-and-trailing");
    }

    @Test
    void slugIsNeverEmpty() {
        assertThat(Markdown.slug("日本語 ***", "decision")).isEqualTo("decision");
        assertThat(Markdown.slug("", "decision")).isEqualTo("decision");
    }

    @Test
    void longSlugIsCutAtAWordBoundaryWithinSixtyCharacters() {
        String title = "Adopt an event driven architecture for every order fulfilment and billing workflow";
        assertThat(Markdown.slug(title, "x")).isEqualTo("adopt-an-event-driven-architecture-for-every-order");
        assertThat(Markdown.slug("a".repeat(80), "x")).isEqualTo("a".repeat(60));
    }

    @Test
    void cellEscapesPipesAndFoldsLines() {
        assertThat(Markdown.cell("a | b\n  c")).isEqualTo("a \\| b c");
        assertThat(Markdown.cell(null)).isEqualTo("-");
        assertThat(Markdown.cell("  ")).isEqualTo("-");
    }

    @Test
    void linkTextEscapesBrackets() {
        assertThat(Markdown.linkText("Use [x] \\ y")).isEqualTo("Use \\[x\\] \\\\ y");
    }
}
