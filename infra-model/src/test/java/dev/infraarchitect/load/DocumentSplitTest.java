package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSplitTest {

    private static final String TEXT = """
            # a descriptor
            project: shop
            services:
              # the front
              web:
                image: nginx
                description: |
                  serves pages
                  and more
              api:
                image: api:1
                dependsOn: [db]
            # a comment at the left margin does not end the services
              db:
                image: postgres:16
              cache: { image: redis }
            budgets:
              cpu: 4
            """;

    @Test
    void cutsBeforeServiceEntriesOnly() {
        DocumentSplit split = DocumentSplit.of(TEXT, 2).orElseThrow();

        assertThat(split.head().of(TEXT)).isEqualTo("# a descriptor\nproject: shop\nservices:\n");
        assertThat(split.head().firstLine()).isEqualTo(1);
        assertThat(split.entries()).hasSize(2);
        assertThat(split.entries().get(0).of(TEXT)).startsWith("  # the front\n  web:\n");
        assertThat(split.entries().get(0).firstLine()).isEqualTo(4);
        assertThat(split.entries().get(0).of(TEXT)).endsWith("# a comment at the left margin does not end the services\n");
        assertThat(split.entries().get(1).of(TEXT)).as("cut near the middle, by size")
                .isEqualTo("  db:\n    image: postgres:16\n  cache: { image: redis }\n");
        assertThat(split.entries().get(1).firstLine()).isEqualTo(14);
        assertThat(split.tail().of(TEXT)).isEqualTo("budgets:\n  cpu: 4\n");
        assertThat(split.tail().firstLine()).isEqualTo(17);
    }

    @Test
    void thePartsAreTheWholeTextInOrder() {
        for (int runs = 1; runs <= 4; runs++) {
            DocumentSplit split = DocumentSplit.of(TEXT, runs).orElseThrow();
            StringBuilder joined = new StringBuilder(split.head().of(TEXT));
            split.entries().forEach(part -> joined.append(part.of(TEXT)));
            joined.append(split.tail().of(TEXT));
            assertThat(joined.toString()).isEqualTo(TEXT);
            assertThat(split.entries()).hasSize(runs);
        }
    }

    @Test
    void eachRunHoldsAtLeastOneEntry() {
        DocumentSplit split = DocumentSplit.of(TEXT, 4).orElseThrow();
        assertThat(split.entries()).extracting(part -> part.of(TEXT).lines().map(String::strip)
                .filter(l -> !l.startsWith("#")).findFirst().orElseThrow())
                .containsExactly("web:", "api:", "db:", "cache: { image: redis }");
    }

    @Test
    void servicesAtTheEndHaveAnEmptyTail() {
        String text = "project: x\nservices:\n  a: { image: a }\n  b: { image: b }\n";
        DocumentSplit split = DocumentSplit.of(text, 2).orElseThrow();
        assertThat(split.tail().of(text)).isEmpty();
        assertThat(split.entries()).extracting(part -> part.of(text))
                .containsExactly("  a: { image: a }\n", "  b: { image: b }\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "project: x\nservices: { a: { image: a }, b: { image: b } }\n",
        "project: x\nservices:\n  - a\n  - b\n",
        "project: x\nservices:\n\ta: { image: a }\n\tb: { image: b }\n",
        "---\nproject: x\nservices:\n  a: { image: a }\n  b: { image: b }\n",
        "%YAML 1.2\nproject: x\nservices:\n  a: { image: a }\n  b: { image: b }\n",
        "project: x\nservices:\n  a: { image: a }\n  b: { image: b }\nservices:\n  c: { image: c }\n",
        "project: x\nservices:\n    a: { image: a }\n  b: { image: b }\n",
        "project: x\nservices:\n  ? a\n  : { image: a }\n  b: { image: b }\n",
        "project: x\nservices:\n  a: { image: a }\n",
        "project: x\n",
        "project: x\nservices: # a comment\n"})
    void refusesDocumentsThatAreNotPlainlyShaped(String text) {
        assertThat(DocumentSplit.of(text, 2)).isEqualTo(Optional.empty());
    }

    @Test
    void acceptsACommentAfterTheServicesKeyAndWindowsLineEnds() {
        String text = "project: x\r\nservices:   # all of them\r\n  a: { image: a }\r\n  b: { image: b }\r\nbudgets: {}\r\n";
        DocumentSplit split = DocumentSplit.of(text, 2).orElseThrow();
        assertThat(List.of(split.head().of(text), split.tail().of(text)))
                .containsExactly("project: x\r\nservices:   # all of them\r\n", "budgets: {}\r\n");
    }
}
