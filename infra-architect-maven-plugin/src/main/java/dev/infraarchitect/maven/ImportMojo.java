package dev.infraarchitect.maven;

import dev.infraarchitect.importer.ComposeImportException;
import dev.infraarchitect.importer.ImportNote;
import dev.infraarchitect.importer.ImportRequest;
import dev.infraarchitect.importer.ImportResult;
import dev.infraarchitect.importer.ImportedDescriptor;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Imports an existing Docker Compose file as the system descriptor: services with their images or builds,
 * commands, environment, ports, volumes, networks, healthchecks, start conditions and the other settings the
 * descriptor states; every {@code ${VAR}} declared under {@code variables} (defaults from {@code .env}, none for
 * secrets). Lists, with line and column, everything it could not carry. Never writes over an existing descriptor
 * unless {@code overwrite} is set. Run it on demand ({@code mvn infra:import -Dinfra.import.compose=compose.yaml}).
 */
@Mojo(name = "import", requiresProject = true, threadSafe = true)
public class ImportMojo extends AbstractMojo {

    /**
     * The Compose file to import. Default: the first of {@code compose.yaml}, {@code compose.yml},
     * {@code docker-compose.yaml}, {@code docker-compose.yml} in the project's folder, as Compose looks for them.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.IMPORT_COMPOSE)
    private File compose;

    /**
     * The file of variable values for the Compose file. Default: {@code .env} beside the Compose file (may be
     * absent). Values become the defaults of the descriptor's {@code variables}, except for credential-looking names.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.IMPORT_ENV_FILE)
    private File envFile;

    /**
     * The descriptor to write.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DESCRIPTOR, defaultValue = "${project.basedir}/src/main/infra/infra.yaml")
    private File descriptor;

    /**
     * Replaces an existing descriptor; without it, the import refuses to write over one.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.IMPORT_OVERWRITE, defaultValue = "false")
    private boolean overwrite;

    /**
     * Skips every infra goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    /** The project whose folder anchors the default Compose file and the names in messages. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        InfraLog log = new InfraLog(getLog());
        if (skip) {
            log.info("skipped (" + PropertyNames.SKIP + ")");
            return;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path composeFile = compose != null ? compose.toPath().toAbsolutePath().normalize()
                : ImportedDescriptor.defaultComposeFile(base);
        if (composeFile == null) {
            throw new MojoFailureException("no Compose file to import: none of "
                    + String.join(", ", ImportedDescriptor.COMPOSE_FILE_NAMES) + " is in the project's folder; name"
                    + " one with -D" + PropertyNames.IMPORT_COMPOSE + "=path/to/compose.yaml");
        }
        Path target = descriptor.toPath().toAbsolutePath().normalize();
        String composeName = AbstractInfraMojo.displayName(base, composeFile);
        String descriptorName = AbstractInfraMojo.displayName(base, target);
        ImportRequest request = new ImportRequest(composeFile, composeName,
                envFile == null ? null : envFile.toPath().toAbsolutePath().normalize(), target);
        ImportResult result;
        try {
            result = ImportedDescriptor.importAndWrite(request, descriptorName, overwrite);
        } catch (ImportedDescriptor.DescriptorExistsException e) {
            throw new MojoFailureException(e.getMessage() + "; replace it with -D" + PropertyNames.IMPORT_OVERWRITE
                    + "=true, or import into another file with -D" + PropertyNames.DESCRIPTOR + "=path/to/infra.yaml",
                    e);
        } catch (ComposeImportException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        for (ImportNote note : result.notes()) {
            log.warn(note.toString());
        }
        log.info("imported " + result.services() + " services and " + result.variables() + " variables from "
                + composeName + " into " + descriptorName);
        if (!result.notes().isEmpty()) {
            log.warn(result.notes().size() + " settings not carried as written, listed above and at the top of "
                    + descriptorName);
        }
    }
}
