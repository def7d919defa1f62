package dev.infraarchitect.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.load.DescriptorException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

/** The goals wired as Maven wires them: parameters from a test pom, defaults from the plugin descriptor. */
@MojoTest
class InfraMojoTest {

    private final RecordingLog log = new RecordingLog(true);

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
                "[debug] infra: validate: rules {}, failOnWarning false, failOnViolation true");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "failOnWarning", value = "true")
    void validateReadsItsParameters(ValidateMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "rules",
                java.util.Map.of("stateful-without-backup", "off", "budget", "Warning"));

        mojo.execute();

        assertThat(log.lines()).containsExactly(
                "[info] infra: shop: 3 services (2 container, 1 managed), 1 host, 2 environments (dev, prod)",
                "[debug] infra: validate: rules {budget=WARNING, stateful-without-backup=OFF}, failOnWarning true,"
                        + " failOnViolation true");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    void generateDefaultsToEveryGeneratorAndWritesNothingOutsideTarget(GenerateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(log.lines()).containsExactly(
                "[info] infra: shop: 3 services (2 container, 1 managed), 1 host, 2 environments (dev, prod)",
                "[debug] infra: generate: compose, terraform, adr, docs into target/infra");
        assertThat(Files.exists(Path.of(MojoExtension.getBasedir(), "src/main/infra/templates"))).isFalse();
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "generators", value = "compose,terraform,compse")
    void unknownGeneratorSuggestsTheNearest(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("<generators> names unknown generator 'compse' (known: adr, compose, docs, terraform,"
                        + " e.g. -Dinfra.generators=compose,docs); did you mean 'compose'?");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "plan", pom = "pom.xml")
    void planLogsTheSummary(PlanMojo mojo) throws Exception {
        mojo.execute();

        assertThat(log.lines()).containsExactly(
                "[info] infra: shop: 3 services (2 container, 1 managed), 1 host, 2 environments (dev, prod)",
                "[debug] infra: plan: at most 50 lines");
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
