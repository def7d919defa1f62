package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.infraarchitect.model.Descriptor;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken descriptors: each must end quickly in a {@link DescriptorException} with a located, readable
 * problem, never in a hang, an {@link OutOfMemoryError}, a {@link StackOverflowError} or a foreign exception. The
 * timeout is a guard against hangs only; how fast loading is belongs to the benchmarks.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final String HEAD = "project: p\nservices: { a: { image: x } }\n";

    private static List<String> problems(String yaml) {
        try {
            DescriptorLoader.parse(yaml, "infra.yaml");
        } catch (DescriptorException e) {
            return e.problems().stream().map(HostileInputTest::abbreviated).toList();
        }
        throw new AssertionError("expected the descriptor to be rejected");
    }

    /** A message quoting a megabyte of input would flood the test report; none should be this long anyway. */
    private static String abbreviated(Problem problem) {
        String text = problem.toString();
        return text.length() <= 400 ? text : text.substring(0, 400) + "... (" + text.length() + " characters)";
    }

    private static List<String> problems(byte[] bytes) {
        try {
            DescriptorLoader.parse(bytes, "infra.yaml", false);
        } catch (DescriptorException e) {
            return e.problems().stream().map(HostileInputTest::abbreviated).toList();
        }
        throw new AssertionError("expected the descriptor to be rejected");
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAlias() {
        StringBuilder yaml = new StringBuilder(HEAD).append("x0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("x").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (i - 1)))).append("]\n");
        }
        List<String> found = problems(yaml.toString());
        // each of the 81 aliases is refused once where written; none is expanded (that would be 9^9 values)
        assertThat(found).contains("infra.yaml:4:10: YAML aliases ('*l0') are not supported; write the value out",
                "infra.yaml:12:50: YAML aliases ('*l8') are not supported; write the value out");
        assertThat(found).filteredOn(p -> p.contains("YAML aliases")).hasSize(81);
    }

    @Test
    void aliasesAsKeysAndMergeKeysAreRefused() {
        assertThat(problems(HEAD + "description: &k a\ntiers: { *k : {} }\n")).containsExactly(
                "infra.yaml:4:12: YAML aliases are not supported, not even as keys; write the key out");
        assertThat(problems(HEAD + "tiers: { [a]: {} }\n")).containsExactly(
                "infra.yaml:3:11: keys must be plain text, not lists or maps");
        assertThat(problems("project: p\nservices:\n  a: &b { image: y }\n  c:\n    <<: *b\n")).contains(
                "infra.yaml:5:9: YAML aliases ('*b') are not supported; write the value out");
    }

    @Test
    void flowNestingAHundredThousandLevelsDeepIsRefused() {
        // spread over lines of 1,000 brackets: a single line that long is refused before parsing
        String deep = HEAD + "description:\n" + (" " + "[".repeat(1000) + "\n").repeat(100)
                + (" " + "]".repeat(1000) + "\n").repeat(100);
        assertThat(problems(deep)).containsExactly(
                "infra.yaml:4:33: nesting is deeper than 32 levels; a descriptor needs at most six");
        String deepMaps = HEAD + "description:\n" + (" " + "{a: ".repeat(1000) + "\n").repeat(100)
                + (" " + "}".repeat(1000) + "\n").repeat(100);
        assertThat(problems(deepMaps)).singleElement().asString().contains("nesting is deeper than 32 levels");
    }

    @Test
    void blockNestingAHundredThousandLevelsDeepIsRefused() {
        // block sequences nest on one line ("- - - x"); nested block maps need a line per level
        String sequences = HEAD + "description:\n" + "- ".repeat(100_000) + "x\n";
        assertThat(problems(sequences)).singleElement().asString().contains("nesting is deeper than 32 levels");
        StringBuilder maps = new StringBuilder(HEAD).append("description:\n");
        for (int i = 1; i < 2_000; i++) {
            maps.append(" ".repeat(i)).append("a:\n");
        }
        assertThat(problems(maps.toString())).singleElement().asString().contains("nesting is deeper than 32 levels");
    }

    @Test
    void megabyteScalarsAreRefused() {
        String line = "x".repeat(1024 * 1024);
        assertThat(problems(HEAD + "description: " + line + "\n")).containsExactly(
                "infra.yaml:3:1: line 3 is longer than 256 KiB; break it up (one-line JSON belongs in a .json file)");
        String literal = HEAD + "description: |\n" + ("  " + "x".repeat(1000) + "\n").repeat(1024);
        assertThat(problems(literal)).containsExactly("infra.yaml:3:14: value is longer than 256 KiB");
        String folded = HEAD + "description: >\n" + ("  " + "x".repeat(1000) + "\n").repeat(1024);
        assertThat(problems(folded)).containsExactly("infra.yaml:3:14: value is longer than 256 KiB");
        String plain = HEAD + "description: start\n" + ("  " + "x".repeat(1000) + "\n").repeat(1024);
        assertThat(problems(plain)).containsExactly("infra.yaml:3:14: value is longer than 256 KiB");
        String quoted = HEAD + "description: \"" + ("x".repeat(1000) + "\n").repeat(1024) + "\"\n";
        assertThat(problems(quoted)).containsExactly("infra.yaml:3:14: value is longer than 256 KiB");
    }

    @Test
    void megabyteKeysAreRefused() {
        String key = HEAD + "? |\n" + ("  " + "k".repeat(1000) + "\n").repeat(1024) + ": v\n";
        assertThat(problems(key)).containsExactly(
                "infra.yaml:3:3: key is longer than 1024 characters; keys are names");
    }

    @Test
    void duplicateKeysAreRefusedAtEveryLevel() {
        assertThat(problems("project: p\nproject: q\nservices: { a: { image: x, image: y } }\n")).containsExactly(
                "infra.yaml:2:1: duplicate key 'project' (first at line 1); keep one of them",
                "infra.yaml:3:28: duplicate key 'image' (first at line 3); keep one of them");
        assertThat(problems("project: p\nservices: { a: { image: x } }\nservices: { b: { image: x } }\n"))
                .containsExactly("infra.yaml:3:1: duplicate key 'services' (first at line 2); keep one of them");
    }

    @Test
    void invalidUtf8IsRefusedWithThePositionOfTheBadByte() {
        assertThat(problems(bytes(HEAD, 0xC0, 0xAF))).containsExactly(
                "infra.yaml:3:1: is not valid UTF-8 (byte 0xC0); save the file as UTF-8");
        assertThat(problems(bytes(HEAD + "d: ", 0xED, 0xA0, 0x80))).containsExactly(
                "infra.yaml:3:4: is not valid UTF-8 (byte 0xED); save the file as UTF-8");
        assertThat(problems(bytes(HEAD + "d: x", 0xE2, 0x82))).containsExactly(
                "infra.yaml:3:5: is not valid UTF-8 (byte 0xE2); save the file as UTF-8");
        assertThat(problems(bytes("", 0xFF, 0xFE, 'p', 0))).containsExactly(
                "infra.yaml:1:1: is not valid UTF-8 (byte 0xFF); save the file as UTF-8");
    }

    @Test
    void aLeadingByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("infra.yaml");
        Files.write(file, bytes("", 0xEF, 0xBB, 0xBF, 'p', 'r', 'o', 'j', 'e', 'c', 't', ':', ' ', 'p', '\n',
                's', ':', ' ', '1', '\n'));
        assertThatThrownBy(() -> DescriptorLoader.load(file, "infra.yaml")).hasMessage("2 problems in the"
                + " descriptor:\ninfra.yaml:1:1: the descriptor needs 'services': at least one service\n"
                + "infra.yaml:2:1: unknown field 's' at the top level");
        Files.write(file, bytes("", 0xEF, 0xBB, 0xBF));
        Files.writeString(file, HEAD, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Descriptor descriptor = DescriptorLoader.load(file, "infra.yaml");
        assertThat(descriptor.project()).isEqualTo("p");
        assertThat(descriptor.locate("/services/a")).hasToString("infra.yaml:2:13");
    }

    @Test
    void aByteOrderMarkInsideTheTextIsNotDropped() {
        assertThat(problems(HEAD + "\uFEFFdescription: y\n")).containsExactly(
                "infra.yaml:3:1: unknown field '\uFEFFdescription' at the top level; did you mean 'description'?");
    }

    @Test
    void tabsAsIndentationAreRefused() {
        assertThat(problems("project: p\nservices:\n\ta: { image: x }\n")).singleElement().asString()
                .startsWith("infra.yaml:3:1: invalid YAML: found character '\\t(TAB)' that cannot start any token");
        assertThat(problems("project: p\nservices:\n  a:\n  \t image: x\n")).singleElement().asString()
                .startsWith("infra.yaml:4:");
    }

    @Test
    void explicitTagsAreRefusedWherever() {
        assertThat(problems("project: !!java.net.URL p\nservices: { a: { image: x } }\n")).containsExactly(
                "infra.yaml:1:10: explicit YAML tags ('tag:yaml.org,2002:java.net.URL') are not supported; remove"
                        + " the tag");
        assertThat(problems(HEAD + "description: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                + " [[!!java.net.URL [\"http://example.invalid/\"]]]]\n")).contains(
                "infra.yaml:3:14: explicit YAML tags ('tag:yaml.org,2002:javax.script.ScriptEngineManager') are not"
                        + " supported; remove the tag",
                "infra.yaml:3:50: explicit YAML tags ('tag:yaml.org,2002:java.net.URLClassLoader') are not"
                        + " supported; remove the tag");
        assertThat(problems(HEAD + "description: !custom x\n")).containsExactly(
                "infra.yaml:3:14: explicit YAML tags ('custom') are not supported; remove the tag");
        assertThat(problems(HEAD + "description: !!binary aGVsbG8=\n")).containsExactly(
                "infra.yaml:3:14: explicit YAML tags ('tag:yaml.org,2002:binary') are not supported; remove the"
                        + " tag");
        assertThat(problems("!!java.util.HashMap\n" + HEAD)).containsExactly(
                "infra.yaml:1:1: explicit YAML tags ('tag:yaml.org,2002:java.util.HashMap') are not supported;"
                        + " remove the tag");
        assertThat(problems(HEAD + "? !!java.net.URL description\n: v\n")).containsExactly(
                "infra.yaml:3:3: explicit YAML tags ('tag:yaml.org,2002:java.net.URL') are not supported; remove"
                        + " the tag");
    }

    @Test
    void emptyDocumentsAreRefused() {
        String empty = "infra.yaml: is empty; a descriptor needs at least 'project' and 'services'";
        assertThat(problems("")).containsExactly(empty);
        assertThat(problems(" \n\n\t\n")).containsExactly(empty);
        assertThat(problems("---\n")).containsExactly(empty);
        assertThat(problems("---\n...\n")).containsExactly(empty);
        assertThat(problems(new byte[0])).containsExactly(empty);
        assertThat(problems(bytes("", 0xEF, 0xBB, 0xBF))).containsExactly(empty);
    }

    @Test
    void emptyAndDirectoryFilesAreRefused(@TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("infra.yaml"));
        assertThatThrownBy(() -> DescriptorLoader.load(file, "infra.yaml")).isInstanceOf(DescriptorException.class)
                .hasMessage("infra.yaml: is empty; a descriptor needs at least 'project' and 'services'");
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        assertThatThrownBy(() -> DescriptorLoader.load(folder, "folder.yaml")).isInstanceOf(DescriptorException.class)
                .hasMessage("folder.yaml: is a directory; the descriptor must be a YAML or JSON file");
    }

    @Test
    void aFileOverTheSizeCapIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(LoaderLimits.MAX_DOCUMENT_BYTES + 1); // sparse: costs no disk and no time
        }
        assertThatThrownBy(() -> DescriptorLoader.load(file, "huge.yaml")).isInstanceOf(DescriptorException.class)
                .hasMessage("huge.yaml: is larger than 64 MiB");
    }

    @Test
    void tenMillionTinyListItemsAreRefusedBeforeParsing() {
        StringBuilder yaml = new StringBuilder(45_000_000).append(HEAD).append("description:\n");
        for (int i = 0; i < 10_000_000; i++) {
            yaml.append("- a\n");
        }
        assertThat(problems(yaml.toString())).containsExactly(
                "infra.yaml: has more than 2,000,000 lines; a descriptor of 100,000 services has about a million");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // three million values take the parser several seconds
    void millionsOfValuesOnFewLinesAreRefusedAtTheNodeCap() {
        // 3,000,001 items of a flow list, 100,000 to a line: under the line and size caps, over the value cap
        StringBuilder yaml = new StringBuilder(7_000_000).append(HEAD).append("description: [\n");
        String line = "  " + "a,".repeat(100_000) + "\n";
        for (int i = 0; i < 30; i++) {
            yaml.append(line);
        }
        yaml.append("  a]\n");
        assertThat(problems(yaml.toString())).containsExactly(
                "infra.yaml:33:199991: has more than 3,000,000 values; a descriptor of 100,000 services has about 2.3"
                        + " million");
    }

    /**
     * Each input below took seconds to minutes before its fix and takes well under a second now; the guard is a
     * third of the class guard, so that a busy machine does not fail it.
     */
    private static final java.time.Duration QUICK = java.time.Duration.ofSeconds(10);

    @Test
    void aLongRunOfDashesInANameEndsQuickly() {
        // the name hint once stripped trailing dashes with a regular expression: quadratic, 9 s for 80,000
        String name = "a" + "-".repeat(80_000) + "!";
        List<String> found = assertTimeoutPreemptively(QUICK, () -> problems("project: \"" + name + "\"\n"
                + "services: { a: { image: x } }\n"));
        assertThat(found).singleElement().asString().startsWith("infra.yaml:1:10: project 'a------")
                .contains("is not a valid name");
    }

    @Test
    void hintsAreNotBuiltPastTheProblemCap() {
        StringBuilder yaml = new StringBuilder("project: p\nservices:\n");
        for (int i = 0; i < 3_000; i++) {
            yaml.append("  \"S").append(i).append("-".repeat(1_000)).append("!\": { image: x }\n");
        }
        List<String> found = assertTimeoutPreemptively(QUICK, () -> problems(yaml.toString()));
        assertThat(found).hasSize(LoaderLimits.MAX_PROBLEMS + 1);
        assertThat(found.get(0)).contains("(e.g. 's0')");
        assertThat(found.get(LoaderLimits.MAX_PROBLEMS)).endsWith("2900 more problems not shown; fix the ones above"
                + " and run again");
    }

    @Test
    void tokenShapedValuesAreScannedInLinearTime() {
        // each of these took seconds with find() over the token patterns: 72,000 characters of eyJ took 13 s
        List<String> values = List.of("eyJ".repeat(100_000), "eyJ".repeat(50_000) + "." + "eyJ".repeat(50_000),
                ("eyJaaaaa." + "x".repeat(10)).repeat(20_000), ("github_pat_" + "a".repeat(20) + " ").repeat(10_000), "github_pat_".repeat(30_000) + "!", "://".repeat(100_000),
                "a://b:".repeat(50_000), "-----BEGIN ".repeat(30_000), "AKIA".repeat(100_000));
        for (String value : values) {
            java.util.Optional<String> reason = assertTimeoutPreemptively(QUICK,
                    () -> dev.infraarchitect.model.Credentials.reason("X", value));
            if (value.startsWith("github_pat_github_pat_")) {
                assertThat(reason).contains("whose value looks like a GitHub token"); // it is one, in shape
            } else {
                assertThat(reason).as(value.substring(0, 20)).isEmpty();
            }
        }
    }

    @Test
    void thousandsOfUnknownReferencesAreCappedWithoutScanningForEach() {
        // 2,000 unknown references against 2,000 services, each with an edit-distance scan, took 53 s
        StringBuilder yaml = new StringBuilder("project: p\nservices:\n");
        for (int i = 0; i < 2_000; i++) {
            yaml.append("  service-").append(i).append(": { image: x, dependsOn: [missing-").append(i).append("] }\n");
        }
        Descriptor descriptor = assertTimeoutPreemptively(QUICK,
                () -> DescriptorLoader.parse(yaml.toString(), "infra.yaml"));
        List<dev.infraarchitect.analysis.Finding> findings = assertTimeoutPreemptively(QUICK,
                () -> dev.infraarchitect.analysis.graph.ReferenceCheck.check(descriptor));
        assertThat(findings).hasSize(dev.infraarchitect.analysis.graph.ReferenceCheck.MAX_UNKNOWN + 1);
        assertThat(findings.get(0).message()).isEqualTo("service service-0 depends on unknown service 'missing-0'");
        assertThat(findings.get(findings.size() - 1).message())
                .isEqualTo("1900 more unknown references not shown; fix the ones above and run again");
    }

    @Test
    void aTerraformBackendKeyThatIsNotAnArgumentNameIsRefusedWhereWritten() {
        // the key was once printed raw into backend.tf: this one closes the block and adds a data source
        String yaml = HEAD + "terraform:\n  backend:\n    type: s3\n"
                + "    \"x\\\" = 1 }\\n}\\ndata \\\"external\\\" \\\"x\\\" { program = [\\\"sh\\\"] }\\nterraform { backend \\\"s3\\\" {\\ny\": z\n"
                + "    Bucket: b\n";
        assertThat(problems(yaml)).containsExactly(
                "infra.yaml:6:5: terraform.backend has a setting whose name is not a Terraform argument name: use"
                        + " lower-case letters, digits and '_', starting with a letter",
                "infra.yaml:7:5: terraform.backend has a setting whose name is not a Terraform argument name: use"
                        + " lower-case letters, digits and '_', starting with a letter");
        assertThat(problems(HEAD + "terraform: { backend: { type: \"s3\\\" {\" } }\n")).singleElement().asString()
                .isEqualTo("infra.yaml:3:14: terraform.backend type is not a Terraform backend name such as s3, gcs"
                        + " or azurerm (lower-case letters, digits and '_')");
    }

    @Test
    void valuesOfUnknownMeaningAreNeverQuotedInMessages() {
        String secret = "hunter2-correct-horse";
        List<String> found = problems(HEAD.replace("{ image: x }", "{ image: x, secrets: [\"POSTGRES_PASSWORD="
                + secret + "\"], environment: \"POSTGRES_PASSWORD=" + secret + "\", dependsOn: \"" + secret
                + "\" }"));
        assertThat(found).hasSize(3).allSatisfy(p -> assertThat(p).doesNotContain(secret));
        assertThat(found).contains("infra.yaml:2:38: services.a.secrets entry must be a variable name such as"
                + " DATABASE_PASSWORD (letters, digits, '_'); secrets are named, never given values");
    }

    @Test
    void jsonSyntaxErrorsAreLocatedWithoutTheRefusedToken() {
        for (String json : List.of("{\"project\": hunter2secret}", "{\"project\": \"p\", hunter2secret: 1}",
                "{\"project\": \"p\"} hunter2secret", "{\"project\": \"hunter2secret\u0001\"}",
                "{\"project\": \"p\", \"services\": [\"hunter2secret\"}")) {
            List<String> found;
            try {
                DescriptorLoader.parse(json.getBytes(StandardCharsets.UTF_8), "infra.json", true);
                throw new AssertionError("expected " + json + " to be rejected");
            } catch (DescriptorException e) {
                found = e.problems().stream().map(Problem::toString).toList();
            }
            assertThat(found).as(json).singleElement().asString().startsWith("infra.json:1:")
                    .contains("invalid syntax").doesNotContain("hunter2");
        }
    }

    @Test
    void windowsDeviceNamesAreRefusedAsNames() {
        assertThat(problems("project: nul\nservices: { con: { image: x }, com1: { image: x }, console: { image: x } }"
                + "\nhosts: { lpt9: { cpu: 1, memory: 1Gi } }\n")).containsExactly(
                "infra.yaml:1:10: project 'nul' is a device name on Windows (con, prn, aux, nul, com1-9, lpt1-9) and"
                        + " would name generated files; choose another name",
                "infra.yaml:2:13: services key 'con' is a device name on Windows (con, prn, aux, nul, com1-9, lpt1-9)"
                        + " and would name generated files; choose another name",
                "infra.yaml:2:32: services key 'com1' is a device name on Windows (con, prn, aux, nul, com1-9, lpt1-9)"
                        + " and would name generated files; choose another name",
                "infra.yaml:3:10: hosts key 'lpt9' is a device name on Windows (con, prn, aux, nul, com1-9, lpt1-9)"
                        + " and would name generated files; choose another name");
    }

    private static byte[] bytes(String prefix, int... tail) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < tail.length; i++) {
            all[head.length + i] = (byte) tail[i];
        }
        return all;
    }
}
