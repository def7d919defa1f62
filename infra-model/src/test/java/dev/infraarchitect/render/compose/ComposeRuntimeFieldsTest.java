package dev.infraarchitect.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infraarchitect.render.GeneratedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What makes a generated stack start as the original did: the process, the restart policy, start order with jobs,
 * interpolation passed through unescaped, and the existing project's volumes kept. Every file is checked against the
 * Compose specification's schema as well.
 */
class ComposeRuntimeFieldsTest {

    private static final String STACK = """
            project: photos
            compose: { projectName: immich }
            variables:
              IMAGE_TAG: { default: release, description: Tag of the images }
              DB_PASSWORD: { secret: true, required: true, description: Password of the database }
              UPLOAD_LOCATION: { default: "./library" }
              API_PORT:
            volumes:
              model-cache: { external: true, name: immich_model-cache }
              pgdata: { name: immich_pgdata }
            services:
              migrate:
                kind: job
                build: { context: ./server, dockerfile: Dockerfile, args: { NODE_ENV: production }, target: prod }
                command: ["npm", "run", "migrate"]
                dependsOn: [db]
              server:
                image: ghcr.io/immich-app/immich-server:${IMAGE_TAG}
                command: start.sh --verbose "two words"
                entrypoint: ["/bin/sh", "-c"]
                restart: always
                user: "1000:1000"
                workingDir: /usr/src/app
                hostname: server
                containerName: immich_server
                aliases: [immich]
                shmSize: 1Gi
                ulimits: { nofile: 65536, nproc: { soft: 1024, hard: 2048 } }
                capAdd: [SYS_PTRACE]
                capDrop: [ALL]
                devices: ["/dev/dri:/dev/dri"]
                extraHosts: ["host.docker.internal:host-gateway"]
                tmpfs: [/tmp]
                envFiles: [./.env.server]
                profiles: [default]
                ports: ["${API_PORT:-2283}:2283"]
                resources: { cpu: 1, memory: 2Gi, limits: { cpu: 2, memory: 4Gi } }
                volumes: ["${UPLOAD_LOCATION}:/usr/src/app/upload", "model-cache:/cache:ro", "./config:/config:ro"]
                environment:
                  DB_PASSWORD: ${DB_PASSWORD}
                  PRICE: "$$5"
                  GREETING: hello ${IMAGE_TAG:-x} $${HOME}
                healthcheck: { test: ["CMD", "curl", "-f", "http://localhost:2283"], interval: 30s, startPeriod: 45s }
                dependsOn:
                  - db
                  - { service: migrate, condition: completed }
                  - { service: ml, condition: started }
              db:
                image: postgres:16
                volumes: ["pgdata:/var/lib/postgresql/data"]
                healthcheck: { test: pg_isready, interval: 5s }
              ml:
                image: ghcr.io/immich-app/immich-machine-learning:${IMAGE_TAG}
                healthcheck: { disable: true }
              worker:
                image: ghcr.io/immich-app/immich-server:${IMAGE_TAG}
                restart: no
                dependsOn: [migrate, ml]
            """;

    private static final com.networknt.schema.JsonSchema SCHEMA = ComposeSchema.load();

    private static List<GeneratedFile> generate() {
        return new ComposeGenerator().generate(dev.infraarchitect.render.GenerationContext.of(AnalysisFixture.analyse(STACK)));
    }

    private static JsonNode compose() {
        GeneratedFile file = generate().stream().filter(f -> f.path().equals("compose/prod/compose.yaml"))
                .findFirst().orElseThrow();
        ComposeSchema.assertValid(SCHEMA, file);
        return ComposeSchema.parse(file.text());
    }

    @Test
    void theProcessIsTheOneWritten() {
        JsonNode server = compose().at("/services/server");
        assertThat(server.get("command").asText()).isEqualTo("start.sh --verbose \"two words\"");
        assertThat(server.get("entrypoint").toString()).isEqualTo("[\"/bin/sh\",\"-c\"]");
        assertThat(compose().at("/services/migrate/command").toString()).isEqualTo("[\"npm\",\"run\",\"migrate\"]");
        assertThat(server.get("user").asText()).isEqualTo("1000:1000");
        assertThat(server.get("working_dir").asText()).isEqualTo("/usr/src/app");
        assertThat(server.get("hostname").asText()).isEqualTo("server");
        assertThat(server.get("container_name").asText()).isEqualTo("immich_server");
    }

    @Test
    void restartPoliciesHaveOneDefaultAndJobsNeverRestart() {
        JsonNode services = compose().get("services");
        assertThat(services.at("/server/restart").asText()).isEqualTo("always");
        assertThat(services.at("/db/restart").asText()).isEqualTo("unless-stopped");
        assertThat(services.at("/migrate/restart").asText()).isEqualTo("no");
        assertThat(services.at("/worker/restart").asText()).isEqualTo("no");
    }

