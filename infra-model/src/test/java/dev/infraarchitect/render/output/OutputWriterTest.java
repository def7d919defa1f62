package dev.infraarchitect.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    private static final String SIZE_A = "2"; // "a\n"
    private static final String SIZE_B = "2";
    private static final Fingerprint SOME = new Fingerprint("0".repeat(64));

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("target/infra");
    }

    @Test
    void writesFilesIntoAFreshDirectoryAndRecordsThemInTheManifest() throws IOException {
        OutputChanges changes = new OutputWriter(out()).write(
                List.of(GeneratedFile.text("docs/b.md", "b\n"), GeneratedFile.text("compose/a.yml", "a\n")), null);

        assertThat(changes).isEqualTo(new OutputChanges(List.of("compose/a.yml", "docs/b.md"), List.of(), List.of(),
                List.of()));
        assertThat(out().resolve("compose/a.yml")).hasContent("a");
        assertThat(out().resolve("docs/b.md")).hasContent("b");
        assertThat(Files.readString(out().resolve(".infra-manifest"))).isEqualTo(
                "fingerprint none\n" + SIZE_A + " compose/a.yml\n" + SIZE_B + " docs/b.md\n");
        assertThat(listing()).containsExactly(".infra-manifest", "compose", "compose/a.yml", "docs", "docs/b.md");
    }

    @Test
    void leavesIdenticalFilesUntouchedAndReplacesChangedOnes() throws IOException {
        OutputWriter writer = new OutputWriter(out());
        writer.write(List.of(GeneratedFile.text("a.txt", "a\n"), GeneratedFile.text("b.txt", "b\n")), null);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out().resolve("a.txt"), old);
        Files.setLastModifiedTime(out().resolve("b.txt"), old);

        OutputChanges changes = writer.write(
                List.of(GeneratedFile.text("a.txt", "a\n"), GeneratedFile.text("b.txt", "b2\n")), null);

        assertThat(changes).isEqualTo(new OutputChanges(List.of(), List.of("b.txt"), List.of(), List.of("a.txt")));
        assertThat(Files.getLastModifiedTime(out().resolve("a.txt"))).isEqualTo(old);
        assertThat(Files.getLastModifiedTime(out().resolve("b.txt"))).isNotEqualTo(old);
        assertThat(out().resolve("b.txt")).hasContent("b2");
        assertThat(listing()).containsExactly(".infra-manifest", "a.txt", "b.txt");
    }

    @Test
    void removesOnlyFilesAnEarlierRunWroteAndFoldersThatLeavesEmpty() throws IOException {
        OutputWriter writer = new OutputWriter(out());
        writer.write(List.of(GeneratedFile.text("compose/a.yml", "a\n"), GeneratedFile.text("compose/old.yml", "o\n"),
                GeneratedFile.text("docs/deep/x.md", "x\n")), null);
        Files.writeString(out().resolve("compose/mine.yml"), "user");
        Files.writeString(out().resolve("notes.txt"), "user");

        OutputChanges changes = writer.write(List.of(GeneratedFile.text("compose/a.yml", "a\n")), null);

        assertThat(changes.removed()).containsExactly("compose/old.yml", "docs/deep/x.md");
        assertThat(listing()).containsExactly(".infra-manifest", "compose", "compose/a.yml", "compose/mine.yml",
                "notes.txt");
        assertThat(Files.readString(out().resolve(".infra-manifest")))
                .isEqualTo("fingerprint none\n" + SIZE_A + " compose/a.yml\n");
    }

    @Test
    void changesListsWhatWriteWouldDoWithoutTouchingAnything() throws IOException {
        OutputWriter writer = new OutputWriter(out());
        writer.write(List.of(GeneratedFile.text("keep.txt", "a\n"), GeneratedFile.text("edit.txt", "a\n"),
                GeneratedFile.text("docs/gone.txt", "a\n")), null);
        byte[] manifest = Files.readAllBytes(out().resolve(".infra-manifest"));

        OutputChanges changes = writer.changes(List.of(GeneratedFile.text("keep.txt", "a\n"),
                GeneratedFile.text("edit.txt", "b\n"), GeneratedFile.text("new/one.txt", "n\n")));

        assertThat(changes).isEqualTo(new OutputChanges(List.of("new/one.txt"), List.of("edit.txt"),
                List.of("docs/gone.txt"), List.of("keep.txt")));
        assertThat(changes.summary()).isEqualTo("1 added, 1 changed, 1 removed, 1 unchanged");
        assertThat(changes.isEmpty()).isFalse();
        assertThat(listing()).containsExactly(".infra-manifest", "docs", "docs/gone.txt", "edit.txt", "keep.txt");
        assertThat(out().resolve("edit.txt")).hasContent("a");
        assertThat(Files.readAllBytes(out().resolve(".infra-manifest"))).isEqualTo(manifest);
    }

    @Test
    void changesOfAMissingDirectoryAreAllAdditions() throws IOException {
        OutputChanges changes = new OutputWriter(out()).changes(List.of(GeneratedFile.text("a.txt", "a\n")));

        assertThat(changes).isEqualTo(new OutputChanges(List.of("a.txt"), List.of(), List.of(), List.of()));
        assertThat(out()).doesNotExist();
    }

    @Test
    void aFailureWhileStagingLeavesThePreviousOutputIntact() throws IOException {
        OutputWriter writer = new OutputWriter(out());
        writer.write(List.of(GeneratedFile.text("b.txt", "old\n")), null);
        byte[] manifest = Files.readAllBytes(out().resolve(".infra-manifest"));
        Files.writeString(out().resolve("c"), "a user's file where a folder is needed");

        assertThatThrownBy(() -> writer.write(
                List.of(GeneratedFile.text("b.txt", "new\n"), GeneratedFile.text("c/x.txt", "x\n")), null))
                .isInstanceOf(FileAlreadyExistsException.class);

        assertThat(out().resolve("b.txt")).hasContent("old");
        assertThat(Files.readAllBytes(out().resolve(".infra-manifest"))).isEqualTo(manifest);
        assertThat(listing()).containsExactly(".infra-manifest", "b.txt", "c");
    }

    @Test
    void refusesToWriteThroughASymlinkedFolderThatLeadsOutside() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("compose"), outside);

        assertThatThrownBy(() -> new OutputWriter(out()).write(
                List.of(GeneratedFile.text("a.txt", "a\n"), GeneratedFile.text("compose/evil.yml", "x\n")), null))
                .isInstanceOf(UnsafeOutputException.class)
                .hasMessageStartingWith("compose/evil.yml leads outside the output directory ");

        assertThat(outside).isEmptyDirectory();
        assertThat(out().resolve("a.txt")).doesNotExist();
    }

    @Test
    void refusesToReplaceASymlinkedFileThatLeadsOutside() throws IOException {
        Path outside = Files.writeString(temp.resolve("secret.txt"), "keep");
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("a.txt"), outside);

        assertThatThrownBy(() -> new OutputWriter(out()).changes(List.of(GeneratedFile.text("a.txt", "a\n"))))
                .isInstanceOf(UnsafeOutputException.class);
        assertThat(outside).hasContent("keep");
    }

    @Test
    void neverRemovesAStaleFileThroughASymlinkThatLeadsOutside() throws IOException {
        OutputWriter writer = new OutputWriter(out());
        writer.write(List.of(GeneratedFile.text("a.txt", "a\n"), GeneratedFile.text("sub/old.txt", "o\n")), null);
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("old.txt"), "precious");
        Files.delete(out().resolve("sub/old.txt"));
        Files.delete(out().resolve("sub"));
        Files.createSymbolicLink(out().resolve("sub"), outside);

        OutputChanges changes = writer.write(List.of(GeneratedFile.text("a.txt", "a\n")), null);

        assertThat(changes.removed()).isEmpty();
        assertThat(outside.resolve("old.txt")).hasContent("precious");
    }

    @Test
    void allowsASymlinkThatStaysInside() throws IOException {
        Files.createDirectories(out().resolve("real"));
        Files.createSymbolicLink(out().resolve("alias"), out().resolve("real"));

        new OutputWriter(out()).write(List.of(GeneratedFile.text("alias/a.txt", "a\n")), null);

        assertThat(out().resolve("real/a.txt")).hasContent("a");
    }

    @Test
    void rejectsTwoFilesWithOnePathOrAFileThatIsAnotherOnesFolder() {
        OutputWriter writer = new OutputWriter(out());
        assertThatThrownBy(() -> writer.changes(List.of(GeneratedFile.text("a", "1"), GeneratedFile.text("a", "2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two generated files share the path a");
        assertThatThrownBy(() -> writer.changes(List.of(GeneratedFile.text("a", "1"), GeneratedFile.text("a/b", "2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("generated file a is also the folder of a/b");
    }

    @Test
    void aCorruptManifestMeansNoRemovalsAndIsRewritten() throws IOException {
        OutputWriter writer = new OutputWriter(out());
        writer.write(List.of(GeneratedFile.text("a.txt", "a\n"), GeneratedFile.text("b.txt", "b\n")), null);
        Files.writeString(out().resolve(".infra-manifest"), "garbage\n../../etc/passwd\n");

        OutputChanges changes = writer.write(List.of(GeneratedFile.text("a.txt", "a\n")), null);

        assertThat(changes).isEqualTo(new OutputChanges(List.of(), List.of(), List.of(), List.of("a.txt")));
        assertThat(listing()).containsExactly(".infra-manifest", "a.txt", "b.txt");
        assertThat(Files.readString(out().resolve(".infra-manifest")))
                .isEqualTo("fingerprint none\n" + SIZE_A + " a.txt\n");
    }

    @Test
    void aManifestNamingAPathOutsideIsCorruptAndRemovesNothing() throws IOException {
        Files.createDirectories(out());
        Path victim = Files.writeString(temp.resolve("target/victim.txt"), "keep");
        Files.writeString(out().resolve(".infra-manifest"), "fingerprint none\n" + SIZE_A + " ../victim.txt\n");

        new OutputWriter(out()).write(List.of(GeneratedFile.text("a.txt", "a\n")), null);

        assertThat(victim).hasContent("keep");
    }

    @Test
    void theManifestIsOnlyAHintAndNeverRemovesFilesOutsideThePluginsFoldersNorItsReports() throws IOException {
        Files.createDirectories(out().resolve("notes"));
        Files.writeString(out().resolve("notes/mine.txt"), "keep");
        Files.writeString(out().resolve("top.txt"), "keep");
        Files.writeString(out().resolve("plan.json"), "{}");
        Files.createDirectories(out().resolve("compose"));
        Files.writeString(out().resolve("compose/stale.yaml"), "x");
        Files.writeString(out().resolve(".infra-manifest"), "fingerprint none\n" + "4 notes/mine.txt\n"
                + "4 top.txt\n" + "2 plan.json\n" + "1 compose/stale.yaml\n");

        OutputChanges changes = new OutputWriter(out()).write(List.of(GeneratedFile.text("a/x.txt", "a\n")), null);

        assertThat(changes.removed()).containsExactly("compose/stale.yaml");
        assertThat(listing()).containsExactly(".infra-manifest", "a", "a/x.txt", "notes", "notes/mine.txt",
                "plan.json", "top.txt");
    }

    @Test
    void aListedFileDifferingOnlyInCaseFromAFreshOneIsNotRemoved() throws IOException {
        // on a case-insensitive file system Docs/Readme.md and docs/readme.md are one file: removing the
        // listed one would remove the one just written
        Files.createDirectories(out().resolve("docs"));
        Files.writeString(out().resolve(".infra-manifest"), "fingerprint none\n" + "1 docs/README.md\n");

        OutputChanges changes = new OutputWriter(out()).write(List.of(GeneratedFile.text("docs/readme.md", "a\n")),
                null);

        assertThat(changes.removed()).isEmpty();
        assertThat(out().resolve("docs/readme.md")).hasContent("a");
    }

    @Test
    void refusesAnOutputDirectoryThatIsItselfALink() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("precious.txt"), "keep");
        Files.createDirectories(out().getParent());
        Files.createSymbolicLink(out(), elsewhere);

        assertThatThrownBy(() -> new OutputWriter(out()).write(List.of(GeneratedFile.text("a.txt", "a\n")), null))
                .isInstanceOf(UnsafeOutputException.class).hasMessageContaining("is a symbolic link or junction");
        assertThatThrownBy(() -> new OutputWriter(out()).writeReport(GeneratedFile.text("plan.json", "{}")))
                .isInstanceOf(UnsafeOutputException.class);
        assertThat(elsewhere).isDirectoryContaining(p -> p.getFileName().toString().equals("precious.txt"));
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aSecondExecutionWritingIntoTheSameDirectoryAtOnceFailsClearly() throws IOException {
        Files.createDirectories(out());
        try (OutputLock held = OutputLock.acquire(out())) {
            assertThatThrownBy(() -> new OutputWriter(out()).write(List.of(GeneratedFile.text("a.txt", "a\n")), null))
                    .isInstanceOf(OutputLock.ConcurrentOutputException.class)
                    .hasMessageContaining("another execution is writing to the output directory")
                    .hasMessageEndingWith("give each module or execution its own outputDirectory");
            assertThat(out().resolve("a.txt")).doesNotExist();
        }
        new OutputWriter(out()).write(List.of(GeneratedFile.text("a.txt", "a\n")), null);
        assertThat(listing()).containsExactly(".infra-manifest", "a.txt"); // the lock file goes with the lock
    }

    @Test
    void recordsTheDescriptorRelativeToTheOutputDirectory() throws IOException {
        Path descriptor = descriptor("shop");

        new OutputWriter(out(), descriptor).write(List.of(GeneratedFile.text("compose/a.yml", "a\n")), null);

        assertThat(Files.readString(out().resolve(".infra-manifest"))).isEqualTo(
                "fingerprint none\ndescriptor ../../shop/src/main/infra/infra.yaml\n" + SIZE_A + " compose/a.yml\n");
    }

    @Test
    void anotherDescriptorsOutputIsRefusedAndLeftAsItWas() throws IOException {
        Path shop = descriptor("shop");
        Path blog = descriptor("blog");
        new OutputWriter(out(), shop).write(List.of(GeneratedFile.text("compose/shop.yml", "a\n")), SOME);
        byte[] manifest = Files.readAllBytes(out().resolve(".infra-manifest"));
        OutputWriter other = new OutputWriter(out(), blog);
        List<GeneratedFile> blogFiles = List.of(GeneratedFile.text("compose/blog.yml", "b\n"));

        assertThatThrownBy(() -> other.write(blogFiles, SOME))
                .isInstanceOf(SharedOutputDirectoryException.class)
                .hasMessage("the output directory " + out() + " holds the files generated from " + shop + ", not from "
                        + blog + "; executions that share one output directory remove each other's files, so give"
                        + " each module or execution its own outputDirectory");
        assertThatThrownBy(() -> other.changes(blogFiles)).isInstanceOf(SharedOutputDirectoryException.class);
        // the same fingerprint (equal descriptors, equal settings) does not make another descriptor's output current
        assertThat(other.isUpToDate(SOME)).isFalse();

        assertThat(listing()).containsExactly(".infra-manifest", "compose", "compose/shop.yml");
        assertThat(Files.readAllBytes(out().resolve(".infra-manifest"))).isEqualTo(manifest);
        assertThat(new OutputWriter(out(), shop).isUpToDate(SOME)).isTrue();
    }

    @Test
    void theSameDescriptorRegeneratesAndRemovesItsStaleFilesHoweverItsPathIsSpelt() throws IOException {
        Path shop = descriptor("shop");
        new OutputWriter(out(), shop).write(List.of(GeneratedFile.text("compose/a.yml", "a\n"),
                GeneratedFile.text("compose/old.yml", "o\n")), SOME);
        OutputWriter again = new OutputWriter(temp.resolve("target/../target/infra"),
                temp.resolve("shop/src/main/../main/infra/infra.yaml"));

        assertThat(again.isUpToDate(SOME)).isTrue();
        OutputChanges changes = again.write(List.of(GeneratedFile.text("compose/a.yml", "a\n")), SOME);

        assertThat(changes.removed()).containsExactly("compose/old.yml");
        assertThat(listing()).containsExactly(".infra-manifest", "compose", "compose/a.yml");
    }

    @Test
    void aManifestThatNamesNoDescriptorIsTakenOverAndRewritten() throws IOException {
        Path shop = descriptor("shop");
        Files.createDirectories(out().resolve("compose"));
        Files.writeString(out().resolve("compose/a.yml"), "a\n");
        Files.writeString(out().resolve("compose/old.yml"), "o\n");
        // as written by a version that did not record the descriptor
        Files.writeString(out().resolve(".infra-manifest"), "fingerprint " + SOME.sha256() + "\n"
                + SIZE_A + " compose/a.yml\n2 compose/old.yml\n");
        OutputWriter writer = new OutputWriter(out(), shop);

        assertThat(writer.isUpToDate(SOME)).as("regenerated once, to record the descriptor").isFalse();
        OutputChanges changes = writer.write(List.of(GeneratedFile.text("compose/a.yml", "a\n")), SOME);

        assertThat(changes.removed()).containsExactly("compose/old.yml");
        assertThat(Files.readString(out().resolve(".infra-manifest")))
                .contains("\ndescriptor ../../shop/src/main/infra/infra.yaml\n");
        assertThat(writer.isUpToDate(SOME)).isTrue();
    }

    @Test
    void theOutputOfADescriptorThatIsGoneIsTakenOver() throws IOException {
        Path old = descriptor("shop");
        new OutputWriter(out(), old).write(List.of(GeneratedFile.text("compose/shop.yml", "a\n")), SOME);
        Files.delete(old); // renamed: no execution generates from it any more

        OutputChanges changes = new OutputWriter(out(), descriptor("renamed"))
                .write(List.of(GeneratedFile.text("compose/renamed.yml", "b\n")), SOME);

        assertThat(changes.removed()).containsExactly("compose/shop.yml");
        assertThat(Files.readString(out().resolve(".infra-manifest")))
                .contains("\ndescriptor ../../renamed/src/main/infra/infra.yaml\n");
    }

    @Test
    void aDescriptorPathWithPercentSignsOrLineBreaksStaysOneManifestLine() {
        DescriptorPath odd = new DescriptorPath("../../we%ird\nna\rme/infra.yaml");

        assertThat(odd.encoded()).isEqualTo("../../we%25ird%0Ana%0Dme/infra.yaml");
        assertThat(DescriptorPath.parse(odd.encoded())).contains(odd);
        String manifest = new String(new Manifest(null, odd, new TreeMap<>()).toBytes(), StandardCharsets.UTF_8);
        assertThat(manifest).isEqualTo("fingerprint none\ndescriptor ../../we%25ird%0Ana%0Dme/infra.yaml\n");
        assertThat(Manifest.parse(manifest).map(Manifest::descriptor)).contains(odd);
        assertThat(DescriptorPath.parse("a%2")).isEmpty();
        assertThat(DescriptorPath.parse("a%41")).isEmpty();
        assertThat(DescriptorPath.parse("")).isEmpty();
        assertThat(Manifest.parse("fingerprint none\ndescriptor %zz\n")).as("corrupt: treated as absent").isEmpty();
    }

    /** An existing descriptor of the project {@code name} beside the output directory's project. */
    private Path descriptor(String name) throws IOException {
        Path file = temp.resolve(name + "/src/main/infra/infra.yaml");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "project: " + name + "\n");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> walk = Files.walk(out())) {
            return walk.filter(p -> !p.equals(out()))
                    .map(p -> out().relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
