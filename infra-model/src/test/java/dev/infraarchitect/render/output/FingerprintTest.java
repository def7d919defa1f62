package dev.infraarchitect.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    private static final byte[] DESCRIPTOR = "project: shop\n".getBytes(StandardCharsets.UTF_8);
    private static final List<GeneratedFile> FILES = List.of(
            GeneratedFile.text("compose/compose.yaml", "services: {}\n"), GeneratedFile.text("docs/architecture.md", "#\n"));

    @TempDir
    Path temp;

    private Path templates;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        templates = Files.createDirectories(temp.resolve("templates/adr"));
        Files.writeString(templates.resolve("index.md.ftl"), "custom");
        templates = temp.resolve("templates");
        out = temp.resolve("target/infra");
    }

    private Fingerprint fingerprint() {
        return Fingerprint.of(DESCRIPTOR, templates, List.of("compose", "docs"), "0.1.0");
    }

    @Test
    void isStableAndIgnoresGeneratorOrder() {
        assertThat(fingerprint()).isEqualTo(fingerprint());
        assertThat(Fingerprint.of(DESCRIPTOR, templates, List.of("docs", "compose", "docs"), "0.1.0"))
                .isEqualTo(fingerprint());
        assertThat(fingerprint().sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void changesWithEveryInput() throws IOException {
        Fingerprint base = fingerprint();
        assertThat(Fingerprint.of("project: shop2\n".getBytes(), templates, List.of("compose", "docs"), "0.1.0"))
                .isNotEqualTo(base);
        assertThat(Fingerprint.of(DESCRIPTOR, templates, List.of("compose"), "0.1.0")).isNotEqualTo(base);
        assertThat(Fingerprint.of(DESCRIPTOR, templates, List.of("compose", "docs"), "0.2.0")).isNotEqualTo(base);
        assertThat(Fingerprint.of(DESCRIPTOR, null, List.of("compose", "docs"), "0.1.0")).isNotEqualTo(base);
        TreeMap<String, String> settings = new TreeMap<>();
        settings.put("failOnWarning", "true");
        assertThat(Fingerprint.of(DESCRIPTOR, templates, List.of("compose", "docs"), "0.1.0", settings))
                .isNotEqualTo(base);

        Files.writeString(templates.resolve("adr/index.md.ftl"), "custom2");
        assertThat(fingerprint()).isNotEqualTo(base);
        Fingerprint edited = fingerprint();
        Files.move(templates.resolve("adr/index.md.ftl"), templates.resolve("adr/decision.md.ftl"));
        assertThat(fingerprint()).isNotEqualTo(edited);
    }

    @Test
    void aMissingTemplateDirectoryCountsAsNone() {
        assertThat(Fingerprint.of(DESCRIPTOR, temp.resolve("absent"), List.of("docs"), "1"))
                .isEqualTo(Fingerprint.of(DESCRIPTOR, null, List.of("docs"), "1"));
    }

    @Test
    void rejectsWhatIsNotAHexDigest() {
        assertThatThrownBy(() -> new Fingerprint("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a SHA-256 hex digest: 'abc'");
    }

    @Test
    void upToDateAfterAWriteWithTheSameFingerprint() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        assertThat(writer.isUpToDate(fingerprint())).isFalse();

        writer.write(FILES, fingerprint());

        assertThat(writer.isUpToDate(fingerprint())).isTrue();
        assertThat(Files.readString(out.resolve(".infra-manifest"))).startsWith("fingerprint " + fingerprint().sha256() + "\n");
    }

    @Test
    void notUpToDateWhenTheDescriptorChanges() throws IOException {
        new OutputWriter(out).write(FILES, fingerprint());

        Fingerprint changed = Fingerprint.of("project: other\n".getBytes(), templates, List.of("compose", "docs"), "0.1.0");

        assertThat(new OutputWriter(out).isUpToDate(changed)).isFalse();
    }

    @Test
    void notUpToDateWhenATemplateChanges() throws IOException {
        new OutputWriter(out).write(FILES, fingerprint());

        Files.writeString(templates.resolve("adr/index.md.ftl"), "edited");

        assertThat(new OutputWriter(out).isUpToDate(fingerprint())).isFalse();
    }

    @Test
    void notUpToDateWhenAnOutputFileWasDeletedOrEdited() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(FILES, fingerprint());
        Files.writeString(out.resolve("docs/architecture.md"), "# edited by hand\n");
        assertThat(writer.isUpToDate(fingerprint())).isFalse();

        writer.write(FILES, fingerprint());
        assertThat(writer.isUpToDate(fingerprint())).isTrue();
        Files.delete(out.resolve("compose/compose.yaml"));
        Files.delete(out.resolve("compose"));
        assertThat(writer.isUpToDate(fingerprint())).isFalse();
    }

    @Test
    void notUpToDateWhenAnOutputFileWasEditedKeepingItsSize() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(FILES, fingerprint());
        Path file = out.resolve("docs/architecture.md");
        String text = Files.readString(file);
        FileTime manifestWritten = Files.getLastModifiedTime(out.resolve(".infra-manifest"));
        Files.writeString(file, text.toUpperCase(java.util.Locale.ROOT));
        // set explicitly: the file system's clock may not have ticked since the manifest was written
        Files.setLastModifiedTime(file, FileTime.fromMillis(manifestWritten.toMillis() + 2_000));

        assertThat(Files.size(file)).isEqualTo(text.length());
        assertThat(writer.isUpToDate(fingerprint())).isFalse();
    }

    @Test
    void upToDateReadsAttributesOnlyAndSurvivesARewriteOfTheSameBytes() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(FILES, fingerprint());
        Path file = out.resolve("compose/compose.yaml");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000)); // older than the manifest, same size

        assertThat(writer.isUpToDate(fingerprint())).isTrue();

        // saved again with the same bytes after the last run (the manifest is made older than a fresh save)
        Files.write(file, Files.readAllBytes(file));
        Files.setLastModifiedTime(out.resolve(".infra-manifest"), FileTime.fromMillis(1_000_000));
        assertThat(writer.isUpToDate(fingerprint())).isFalse();
        writer.write(FILES, fingerprint()); // nothing to write, but the manifest is renewed
        assertThat(writer.isUpToDate(fingerprint())).isTrue();
    }

    @Test
    void notUpToDateWithACorruptOrMissingManifestAndRecoversOnTheNextWrite() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(FILES, fingerprint());
        Files.writeString(out.resolve(".infra-manifest"), "fingerprint " + fingerprint().sha256() + "\nnot a line\n");
        assertThat(writer.isUpToDate(fingerprint())).isFalse();

        Files.delete(out.resolve(".infra-manifest"));
        assertThat(writer.isUpToDate(fingerprint())).isFalse();

        writer.write(FILES, fingerprint());
        assertThat(writer.isUpToDate(fingerprint())).isTrue();
    }

    @Test
    void aWriteWithoutFingerprintIsNeverUpToDate() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(FILES, null);

        assertThat(writer.isUpToDate(fingerprint())).isFalse();
    }
}