    @Test
    void dependentsWaitForAJobToCompleteAndForTheConditionWritten() {
        JsonNode services = compose().get("services");
        assertThat(services.at("/server/depends_on").toString()).isEqualTo("{"
                + "\"db\":{\"condition\":\"service_healthy\"},"
                + "\"migrate\":{\"condition\":\"service_completed_successfully\"},"
                + "\"ml\":{\"condition\":\"service_started\"}}");
        // defaults: a job completes; a disabled healthcheck is no healthcheck to wait for
        assertThat(services.at("/worker/depends_on").toString()).isEqualTo("{"
                + "\"migrate\":{\"condition\":\"service_completed_successfully\"},"
                + "\"ml\":{\"condition\":\"service_started\"}}");
        assertThat(services.at("/migrate/depends_on/db/condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void interpolationPassesThroughUnescapedAndDollarDollarStays() {
        JsonNode server = compose().at("/services/server");
        assertThat(server.get("image").asText()).isEqualTo("ghcr.io/immich-app/immich-server:${IMAGE_TAG}");
        assertThat(server.at("/environment/DB_PASSWORD").asText()).isEqualTo("${DB_PASSWORD}");
        assertThat(server.at("/environment/PRICE").asText()).isEqualTo("$$5");
        assertThat(server.at("/environment/GREETING").asText()).isEqualTo("hello ${IMAGE_TAG:-x} $${HOME}");
        assertThat(server.get("ports").toString()).isEqualTo("[\"${API_PORT:-2283}:2283\"]");
        assertThat(server.at("/volumes/0").asText()).isEqualTo("${UPLOAD_LOCATION}:/usr/src/app/upload");
    }

    @Test
    void theExistingProjectsVolumesKeepTheirNames() {
        JsonNode root = compose();
        assertThat(root.get("name").asText()).isEqualTo("immich");
        assertThat(root.get("volumes").toString()).isEqualTo("{\"model-cache\":{\"external\":true,"
                + "\"name\":\"immich_model-cache\"},\"pgdata\":{\"name\":\"immich_pgdata\"}}");
        assertThat(root.at("/services/server/volumes/2").asText()).isEqualTo("./config:/config:ro");
        assertThat(root.at("/services/server/env_file").toString()).isEqualTo("[\"./.env.server\"]");
        assertThat(root.at("/services/migrate/build").toString()).isEqualTo("{\"context\":\"./server\","
                + "\"dockerfile\":\"Dockerfile\",\"args\":{\"NODE_ENV\":\"production\"},\"target\":\"prod\"}");
        assertThat(root.at("/services/migrate/image").isMissingNode()).isTrue();
    }

    @Test
    void theHeaderSaysToRunFromTheDescriptorsFolder() {
        String text = generate().stream().filter(f -> f.path().equals("compose/prod/compose.yaml")).findFirst()
                .orElseThrow().text();
        assertThat(text).contains("#   docker compose --project-directory <folder of infra.yaml> -f <this file> up -d");
    }

    @Test
    void containerSettingsReachTheService() {
        JsonNode server = compose().at("/services/server");
        assertThat(server.get("shm_size").asText()).isEqualTo("1g");
        assertThat(server.get("ulimits").toString()).isEqualTo("{\"nofile\":65536,\"nproc\":{\"soft\":1024,"
                + "\"hard\":2048}}");
        assertThat(server.get("cap_add").toString()).isEqualTo("[\"SYS_PTRACE\"]");
        assertThat(server.get("cap_drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(server.get("devices").toString()).isEqualTo("[\"/dev/dri:/dev/dri\"]");
        assertThat(server.get("extra_hosts").toString()).isEqualTo("[\"host.docker.internal:host-gateway\"]");
        assertThat(server.get("tmpfs").toString()).isEqualTo("[\"/tmp\"]");
        assertThat(server.get("profiles").toString()).isEqualTo("[\"default\"]");
        assertThat(server.get("networks").toString()).isEqualTo("{\"default\":{\"aliases\":[\"immich\"]}}");
        assertThat(server.at("/deploy/resources").toString()).isEqualTo("{\"limits\":{\"cpus\":\"2\","
                + "\"memory\":\"4g\"},\"reservations\":{\"cpus\":\"1\",\"memory\":\"2g\"}}");
        assertThat(server.get("healthcheck").toString()).isEqualTo("{\"test\":[\"CMD\",\"curl\",\"-f\","
                + "\"http://localhost:2283\"],\"interval\":\"30s\",\"start_period\":\"45s\"}");
        assertThat(compose().at("/services/ml/healthcheck").toString()).isEqualTo("{\"disable\":true}");
    }

    @Test
    void envExampleListsDeclaredVariablesWithoutSecretValues() {
        GeneratedFile example = generate().stream().filter(f -> f.path().equals("compose/prod/.env.example"))
                .findFirst().orElseThrow();
        assertThat(example.text()).contains("""

                # Tag of the images
                IMAGE_TAG=release
                """).contains("""

                # Password of the database (required, secret)
                DB_PASSWORD=
                """).contains("\nUPLOAD_LOCATION=./library\n").contains("\nAPI_PORT=\n");
    }
}
