package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.model.ContainerSettings;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Restart;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.ServiceKind;
import dev.infraarchitect.model.StartCondition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields real Compose stacks use: bound as written, with their defaults, and their mistakes located. */
class ContainerFieldsTest {

    private static final Path STACK = Path.of("src/test/resources/schema-agreement/valid/real-stack-fields.yaml");

    static Descriptor parse(String yaml) throws DescriptorException {
        return DescriptorLoader.parse(yaml, "infra.yaml");
    }

    static List<String> problems(String yaml) {
        try {
            parse(yaml);
        } catch (DescriptorException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the descriptor to be rejected");
    }

    private static Descriptor stack() throws IOException, DescriptorException {
        return parse(Files.readString(STACK, StandardCharsets.UTF_8));
    }

    @Test
    void bindsEveryContainerSettingAsWritten() throws Exception {
        Descriptor d = stack();
        Service server = d.services().get("server");
        ContainerSettings c = server.container();

        assertThat(c.command()).isEqualTo(ContainerSettings.Command.shell("start.sh --verbose"));
        assertThat(c.entrypoint()).isEqualTo(ContainerSettings.Command.exec(List.of("/bin/sh", "-c")));
        assertThat(server.restart()).isEqualTo(Restart.ALWAYS);
        assertThat(c.user()).isEqualTo("1000:1000");
        assertThat(c.workingDir()).isEqualTo("/usr/src/app");
        assertThat(c.hostname()).isEqualTo("server");
        assertThat(c.containerName()).isEqualTo("immich_server");
        assertThat(c.aliases()).containsExactly("immich");
        assertThat(c.shmSize()).isEqualTo(Quantities.GIB);
        assertThat(c.ulimits()).containsEntry("nofile", new ContainerSettings.Ulimit(65536, 65536))
                .containsEntry("nproc", new ContainerSettings.Ulimit(1024, 2048));
        assertThat(c.capAdd()).containsExactly("SYS_PTRACE");
        assertThat(c.capDrop()).containsExactly("ALL");
        assertThat(c.devices()).containsExactly("/dev/dri:/dev/dri");
        assertThat(c.extraHosts()).containsExactly("host.docker.internal:host-gateway");
        assertThat(c.tmpfs()).containsExactly("/tmp");
        assertThat(c.envFiles()).containsExactly("./.env");
        assertThat(c.profiles()).containsExactly("default");
        assertThat(server.resources().cpu()).isEqualTo(1000);
        assertThat(c.limits().get(Resource.CPU)).hasValue(2000);
        assertThat(c.limits().get(Resource.MEMORY)).hasValue(4 * Quantities.GIB);
        assertThat(server.ports().get(0).hostText()).isEqualTo("${API_PORT:-2283}");
        assertThat(server.ports().get(0).published()).isTrue();
        assertThat(server.ports().get(0)).hasToString("${API_PORT:-2283}:2283");
        assertThat(server.environment()).containsEntry("DB_PASSWORD", "${DB_PASSWORD}").containsEntry("PRICE", "$$5");
        assertThat(server.healthcheck().exec()).containsExactly("CMD", "curl", "-f", "http://localhost:2283");
        assertThat(server.healthcheck().startPeriod()).hasSeconds(30);
        assertThat(server.dependsOn()).containsExactly("db", "migrate");
        assertThat(server.startCondition("migrate", d.services().get("migrate")))
                .isEqualTo(StartCondition.COMPLETED);
        assertThat(server.startCondition("db", d.services().get("db"))).isEqualTo(StartCondition.HEALTHY);
    }

    @Test
    void jobsBuildsAndDefaults() throws Exception {
        Descriptor d = stack();
        Service migrate = d.services().get("migrate");
        assertThat(migrate.kind()).isEqualTo(ServiceKind.JOB);
        assertThat(migrate.isContainer()).isTrue();
        assertThat(migrate.restart()).isEqualTo(Restart.NO);
        assertThat(migrate.image()).isNull();
        assertThat(migrate.container().build()).isEqualTo(new ContainerSettings.Build("./server", "Dockerfile",
                new java.util.TreeMap<>(java.util.Map.of("NODE_ENV", "production")), "prod"));
        assertThat(d.services().get("db").restart()).isEqualTo(Restart.NO);
        assertThat(d.services().get("ml").restart()).isEqualTo(Restart.UNLESS_STOPPED);
        assertThat(d.services().get("ml").healthcheck()).isNull();
        assertThat(d.services().get("ml").container().healthcheckDisabled()).isTrue();
        assertThat(d.composeProjectName()).isEqualTo("immich");
        assertThat(d.volumes().get("model-cache").external()).isTrue();
        assertThat(d.volumes().get("model-cache").realName()).isEqualTo("immich_model-cache");
        assertThat(d.variables().get("DB_PASSWORD").secret()).isTrue();
        assertThat(d.variables().get("UPLOAD_LOCATION").defaultValue()).isEqualTo("./library");
        assertThat(d.variables()).containsKey("API_PORT");
        assertThat(d.decisions().get(0).implementationNotes()).startsWith("Set compose.projectName");
    }

    @Test
    void aBareNoIsTheRestartPolicyNo() throws Exception {
        Descriptor d = parse("project: p\nservices:\n  a:\n    image: x\n    restart: no\n");
        assertThat(d.services().get("a").restart()).isEqualTo(Restart.NO);
    }

    @Test
    void anUndeclaredVariableIsALocatedErrorWithDidYouMean() {
        List<String> problems = problems("""
                project: p
                variables:
                  POSTGRES_PASSWORD: { secret: true }
                services:
                  api:
                    image: x
                    environment:
                      DB_PASSWORD: ${POSTGRES_PASWORD}
                """);
        assertThat(problems).singleElement().asString()
                .startsWith("infra.yaml:8:20")
                .contains("services.api.environment.DB_PASSWORD references ${POSTGRES_PASWORD}")
                .contains("did you mean 'POSTGRES_PASSWORD'");
    }

    @Test
    void everyFieldThatReachesARuntimeIsChecked() {
        List<String> problems = problems("""
                project: p
                services:
                  api:
                    image: x:${TAG}
                    command: ["run", "$HOME"]
                    volumes: ["${DATA}:/data"]
                    description: costs $5 and ${NOTHING}
                    labels: { price: "$5" }
                    environment:
                      PRICE: $$5
                      BAD: ${1x}
                """);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("services.api.image references ${TAG}"))
                .anySatisfy(p -> assertThat(p).contains("services.api.command[1] references ${HOME}"))
                .anySatisfy(p -> assertThat(p).contains("services.api.volumes[0] references ${DATA}"))
                .anySatisfy(p -> assertThat(p).contains("'${1x}', which Compose cannot interpolate"))
                .anySatisfy(p -> assertThat(p).contains("services.api.labels.price has '$5'"))
                .noneSatisfy(p -> assertThat(p).contains("NOTHING"))
                .noneSatisfy(p -> assertThat(p).contains("PRICE"));
    }

    @Test
    void completedNeedsAJob() {
        List<String> problems = problems("""
                project: p
                services:
                  api:
                    image: x
                    dependsOn: [{ service: db, condition: completed }]
                  db:
                    image: postgres:16
                """);
        assertThat(problems).singleElement().asString().startsWith("infra.yaml:5:5")
                .contains("waits for 'db' to complete, but db is not a job");
    }

    @Test
    void aContainerNeedsImageOrBuild() {
        assertThat(problems("project: p\nservices:\n  a:\n    kind: job\n")).singleElement().asString()
                .contains("needs 'image'").contains("'build'");
    }

    @Test
    void aSecretVariableHasNoDefault() {
        assertThat(problems("project: p\nvariables:\n  K: { secret: true, default: hunter2 }\nservices:\n  a:\n"
                + "    image: x\n")).singleElement().asString().contains("variables.K is secret and must not have a"
                        + " default").doesNotContain("hunter2");
    }
}
