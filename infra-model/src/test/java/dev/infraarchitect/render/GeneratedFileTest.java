package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A generated file's path is checked before it can ever become a file name. */
class GeneratedFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../b", "/etc/passwd", "a//b", "a/b/", "", ".", "..", ".hidden",
        "a/.git/config", "a\\b", "C:x", "a/b c", "~/x", "a/$HOME", "a/%2e%2e/b", "a/\u0000b", "a/b\n", "a..b"})
    void refusesPathsThatCouldLeaveOrSurpriseTheOutputDirectory(String path) {
        assertThatThrownBy(() -> GeneratedFile.text(path, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsafe output path '" + path + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compose/prod/compose.yaml", "adr/0001-use-postgres.md", "terraform/modules/compute/main.tf",
        "docs/architecture.md", "README.md"})
    void acceptsPortableRelativePaths(String path) {
        assertThat(GeneratedFile.text(path, "x").path()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 1000})
    void refusesOverlongSegments(int length) {
        assertThatThrownBy(() -> GeneratedFile.text("a".repeat(length), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsSegmentsUpToTheLimit() {
        assertThat(GeneratedFile.text("a".repeat(128) + "/b", "x").path()).startsWith("aaa");
    }

    @Test
    void bytesCannotBeChangedFromOutside() throws Exception {
        byte[] given = "abc".getBytes(StandardCharsets.UTF_8);
        GeneratedFile file = new GeneratedFile("a.txt", given);
        given[0] = 'x';
        file.content()[1] = 'x';
        assertThat(file.text()).isEqualTo("abc");
        assertThat(file.size()).isEqualTo(3);
        assertThat(file.hasContent("abc".getBytes(StandardCharsets.UTF_8))).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("abc");
        assertThat(file).isEqualTo(GeneratedFile.text("a.txt", "abc")).hasSameHashCodeAs(GeneratedFile.text("a.txt", "abc"));
    }

    @Test
    void aSharedCopyIsTheSameContentAtAnotherPath() {
        GeneratedFile own = GeneratedFile.text("a/x.txt", "caf\u00e9!");
        assertThat(own.hashCode()).isEqualTo(31 * "a/x.txt".hashCode() + java.util.Arrays.hashCode(own.content()));

        GeneratedFile elsewhere = own.at("b/x.txt");
        assertThat(elsewhere.path()).isEqualTo("b/x.txt");
        assertThat(elsewhere.text()).isEqualTo(own.text());
        assertThat(elsewhere.hasContent(own.content())).isTrue();
        assertThat(elsewhere).isNotEqualTo(own);
        assertThatThrownBy(() -> own.at("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
