package dev.infraarchitect.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class ComposeImporterTest {

    @TempDir
    Path folder;

    private ImportResult importText(String compose) throws Exception {
        return importText(compose, null);
    }

    private ImportResult importText(String compose, String dotEnv) throws Exception {
        Path file = folder.resolve("docker-compose.yml");
        Files.writeString(file, compose);
        if (dotEnv != null) {
            Files.writeString(folder.resolve(".env"), dotEnv);
        }
        return ComposeImporter.importCompose(new ImportRequest(file, "docker-compose.yml", null,
                folder.resolve("src/main/infra/infra.yaml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(ImportResult result, String name) {
        Map<String, Object> root = new Yaml().load(result.descriptor());
        return (Map<String, Object>) ((Map<String, Object>) root.get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(ImportResult result, String name) {
        Map<String, Object> root = new Yaml().load(result.descriptor());
        return (Map<String, Object>) root.get(name);
    }

    @Test
    void anchorsMergeKeysAndExtensionsAreResolvedAndTheirSettingsLocatedWhereWritten() throws Exception {
        ImportResult result = importText("""
                x-common: &common
                  restart: always
                  logging:
                    driver: json-file
                services:
                  api:
                    <<: *common
                    image: acme/api:1
                    user: "1000:1000"
                  worker:
                    <<: *common
                    image: acme/api:1
                    restart: on-failure
                """);
        assertThat(service(result, "api")).containsEntry("restart", "always").containsEntry("user", "1000:1000");
        assertThat(service(result, "worker")).containsEntry("restart", "on-failure");
        assertThat(result.notes()).extracting(ImportNote::toString).containsExactly(
                "docker-compose.yml:3:3: services.api.logging: not carried: the descriptor has no field for"
                        + " Compose's 'logging'",
                "docker-compose.yml:3:3: services.worker.logging: not carried: the descriptor has no field for"
                        + " Compose's 'logging'");
        assertThat(result.descriptor()).doesNotContain("x-common").doesNotContain("<<");
    }

    @Test
    void interpolationIsKeptAsWrittenAndEveryVariableDeclaredWithItsEnvDefaultExceptSecrets() throws Exception {
        ImportResult result = importText("""
                services:
                  api:
                    image: acme/api:${TAG:-latest}
                    environment:
                      DB_PASSWORD: ${POSTGRES_PASSWORD}
                      URL: http://$HOST:${PORT:?set the port}/
                      LITERAL: a$$b
                """, "TAG=1.4\nPOSTGRES_PASSWORD=hunter2\nHOST=db # the database\n");
        assertThat(service(result, "api")).containsEntry("image", "acme/api:${TAG:-latest}");
        assertThat((Map<String, Object>) service(result, "api").get("environment"))
                .containsEntry("DB_PASSWORD", "${POSTGRES_PASSWORD}")
                .containsEntry("URL", "http://$HOST:${PORT:?set the port}/")
                .containsEntry("LITERAL", "a$$b");
        assertThat(section(result, "variables")).isEqualTo(Map.of(
                "TAG", Map.of("default", "1.4"),
                "POSTGRES_PASSWORD", Map.of("secret", true),
                "HOST", Map.of("default", "db"),
                "PORT", Map.of("required", true)));
        assertThat(result.descriptor()).doesNotContain("hunter2");
        assertThat(result.variables()).isEqualTo(4);
    }

    @Test
    void resourcesAreStatedOnlyWhereComposeStatesThem() throws Exception {
        ImportResult result = importText("""
                services:
                  plain:
                    image: nginx
                  sized:
                    image: postgres
                    deploy:
                      replicas: 2
                      resources:
                        reservations: { cpus: "0.5", memory: 512M }
                        limits: { cpus: "2", memory: 2g }
                    shm_size: 1gb
                """);
        assertThat(service(result, "plain")).doesNotContainKey("resources").doesNotContainKey("replicas");
        assertThat(service(result, "sized").get("resources")).isEqualTo(Map.of("cpu", 0.5, "memory", "512Mi",
                "limits", Map.of("cpu", 2, "memory", "2Gi")));
        assertThat(service(result, "sized")).containsEntry("replicas", 2).containsEntry("shmSize", "1Gi");
        assertThat(result.descriptor()).contains("Resources (cpu, memory, vram)");
    }

    @Test
    void startConditionsKeepComposesMeaningAndCompletedMakesAJob() throws Exception {
        ImportResult result = importText("""
                services:
                  app:
                    image: app
                    depends_on:
                      migrate: { condition: service_completed_successfully }
                      db: { condition: service_healthy }
                      cache: { condition: service_started, restart: true }
                  proxy:
                    image: proxy
                    depends_on: [app, db]
                  migrate:
                    image: app
                    command: migrate
                  db:
                    image: postgres
                    healthcheck: { test: pg_isready, interval: 1m30s, start_period: 1500ms }
                  cache:
                    image: redis
                    restart: unless-stopped
                """);
        assertThat(service(result, "app").get("dependsOn")).isEqualTo(List.of("migrate", "db", "cache"));
        // Compose's short form waits for start only; the descriptor's default on a checked service is healthy
        assertThat(service(result, "proxy").get("dependsOn")).isEqualTo(List.of("app",
                Map.of("service", "db", "condition", "started")));
        assertThat(service(result, "migrate")).containsEntry("kind", "job").doesNotContainKey("restart");
        // Compose restarts nothing by default; the descriptor's default is unless-stopped
        assertThat(service(result, "db")).containsEntry("restart", "no");
        assertThat(service(result, "db").get("healthcheck")).isEqualTo(Map.of("test", "pg_isready",
                "interval", "1m30s"));
        assertThat(result.notes()).extracting(ImportNote::toString).containsExactly(
                "docker-compose.yml:7:44: services.app.depends_on.cache.restart: not carried: the descriptor states"
                        + " the start condition only",
                "docker-compose.yml:16:69: services.db.healthcheck.start_period: not carried: '1500ms' is not a"
                        + " whole number of seconds");
    }

    @Test
    void portsAndVolumesAreCarriedAsWrittenOrNamed() throws Exception {
        ImportResult result = importText("""
                services:
                  web:
                    image: nginx
                    ports:
                      - 80:80
                      - "${WEB_PORT:-8443}:443"
                      - "127.0.0.1:9000:9000"
                      - "6000-6005:6000-6005"
                      - 53:53/udp
                      - target: 8080
                        published: "18080"
                    volumes:
                      - ./site:/usr/share/nginx/html:ro
                      - certs:/etc/certs:rw
                      - /var/run/docker.sock:/var/run/docker.sock
                      - ./conf:/etc/nginx/conf.d:z
                      - type: tmpfs
                        target: /cache
                      - /scratch
                """);
        assertThat(service(result, "web").get("ports")).isEqualTo(List.of("80:80", "${WEB_PORT:-8443}:443",
                "53:53/udp", "18080:8080"));
        assertThat(service(result, "web").get("volumes")).isEqualTo(List.of("../../../site:/usr/share/nginx/html:ro",
                "certs:/etc/certs", "/var/run/docker.sock:/var/run/docker.sock", "../../../conf:/etc/nginx/conf.d"));
        assertThat(service(result, "web").get("tmpfs")).isEqualTo(List.of("/cache"));
        assertThat(result.notes()).extracting(ImportNote::line).containsExactly(7, 8, 16, 19);
        assertThat(result.notes().get(0).message()).contains("binds to one address of the host (127.0.0.1)");
        assertThat(result.notes().get(1).message()).contains("ranges cannot be stated");
        assertThat(result.notes().get(2).message()).contains("mount option(s) z");
        assertThat(result.notes().get(3).message()).contains("anonymous volume '/scratch'");
    }

    @Test
    void everyOtherServiceSettingIsCarriedUnderItsDescriptorName() throws Exception {
        ImportResult result = importText("""
                services:
                  gpu:
                    build:
                      context: ./gpu
                      dockerfile: Dockerfile.rocm
                      args: [VERSION=2]
                      target: prod
                    entrypoint: /entry.sh
                    command: ["--serve"]
                    working_dir: /app
                    hostname: gpu-1
                    container_name: gpu
                    ulimits: { nofile: { soft: 1024, hard: 2048 }, nproc: 512 }
                    cap_add: [SYS_PTRACE]
                    cap_drop: [ALL]
                    devices: ["/dev/kfd:/dev/kfd"]
                    extra_hosts: ["host.docker.internal:host-gateway"]
                    tmpfs: /run
                    env_file: [./env/gpu.env]
                    profiles: [gpu]
                    labels: { team: ml }
                    networks:
                      ai:
                        aliases: [inference]
                networks:
                  ai: {}
                """);
        Map<String, Object> gpu = service(result, "gpu");
        assertThat(gpu.get("build")).isEqualTo(Map.of("context", "../../../gpu", "dockerfile", "Dockerfile.rocm",
                "args", Map.of("VERSION", "2"), "target", "prod"));
        assertThat(gpu).containsEntry("entrypoint", "/entry.sh").containsEntry("command", List.of("--serve"))
                .containsEntry("workingDir", "/app").containsEntry("hostname", "gpu-1")
                .containsEntry("containerName", "gpu").containsEntry("capAdd", List.of("SYS_PTRACE"))
                .containsEntry("capDrop", List.of("ALL")).containsEntry("devices", List.of("/dev/kfd:/dev/kfd"))
                .containsEntry("extraHosts", List.of("host.docker.internal:host-gateway"))
                .containsEntry("tmpfs", List.of("/run")).containsEntry("envFiles", List.of("../../../env/gpu.env"))
                .containsEntry("profiles", List.of("gpu")).containsEntry("labels", Map.of("team", "ml"))
                .containsEntry("networks", List.of("ai")).containsEntry("aliases", List.of("inference"))
                .containsEntry("restart", "no");
        assertThat(gpu.get("ulimits")).isEqualTo(Map.of("nofile", Map.of("soft", 1024, "hard", 2048), "nproc", 512));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void extendsIsFollowedInThisFileAndAnother() throws Exception {
        Files.writeString(folder.resolve("common.yml"), """
                services:
                  base:
                    image: acme/base:1
                    environment: { A: "1" }
                    ports: ["80:80"]
                """);
        ImportResult result = importText("""
                services:
                  web:
                    extends: { file: common.yml, service: base }
                    environment: { B: "2" }
                    ports: ["443:443"]
                  admin:
                    extends: web
                    command: admin
                  broken:
                    extends: nowhere
                    image: x
                """);
        assertThat(service(result, "web")).containsEntry("image", "acme/base:1")
                .containsEntry("environment", Map.of("A", "1", "B", "2"))
                .containsEntry("ports", List.of("80:80", "443:443"));
        assertThat(service(result, "admin")).containsEntry("image", "acme/base:1").containsEntry("command", "admin")
                .containsEntry("environment", Map.of("A", "1", "B", "2"));
        assertThat(result.notes()).extracting(ImportNote::toString).contains(
                "docker-compose.yml:10:14: services.broken.extends: not carried: service 'nowhere' to extend is not"
                        + " found");
    }

    @Test
    void valuelessSettingsAndInterpolatedDependenciesAreNamed() throws Exception {
        ImportResult result = importText("""
                services:
                  app:
                    image: app
                    environment:
                      - LOG_LEVEL
                    depends_on:
                      - ${DB_HOST:-postgres}
                  postgres:
                    image: postgres
                  mariadb:
                    image: mariadb
                """, "DB_HOST=mariadb\nLOG_LEVEL=info\n");
        assertThat(service(result, "app")).containsEntry("environment", Map.of("LOG_LEVEL", "${LOG_LEVEL}"))
                .containsEntry("dependsOn", List.of("mariadb"));
        assertThat(result.notes()).extracting(ImportNote::toString).containsExactly(
                "docker-compose.yml:5:9: services.app.environment: 1 setting(s) without a value (LOG_LEVEL) are"
                        + " written as NAME: ${NAME}: Compose passes the same value from the shell or .env, but sets"
                        + " it empty, with a warning, where the variable is unset instead of leaving it out",
                "docker-compose.yml:7:9: services.app.depends_on: '${DB_HOST:-postgres}' is written as the service"
                        + " it names now, mariadb: the descriptor's dependencies are names, so setting DB_HOST no"
                        + " longer changes it");
    }

    @Test
    void whatTheDescriptorLoaderWouldRefuseIsNamedInstead() throws Exception {
        ImportResult result = importText("""
                services:
                  app:
                    image: app
                    environment:
                      "1BAD": x
                      GOOD: y
                    ports:
                      - "${A:-${B:-80}}:80"
                    volumes:
                      - data:${TARGET}
                """);
        assertThat(service(result, "app")).containsEntry("environment", Map.of("GOOD", "y"))
                .doesNotContainKeys("ports", "volumes");
        assertThat(result.notes()).extracting(ImportNote::path).containsExactly("services.app.environment",
                "services.app.ports", "services.app.volumes");
    }

    @Test
    void aCertainSecretValueIsNeverCopied() throws Exception {
        ImportResult result = importText("""
                services:
                  ci:
                    image: ci
                    environment:
                      GITHUB: ghp_abcdefghijklmnopqrstuvwxyz0123456789
                """);
        assertThat(result.descriptor()).doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
        assertThat(service(result, "ci")).containsEntry("environment", Map.of("GITHUB", "${GITHUB}"));
        assertThat(section(result, "variables")).isEqualTo(Map.of("GITHUB", Map.of("secret", true)));
        assertThat(result.notes().get(0).message()).contains("GitHub token").doesNotContain("ghp_");
    }

    @Test
    void namesAndProjectFollowCompose() throws Exception {
        ImportResult result = importText("""
                name: shop_2
                services:
                  web_app:
                    image: nginx
                volumes:
                  data:
                    external: true
                  logs:
                    name: shop-logs
                  plain:
                """);
        Map<String, Object> root = new Yaml().load(result.descriptor());
        assertThat(root).containsEntry("project", "shop-2").containsEntry("compose", Map.of("projectName", "shop_2"));
        assertThat(root.get("volumes")).isEqualTo(Map.of("data", Map.of("external", true),
                "logs", Map.of("name", "shop-logs")));
        assertThat(service(result, "web-app")).containsEntry("aliases", List.of("web_app"));
        assertThat(result.notes()).extracting(ImportNote::path).containsExactly("services.web_app");
    }

    @Test
    void unreadableComposeFilesFailWithTheirPlace() throws IOException {
        assertThatThrownBy(() -> importText("services:\n  web:\n    image: a\n   ports: []\n"))
                .isInstanceOf(ComposeImportException.class)
                .hasMessageStartingWith("docker-compose.yml:4:4: not valid YAML: ");
        assertThatThrownBy(() -> importText("services:\n  web:\n    image: a\n    image: b\n"))
                .hasMessage("docker-compose.yml:4:5: not valid YAML: found duplicate key image; Compose refuses it too");
        assertThatThrownBy(() -> importText("volumes: {}\n"))
                .hasMessage("docker-compose.yml:1:1: a Compose file needs a 'services' mapping with at least one"
                        + " service");
        assertThatThrownBy(() -> importText("services:\n  web: nginx\n"))
                .hasMessage("docker-compose.yml:2:8: service 'web' must be a mapping of settings, not a scalar");
        assertThatThrownBy(() -> importText("- a\n- b\n"))
                .hasMessageStartingWith("docker-compose.yml:1:1: a Compose file is a mapping");
        assertThatThrownBy(() -> importText("a: &a [*a, *a]\nservices: {}\n"))
                .isInstanceOf(ComposeImportException.class);
    }

    @Test
    void theDescriptorIsWrittenOnceAndNeverOverAnExistingOne() throws Exception {
        Path compose = folder.resolve("compose.yaml");
        Files.writeString(compose, "services:\n  web:\n    image: nginx\n");
        assertThat(ImportedDescriptor.defaultComposeFile(folder)).isEqualTo(compose);
        Path target = folder.resolve("src/main/infra/infra.yaml");
        ImportRequest request = new ImportRequest(compose, "compose.yaml", null, target);
        ImportedDescriptor.importAndWrite(request, "infra.yaml", false);
        assertThat(Files.readString(target)).contains("  web:\n    image: nginx\n");
        Files.writeString(target, "by hand");
        assertThatThrownBy(() -> ImportedDescriptor.importAndWrite(request, "infra.yaml", false))
                .isInstanceOf(ImportedDescriptor.DescriptorExistsException.class)
                .hasMessage("descriptor infra.yaml already exists and is left as it is");
        assertThat(Files.readString(target)).isEqualTo("by hand");
        ImportedDescriptor.importAndWrite(request, "infra.yaml", true);
        assertThat(Files.readString(target)).contains("image: nginx");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
