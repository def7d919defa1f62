package dev.infraarchitect.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.load.DescriptorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The goals wired as Maven wires them: parameters from a test pom, defaults from the plugin descriptor. */
@MojoTest
class InfraMojoTest {

    private final RecordingLog log = new RecordingLog(true);

    /** Goals write into the copied test project; each test starts without the output of the one before. */
    @BeforeEach
    void removeEarlierOutput() throws IOException {
        Path output = Path.of("target/test-classes/unit/valid/target/infra");
        if (Files.exists(output)) {
            try (Stream<Path> files = Files.walk(output)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Provides
    Log log() {
        return log;
    }

    @Test
    @Basedir("/unit/missing")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothingElseEvenWithoutADescriptor(ValidateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(log.lines()).containsExactly("[info] infra: skipped (infra.skip)");
        assertThat(Path.of(MojoExtension.getBasedir(), "target")).doesNotExist();
    }

    @Test
    @Basedir("/unit/missing")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "skipValidate", value = "true")
    void goalSkipDoesNothingElse(ValidateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(log.lines()).containsExactly("[info] infra: skipped (infra.validate.skip)");
    }

    @Test
    @Basedir("/unit/missing")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "skipGenerate", value = "true")
    void generateSkipDoesNothingElse(GenerateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(log.lines()).containsExactly("[info] infra: skipped (infra.generate.skip)");
    }

    @Test
    @Basedir("/unit/missing")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void missingDescriptorNamesItsRelativePathAndHowToSetAnother(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("infra descriptor src/main/infra/infra.yaml not found; create it, or set another file"
                        + " with <descriptor> in the plugin configuration or -Dinfra.descriptor=path/to/infra.yaml"
                        + " (or skip with -Dinfra.skip)");
        assertThat(log.lines()).isEmpty();
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "plan", pom = "pom.xml")
    @MojoParameter(name = "descriptor", value = "${project.basedir}/src/main/infra")
    void directoryInsteadOfFileFailsCleanly(PlanMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("infra descriptor src/main/infra is a directory, not a file; point <descriptor> in the"
                        + " plugin configuration, or -Dinfra.descriptor=..., at the YAML file");
    }

    @Test
    @Basedir("/unit/unknown-field")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void badDescriptorFailsWithEveryProblemAtFileLineColumn(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasCauseInstanceOf(DescriptorException.class)
                .hasMessage("""
                        2 problems in the descriptor:
                        src/main/infra/infra.yaml:5:5: unknown field 'dependOn' in services.api; did you mean \
                        'dependsOn'?
                        src/main/infra/infra.yaml:9:15: services.db.resources.memory: size '4' has no unit; did you \
                        mean 4Gi? (units: Ki Mi Gi Ti Pi, or k M G T P)""");
        assertThat(log.lines()).isEmpty();
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void validDescriptorLogsTheSummary(ValidateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(log.lines()).containsExactly(
                "[info] infra: shop: 3 services (2 container, 1 managed), 1 host, 2 environments (dev, prod)",
                "[warn] infra: src/main/infra/infra.yaml:11:3: service api has no healthcheck but web depends on it;"
                        + " add a healthcheck so they can wait until it is ready [dependency-without-healthcheck]",
                "[info] infra: validate: 0 errors, 1 warning; reports in target/infra/plan.json and infra.sarif");
        Path output = Path.of(MojoExtension.getBasedir(), "target/infra");
        assertThat(output.resolve("plan.json")).content().contains("\"project\": \"shop\"");
        assertThat(output.resolve("infra.sarif")).content().contains("\"ruleId\": \"dependency-without-healthcheck\"");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "failOnWarning", value = "true")
    void validateReadsItsParameters(ValidateMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "rules",
                java.util.Map.of("stateful-without-backup", "off", "credential-in-environment", "Warning"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("""
                        1 violation in src/main/infra/infra.yaml:
                        src/main/infra/infra.yaml:11:3: service api has no healthcheck but web depends on it; add a \
                        healthcheck so they can wait until it is ready
                        Fix the descriptor, or report without failing with -Dinfra.failOnViolation=false""");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void rulesNamingAHardCheckAreRejected(ValidateMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "rules", java.util.Map.of("budget", "warning"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("<rules><budget>: 'budget' is a hard check and always an error; advice rules:"
                        + " backup-exceeds-rpo, credential-in-environment,");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    void generateDefaultsToEveryGeneratorAndWritesNothingOutsideTarget(GenerateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(log.lines()).containsExactly(
                "[info] infra: shop: 3 services (2 container, 1 managed), 1 host, 2 environments (dev, prod)",
                "[debug] infra: placed api on main",
                "[debug] infra: placed web on main",
                "[info] infra: generate: 17 added, 0 changed, 0 removed, 0 unchanged in target/infra");
        Path output = Path.of(MojoExtension.getBasedir(), "target/infra");
        assertThat(output.resolve("compose/prod/main.compose.yaml")).exists();
        assertThat(output.resolve("terraform/environments/dev/main.tf")).exists();
        assertThat(output.resolve("docs/architecture.md")).exists();
        assertThat(Files.exists(Path.of(MojoExtension.getBasedir(), "src/main/infra/templates"))).isFalse();

        log.clear();
        mojo.execute();
        assertThat(log.lines()).containsExactly("[info] infra: generate: target/infra is up to date");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "generators", value = "compose,terraform,compse")
    void unknownGeneratorSuggestsTheNearest(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("<generators> names unknown generator 'compse' (known: compose, terraform, adr, docs,"
                        + " kubernetes, kubernetes-no-wait, e.g. -Dinfra.generators=compose,docs);"
                        + " did you mean 'compose'?");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "generators", value = "kubernetes,kubernetes-no-wait")
    void bothKubernetesVariantsFailNamingTheParameter(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("<generators>: generators 'kubernetes' and 'kubernetes-no-wait' write the same files;"
                        + " select one of them");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "plan", pom = "pom.xml")
    void planLogsTheSummary(PlanMojo mojo) throws Exception {
        mojo.execute();

        assertThat(log.lines()).startsWith(
                "[info] infra: shop: 3 services (2 container, 1 managed), 1 host, 2 environments (dev, prod)",
                "[info] infra: plan for shop: 3 services (1 managed), 1 host, 0 tiers, 2 environments",
                "[info] infra: startup order (3 phases):",
                "[info] infra:   phase 1: db");
        assertThat(log.lines()).contains("[info] infra: critical path: db -> api -> web (3)",
                "[info] infra: plan: written to target/infra/plan.json");
        assertThat(log.lines()).anyMatch(line -> line.startsWith("[info] infra: generate would: add 17"));
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "plan", pom = "pom.xml")
    @MojoParameter(name = "maxLines", value = "0")
    void planRejectsANonPositiveLineLimit(PlanMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("<maxLines> must be at least 1, was 0; e.g. -Dinfra.plan.maxLines=50");
    }
}
