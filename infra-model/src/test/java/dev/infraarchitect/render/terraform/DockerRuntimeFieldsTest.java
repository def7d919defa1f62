package dev.infraarchitect.render.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.render.GeneratedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The container settings, jobs and interpolation in the Docker skeleton, with their deploy-time meaning. */
class DockerRuntimeFieldsTest {

    private static final String STACK = """
            project: photos
            variables:
              IMAGE_TAG: { default: release, description: Tag of the images }
              DB_PASSWORD: { secret: true, required: true }
              UPLOAD_LOCATION: { default: "./library" }
              API_PORT: { required: true }
            volumes:
              model-cache: { external: true, name: immich_model-cache }
            services:
              migrate:
                kind: job
                build: { context: ./server, dockerfile: Dockerfile, args: { NODE_ENV: production }, target: prod }
                command: ["npm", "run", "migrate"]
              server:
                image: ghcr.io/immich-app/immich-server:${IMAGE_TAG}
                command: start.sh --verbose "two words"
                entrypoint: ["/bin/sh", "-c"]
                restart: always
                user: "1000:1000"
                workingDir: /usr/src/app
                hostname: server
                aliases: [immich]
                networks: [backend]
                shmSize: 1Gi
                ulimits: { nofile: 65536, nproc: { soft: 1024, hard: 2048 } }
                capAdd: [SYS_PTRACE]
                capDrop: [ALL]
                devices: ["/dev/dri:/dev/dri"]
                extraHosts: ["host.docker.internal:host-gateway"]
                tmpfs: [/tmp]
                envFiles: [./.env.server]
                ports: ["${API_PORT:-2283}:2283"]
                resources: { cpu: 1, memory: 2Gi, limits: { cpu: 2, memory: 4Gi } }
                volumes: ["${UPLOAD_LOCATION}:/usr/src/app/upload", "model-cache:/cache:ro"]
                environment:
                  DB_PASSWORD: ${DB_PASSWORD}
                  PRICE: "$$5 ${IMAGE_TAG}"
                healthcheck: { test: ["CMD", "curl", "-f", "http://localhost:2283"], startPeriod: 45s }
                dependsOn: [migrate]
            networks:
              backend: {}
            terraform: { provider: docker }
            """;

    private static String module() {
        List<GeneratedFile> files = new TerraformGenerator().generate(dev.infraarchitect.render.GenerationContext.of(Fixtures.analysis(STACK)));
        return files.stream().filter(f -> f.path().equals("terraform/modules/local/main.tf")).findFirst()
                .orElseThrow().text();
    }

    private static String file(String path) {
        return new TerraformGenerator().generate(dev.infraarchitect.render.GenerationContext.of(Fixtures.analysis(STACK))).stream()
                .filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }

    private static String block(String text, String header) {
        int start = text.indexOf(header);
        assertThat(start).as(header).isNotNegative();
        int end = text.indexOf("\n}\n", start);
        return text.substring(start, end).replaceAll(" +", " ");
    }

    @Test
    void theProcessAndItsSettingsReachTheContainer() {
        String server = block(module(), "resource \"docker_container\" \"server\"");
        assertThat(server).contains("restart = \"always\"")
                .contains("entrypoint = [\"/bin/sh\", \"-c\"]")
                .contains("command = [\"start.sh\", \"--verbose\", \"two words\"]")
                .contains("user = \"1000:1000\"").contains("working_dir = \"/usr/src/app\"")
                .contains("hostname = \"server\"")
                .contains("memory = 4096").contains("cpus = \"2\"")
                .contains("shm_size = 1024")
                .contains("aliases = [\"server\", \"immich\"]")
                .contains("name = \"nofile\"").contains("soft = 1024").contains("hard = 2048")
                .contains("add = [\"SYS_PTRACE\"]").contains("drop = [\"ALL\"]")
                .contains("host_path = \"/dev/dri\"")
                .contains("host = \"host.docker.internal\"").contains("ip = \"host-gateway\"")
                .contains("\"/tmp\" = \"\"")
                .contains("start_period = \"45s\"")
                .contains("test = [\"CMD\", \"curl\", \"-f\", \"http://localhost:2283\"]")
                .contains("env file ./.env.server");
    }

    @Test
    void aJobRunsOnceAndItsDependentsAreCreatedAfterItExited() {
        String text = module();
        String migrate = block(text, "resource \"docker_container\" \"migrate\"");
        assertThat(migrate).contains("restart = \"no\"").contains("must_run = false").contains("attach = true");
        assertThat(block(text, "resource \"docker_container\" \"server\"")).contains("docker_container.migrate");
        String image = block(text, "resource \"docker_image\" \"migrate\"");
        assertThat(image).contains("context = abspath(\"./server\")").contains("dockerfile = \"Dockerfile\"")
                .contains("target = \"prod\"").contains("NODE_ENV = \"production\"");
    }

    @Test
    void interpolationBecomesTerraformVariablesAndDollarDollarALiteralDollar() {
        String text = module();
        assertThat(block(text, "resource \"docker_image\" \"server\""))
                .contains("\"ghcr.io/immich-app/immich-server:${var.IMAGE_TAG}\"");
        String server = block(text, "resource \"docker_container\" \"server\"");
        assertThat(server).contains("\"DB_PASSWORD=${var.DB_PASSWORD}\"").contains("\"PRICE=$5 ${var.IMAGE_TAG}\"")
                .contains("external = tonumber(\"${var.API_PORT != \"\" ? var.API_PORT : \"2283\"}\")")
                .contains("host_path = abspath(\"${var.UPLOAD_LOCATION}\")")
                .contains("volume_name = \"immich_model-cache\"");
        assertThat(text).doesNotContain("resource \"docker_volume\" \"model_cache\"");
        String variables = file("terraform/modules/local/variables.tf");
        assertThat(block(variables, "variable \"DB_PASSWORD\"")).contains("sensitive = true")
                .doesNotContain("default");
        assertThat(block(variables, "variable \"IMAGE_TAG\"")).contains("default = \"release\"");
        assertThat(block(variables, "variable \"API_PORT\"")).doesNotContain("default");
        assertThat(file("terraform/environments/prod/main.tf").replaceAll(" +", " "))
                .contains("IMAGE_TAG = var.IMAGE_TAG");
    }
}
