package dev.infraarchitect.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** infra:import wired as Maven wires it: the default Compose file, skip, the log, and the refusal to overwrite. */
@MojoTest
class ImportMojoTest {

    private final RecordingLog log = new RecordingLog(true);

    @Provides
    Log log() {
        return log;
    }

    @BeforeEach
    void removeEarlierDescriptor() throws IOException {
        Files.deleteIfExists(Path.of("target/test-classes/unit/import/target/imported/infra.yaml"));
    }

    @Test
    @Basedir("/unit/import")
    @InjectMojo(goal = "import", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothingElse(ImportMojo mojo) throws Exception {
        mojo.execute();

        assertThat(log.lines()).containsExactly("[info] infra: skipped (infra.skip)");
        assertThat(Path.of(MojoExtension.getBasedir(), "src/main/infra/infra.yaml")).doesNotExist();
    }

    @Test
    @Basedir("/unit/import")
    @InjectMojo(goal = "import", pom = "pom.xml")
    @MojoParameter(name = "descriptor", value = "${project.basedir}/target/imported/infra.yaml")
    void importsTheDefaultComposeFileOnceAndLogsWhatItCouldNotCarry(ImportMojo mojo) throws Exception {
        mojo.execute();

        Path descriptor = Path.of(MojoExtension.getBasedir(), "target/imported/infra.yaml");
        assertThat(Files.readString(descriptor)).contains("  web:\n    image: nginx:1.27\n");
        assertThat(log.lines()).containsExactly(
                "[warn] infra: compose.yaml:4:5: services.web.logging: not carried: the descriptor has no field for"
                        + " Compose's 'logging'",
                "[info] infra: imported 1 services and 0 variables from compose.yaml into target/imported/infra.yaml",
                "[warn] infra: 1 settings not carried as written, listed above and at the top of"
                        + " target/imported/infra.yaml");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "descriptor target/imported/infra.yaml already exists and is left as it is; replace it with"
                        + " -Dinfra.import.overwrite=true, or import into another file with"
                        + " -Dinfra.descriptor=path/to/infra.yaml");
    }

    @Test
    @Basedir("/unit/import")
    @InjectMojo(goal = "import", pom = "pom.xml")
    @MojoParameter(name = "compose", value = "${project.basedir}/nothing.yaml")
    @MojoParameter(name = "descriptor", value = "${project.basedir}/target/imported/infra.yaml")
    void aMissingComposeFileFailsCleanly(ImportMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Compose file nothing.yaml not found");
    }
}
