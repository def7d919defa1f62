package dev.infraarchitect.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ComposeGeneratorTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/compose/shop");

    private final ComposeGenerator generator = new ComposeGenerator();

    private static Analysis shop() throws IOException {
        return AnalysisFixture.analyse(Files.readString(GOLDEN.resolve("infra.yaml")), Map.of("llm", "gpu-box"));
    }

    private static GeneratedFile file(List<GeneratedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + files));
    }

    private static final String BASE = """
            project: shop
            hosts:
              edge: { cpu: 4, memory: 8Gi }
              green: { cpu: 16, memory: 64Gi, vram: 24Gi, gpu: nvidia }
              red: { cpu: 16, memory: 64Gi, vram: 24Gi, gpu: amd }
              plain: { cpu: 16, memory: 64Gi }
            networks:
              public: {}
              backend: { internal: true }
              unused: { internal: true }
            """;

    @Test
    void matchesGoldenFilesForTheShopDescriptor() throws IOException {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(shop()));

        Path expectedRoot = GOLDEN.resolve("expected");
        if (Boolean.getBoolean("infra.golden.update")) {
            for (GeneratedFile file : files) {
                Files.writeString(expectedRoot.resolve(file.path()), file.text());
            }
        }
        List<String> expectedPaths;
        try (Stream<Path> walk = Files.walk(expectedRoot)) {
            expectedPaths = walk.filter(Files::isRegularFile)
                    .map(p -> expectedRoot.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(files).extracting(GeneratedFile::path).containsExactlyElementsOf(expectedPaths);
        for (GeneratedFile file : files) {
            if (Boolean.getBoolean("infra.golden.update")) {
                Files.writeString(expectedRoot.resolve(file.path()), file.text());
            }
            assertThat(file.text()).as(file.path()).isEqualTo(Files.readString(expectedRoot.resolve(file.path())));
        }
    }

    @Test
    void everyGeneratedFileConformsToTheComposeSchema() throws IOException {
        JsonSchema schema = ComposeSchema.load();
        List<Analysis> analyses = List.of(shop(),
                AnalysisFixture.analyse(BASE + """
                        services:
                          a: { image: "x:1", host: green, resources: { vram: 8Gi }, networks: [backend] }
                          b: { image: "x:1", host: red, resources: { vram: 8Gi, memory: 1536Mi } }
                          c: { image: "x:1", host: plain, resources: { vram: 1Gi, cpu: "250m" }, dependsOn: [a, b] }
                          d:
                            image: "x:1"
                            host: edge
                            environment: { "on": "yes", MODE: "0755", EMPTY: "", ML: "a\\nb", Y: "~" }
                            labels: { "com.example/weird key": "null" }
                        """),
                AnalysisFixture.analyse("""
                        project: solo
                        services:
                          web: { image: "nginx:1", ports: ["8080:80"], volumes: ["site:/usr/share/nginx/html"] }
                        """));
        int validated = 0;
        for (Analysis analysis : analyses) {
            for (GeneratedFile file : generator.generate(GenerationContext.of(analysis))) {
                ComposeSchema.assertValid(schema, file);
                validated++;
            }
        }
        assertThat(validated).isEqualTo(4 + 4 + 1);
    }

    @Test
    void theSchemaCheckRejectsAFileThatBreaksTheSpecification() {
        JsonSchema schema = ComposeSchema.load();
        String broken = """
                services:
                  api:
                    image: "api:1"
                    depends_on:
                      db:
                        condition: "service_ready"
                    deploy:
                      resources:
                        reservations:
                          devices:
                            - driver: "nvidia"
                """;

        assertThat(schema.validate(ComposeSchema.parse(broken)))
                .extracting(com.networknt.schema.ValidationMessage::getMessage)
                .contains("$.services.api.deploy.resources.reservations.devices[0]: required property 'capabilities'"
                                + " not found",
                        "$.services.api.depends_on.db.condition: does not have a value in the enumeration"
                                + " [\"service_started\", \"service_healthy\", \"service_completed_successfully\"]");
    }

    @Test
    void nvidiaHostReservesAllGpusThroughTheNvidiaDriver() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse(BASE + """
                services:
                  llm: { image: "vllm:1", host: green, resources: { cpu: 2, memory: 8Gi, vram: 16Gi } }
                """)));

        JsonNode llm = ComposeSchema.parse(file(files, "compose/prod/green.compose.yaml").text()).at("/services/llm");
        assertThat(llm.at("/deploy/resources/reservations/devices").toString())
                .isEqualTo("[{\"driver\":\"nvidia\",\"count\":\"all\",\"capabilities\":[\"gpu\"]}]");
        assertThat(llm.at("/deploy/resources/limits").toString()).isEqualTo("{\"cpus\":\"2\",\"memory\":\"8g\"}");
        assertThat(llm.has("devices")).isFalse();
        assertThat(llm.has("group_add")).isFalse();
    }

    @Test
    void amdHostMapsKfdAndDriDevicesAndTheVideoGroup() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse(BASE + """
                services:
                  llm: { image: "ollama:rocm", host: red, resources: { vram: 16Gi } }
                """)));

        String text = file(files, "compose/prod/red.compose.yaml").text();
        JsonNode llm = ComposeSchema.parse(text).at("/services/llm");
        assertThat(llm.get("devices").toString()).isEqualTo("[\"/dev/kfd\",\"/dev/dri\"]");
        assertThat(llm.get("group_add").toString()).isEqualTo("[\"video\"]");
        assertThat(llm.at("/deploy/resources").isMissingNode()).isTrue();
        assertThat(text).doesNotContain("nvidia");
    }

    @Test
    void vramOnAHostWithoutGpuKindIsExplainedInAComment() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse(BASE + """
                services:
                  llm: { image: "x:1", host: plain, resources: { vram: 2Gi } }
                """)));

        String text = file(files, "compose/prod/plain.compose.yaml").text();
        assertThat(text).contains("  # Needs 2Gi of vram, but host plain has no GPU kind; no GPU access is written.\n"
                + "  llm:\n");
        assertThat(text).doesNotContain("devices", "group_add");
    }

    @Test
    void dependsOnWaitsForHealthyWhereTheDependencyHasAHealthcheckElseForStarted() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse(BASE + """
                services:
                  db: { image: "postgres:16", host: edge, healthcheck: { test: "pg_isready" } }
                  cache: { image: "redis:7", host: edge }
                  api: { image: "api:1", host: edge, dependsOn: [db, cache] }
                """)));

        String text = file(files, "compose/prod/edge.compose.yaml").text();
        assertThat(text).contains("""
                    depends_on:
                      cache:
                        condition: "service_started"
                      db:
                        condition: "service_healthy"
                """);
        assertThat(ComposeSchema.parse(text).at("/services/db/healthcheck/test").toString())
                .isEqualTo("[\"CMD-SHELL\",\"pg_isready\"]");
    }

    @Test
    void crossHostManagedAndUnplacedDependenciesAreLeftOutAndNamedInAComment() {
        Analysis analysis = AnalysisFixture.analyse(BASE + """
                services:
                  db: { kind: managed, cost: 10 }
                  llm: { image: "vllm:1", host: green, healthcheck: { test: "true" } }
                  huge: { image: "x:1" }
                  cache: { image: "redis:7", host: edge }
                  api: { image: "api:1", host: edge, dependsOn: [llm, db, cache, huge] }
                """);
        List<GeneratedFile> files = generator.generate(GenerationContext.of(analysis));

        assertThat(files).extracting(GeneratedFile::path)
                .containsExactly("compose/prod/edge.compose.yaml", "compose/prod/green.compose.yaml");
        String edge = file(files, "compose/prod/edge.compose.yaml").text();
        assertThat(edge).startsWith("""
                # Generated by infra-architect from infra.yaml. Do not edit.
                # Run with the descriptor's folder as project directory, so that relative paths and .env resolve there:
                #   docker compose --project-directory <folder of infra.yaml> -f <this file> up -d
                # Left out, placed on no host: huge.
                name: "shop-prod-edge"
                services:
                  # Depends on services this file does not start; start them first: db (managed), \
                huge (placed on no host), llm (on host green).
                  api:
                """);
        JsonNode api = ComposeSchema.parse(edge).at("/services/api");
        assertThat(api.get("depends_on").toString()).isEqualTo("{\"cache\":{\"condition\":\"service_started\"}}");
        assertThat(ComposeSchema.parse(edge).at("/services").fieldNames()).toIterable()
                .containsExactly("api", "cache");
        assertThat(file(files, "compose/prod/green.compose.yaml").text())
                .contains("# Left out, placed on no host: huge.\n")
                .doesNotContain("db");
    }

    @Test
    void managedServicesNeverAppear() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse("""
                project: solo
                services:
                  search: { kind: managed, cost: 30 }
                  web: { image: "nginx:1", dependsOn: [search] }
                """)));

        assertThat(files).extracting(GeneratedFile::path).containsExactly("compose/prod/compose.yaml");
        JsonNode root = ComposeSchema.parse(files.get(0).text());
        assertThat(root.get("services").fieldNames()).toIterable().containsExactly("web");
        assertThat(root.at("/services/web/depends_on").isMissingNode()).isTrue();
        assertThat(files.get(0).text()).contains("# Depends on services this file does not start; start them first:"
                + " search (managed).\n  web:\n");
    }

    @Test
    void withoutHostsEveryContainerServiceGoesIntoOneFilePerEnvironment() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse("""
                project: solo
                environments:
                  dev: { replicas: 1 }
                  staging: {}
                services:
                  web: { image: "nginx:1", replicas: { min: 2, max: 3 }, dependsOn: [app] }
                  app: { image: "app:1", resources: { vram: 1Gi } }
                """)));

        assertThat(files).extracting(GeneratedFile::path)
                .containsExactly("compose/dev/compose.yaml", "compose/staging/compose.yaml");
        JsonNode dev = ComposeSchema.parse(files.get(0).text());
        JsonNode staging = ComposeSchema.parse(files.get(1).text());
        assertThat(dev.get("name").asText()).isEqualTo("solo-dev");
        assertThat(dev.at("/services/web/deploy/replicas").asInt()).isEqualTo(1);
        assertThat(staging.at("/services/web/deploy/replicas").asInt()).isEqualTo(3);
        assertThat(staging.at("/services/web/depends_on/app/condition").asText()).isEqualTo("service_started");
        assertThat(files.get(1).text()).contains("# Needs 1Gi of vram, but no host is described;");
    }

    @Test
    void secretsAreDeclaredFromEnvironmentVariablesAndSettingsAreWrittenAsWritten() {
        Map<String, String> credentials = Map.of(
                "DB_PASSWORD", "hunter2-very-secret",
                "DB_PASS", "${POSTGRES_PASSWORD}",
                "stripe.api-key", "sk_live_51abc");
        StringBuilder env = new StringBuilder();
        credentials.forEach((k, v) -> env.append("      \"").append(k).append("\": \"").append(v).append("\"\n"));
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse("""
                project: solo
                variables:
                  POSTGRES_PASSWORD: { secret: true }
                services:
                  api:
                    image: "api:1"
                    secrets: [DATABASE_PASSWORD, API_SIGNING_KEY]
                    environment:
                      LOG_LEVEL: debug
                """ + env)));

        // never rewritten: the reference passes through, the literal stays as written (validate warns about it)
        JsonNode root = ComposeSchema.parse(file(files, "compose/prod/compose.yaml").text());
        assertThat(root.at("/services/api/environment").toString()).isEqualTo("{"
                + "\"API_SIGNING_KEY\":\"${API_SIGNING_KEY:?set API_SIGNING_KEY to the secret API_SIGNING_KEY of api}\","
                + "\"DATABASE_PASSWORD\":\"${DATABASE_PASSWORD:?set DATABASE_PASSWORD to the secret DATABASE_PASSWORD"
                + " of api}\",\"DB_PASS\":\"${POSTGRES_PASSWORD}\",\"DB_PASSWORD\":\"hunter2-very-secret\","
                + "\"LOG_LEVEL\":\"debug\",\"stripe.api-key\":\"sk_live_51abc\"}");
        // secrets delivered as variables (the default) are environment entries, not Compose secrets
        assertThat(root.at("/services/api/secrets").isMissingNode()).isTrue();
        assertThat(root.get("secrets")).isNull();
    }

    @Test
    void secretsAskedForAsFilesAreMountedAndNamedByNameFile() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse("""
                project: solo
                services:
                  db:
                    image: "postgres:16"
                    secrets: [POSTGRES_PASSWORD]
                    secretDelivery: file
                """)));

        JsonNode root = ComposeSchema.parse(files.get(0).text());
        assertThat(root.at("/services/db/environment").toString())
                .isEqualTo("{\"POSTGRES_PASSWORD_FILE\":\"/run/secrets/POSTGRES_PASSWORD\"}");
        assertThat(root.at("/services/db/secrets").toString()).isEqualTo("[\"POSTGRES_PASSWORD\"]");
        assertThat(root.get("secrets").toString())
                .isEqualTo("{\"POSTGRES_PASSWORD\":{\"environment\":\"POSTGRES_PASSWORD\"}}");
    }

    @Test
    void onlyNetworksUsedInTheFileAreDeclaredAndInternalOnesSaySo() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse(BASE + """
                services:
                  proxy: { image: "traefik:3", host: edge, networks: [public, backend], ports: ["443:443"] }
                  api: { image: "api:1", host: edge, networks: [backend] }
                  other: { image: "x:1", host: green, networks: [public] }
                """)));

        JsonNode edge = ComposeSchema.parse(file(files, "compose/prod/edge.compose.yaml").text());
        assertThat(edge.get("networks").toString()).isEqualTo("{\"backend\":{\"internal\":true},\"public\":{}}");
        assertThat(edge.at("/services/proxy/networks").toString()).isEqualTo("[\"backend\",\"public\"]");
        JsonNode green = ComposeSchema.parse(file(files, "compose/prod/green.compose.yaml").text());
        assertThat(green.get("networks").toString()).isEqualTo("{\"public\":{}}");
    }

    @Test
    void namedVolumesAreDeclaredButBindMountsAndAnonymousVolumesAreNot() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse("""
                project: solo
                services:
                  db:
                    image: "postgres:16"
                    volumes: ["pg-data:/var/lib/postgresql/data", "./init:/docker-entrypoint-initdb.d:ro",
                              "/etc/localtime:/etc/localtime:ro", "~/dumps:/dumps", "wal:/wal:rw"]
                """)));

        JsonNode root = ComposeSchema.parse(files.get(0).text());
        assertThat(root.get("volumes").toString()).isEqualTo("{\"pg-data\":{},\"wal\":{}}");
        assertThat(root.at("/services/db/volumes")).hasSize(5);
        assertThat(root.at("/services/db/volumes/1").asText()).isEqualTo("./init:/docker-entrypoint-initdb.d:ro");
    }

    @Test
    void labelsCarryTierAndPhaseBesideTheServicesOwn() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse("""
                project: solo
                tiers:
                  app: {}
                services:
                  db: { image: "postgres:16" }
                  api: { image: "api:1", tier: app, dependsOn: [db], labels: { team: core, "z.cost": "$$5" } }
                """)));

        JsonNode root = ComposeSchema.parse(files.get(0).text());
        assertThat(root.at("/services/api/labels").toString()).isEqualTo("{\"dev.infraarchitect.phase\":\"2\","
                + "\"dev.infraarchitect.tier\":\"app\",\"team\":\"core\",\"z.cost\":\"$$5\"}");
        assertThat(root.at("/services/db/labels").toString()).isEqualTo("{\"dev.infraarchitect.phase\":\"1\"}");
    }

    @Test
    void publishedHostPortsWithSeveralReplicasAreFlagged() {
        List<GeneratedFile> files = generator.generate(GenerationContext.of(AnalysisFixture.analyse("""
                project: solo
                environments:
                  dev: { replicas: 1 }
                  prod: {}
                services:
                  web: { image: "nginx:1", replicas: 3, ports: ["8080:80", "9000", "53:53/udp"] }
                """)));

        assertThat(files.get(0).text()).doesNotContain("replicas but");
        assertThat(files.get(1).text()).contains("  # Runs 3 replicas but publishes host ports (8080:80, 53:53/udp);"
                + " only one replica per host can bind each of them.\n  web:\n");
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() throws IOException {
        List<GeneratedFile> first = generator.generate(GenerationContext.of(shop()));
        List<GeneratedFile> second = new ComposeGenerator().generate(GenerationContext.of(shop()));

        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(GeneratedFile::path).isSorted();
        assertThat(generator.id()).isEqualTo("compose");
    }

    @Test
    void theHeaderNamesOnlyTheDescriptorsFileNameNeverItsDirectory() {
        Analysis analysis = AnalysisFixture.analyse("project: solo\nservices:\n  web: { image: \"nginx:1\" }\n");
        var descriptor = analysis.descriptor();
        var moved = new Analysis(new dev.infraarchitect.model.Descriptor(descriptor.project(), descriptor.description(),
                descriptor.currency(), descriptor.hosts(), descriptor.tiers(), descriptor.networks(),
                descriptor.environments(), descriptor.budgets(), descriptor.pricing(), descriptor.objectives(),
                descriptor.services(), descriptor.decisions(), descriptor.terraform(),
                dev.infraarchitect.model.SourceMap.empty("/home/someone/project/src/main/infra/infra.yaml")),
                analysis.order(), analysis.placement(), analysis.environments(), analysis.findings());

        String text = generator.generate(GenerationContext.of(moved)).get(0).text();
        assertThat(text).startsWith("# Generated by infra-architect from infra.yaml. Do not edit.\n")
                .doesNotContain("/home");
    }
}
