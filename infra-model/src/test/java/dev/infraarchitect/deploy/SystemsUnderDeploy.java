package dev.infraarchitect.deploy;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.TerraformConfig;
import dev.infraarchitect.model.TerraformProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The systems the deploy-time tests read generated files of: every example under {@code src/examples}, and small
 * synthetic systems that reach the corners the examples do not (talksTo edges with ports and UDP, several GPU
 * services on one host, secrets as files, entry points on internal networks, colliding listener ports).
 */
final class SystemsUnderDeploy {

    private static final Path EXAMPLES = Path.of("../src/examples");

    static final Map<String, String> SYNTHETIC = new LinkedHashMap<>();

    static {
        SYNTHETIC.put("edges", """
                project: edges
                networks:
                  front: {}
                  back: { internal: true }
                environments:
                  dev: { replicas: 1 }
                  prod: {}
                services:
                  lb:
                    kind: managed
                    cost: 20
                    talksTo: [{ service: kong, port: 8000, protocol: http }, web]
                  kong:
                    image: kong:3.6
                    ports: ["8000", "8443"]
                    networks: [front, back]
                    talksTo: [{ service: api, port: 8080, protocol: http }, { service: search, port: 7700 }]
                  web:
                    image: ghcr.io/acme/web:1
                    ports: ["8000"]
                    networks: [front]
                    dependsOn: [api]
                  api:
                    image: ghcr.io/acme/api:1
                    resources: { cpu: 0.5, memory: 512Mi }
                    replicas: { min: 1, max: 4 }
                    ports: ["8080", "9090"]
                    networks: [back]
                    dependsOn: [{ service: db, port: 5432, protocol: tcp }, cache]
                    talksTo: [{ service: metrics, port: 8125, protocol: udp }]
                    secrets: [API_KEY]
                    environment: { LOG_LEVEL: info }
                  metrics:
                    image: statsd/statsd:v0.10
                    ports: ["8125/udp", "8126"]
                    networks: [back]
                  search:
                    image: getmeili/meilisearch:v1.8
                    ports: ["7700"]
                    networks: [back]
                    stateful: true
                    data: /meili_data
                    resources: { storage: 5Gi }
                  db:
                    image: postgres:16
                    ports: ["5432"]
                    networks: [back]
                    stateful: true
                    secrets: [POSTGRES_PASSWORD]
                    secretDelivery: file
                  cache:
                    image: redis:7
                    ports: ["6379"]
                    networks: [back]
                    stateful: true
                  proxy:
                    image: haproxy:2.9
                    ports: ["80:8080", "443:8443", "8081:8080"]
                    networks: [front, back]
                    talksTo: [web]
                terraform: { provider: aws, region: eu-west-1 }
                """);
        SYNTHETIC.put("gpus", """
                project: gpus
                hosts:
                  one: { cpu: 32, memory: 128Gi, vram: 24Gi, gpu: amd }
                  two: { cpu: 32, memory: 128Gi, vram: 48Gi, gpu: nvidia, gpus: 2 }
                services:
                  llm: { image: ollama/ollama:0.3, host: one, resources: { vram: 12Gi }, ports: ["11434"] }
                  whisper: { image: onerahmet/openai-whisper-asr-webservice:latest, host: one, resources: { vram: 4Gi } }
                  sd: { image: comfyui:1, host: one, resources: { vram: 6Gi } }
                  vllm: { image: vllm/vllm-openai:v0.5, host: two, resources: { vram: 20Gi }, replicas: 2 }
                  embed: { image: embed:1, host: two, resources: { vram: 2Gi } }
                  ui: { image: open-webui:1, host: one, ports: ["3000:8080"], dependsOn: [llm], talksTo: [whisper] }
                """);
    }

    private SystemsUnderDeploy() {
    }

    /** The name of each example and synthetic system, for parameterised tests. */
    static Stream<Arguments> all() {
        List<Arguments> out = new ArrayList<>();
        examples().forEach(name -> out.add(Arguments.of(name)));
        SYNTHETIC.keySet().forEach(name -> out.add(Arguments.of(name)));
        return out.stream();
    }

    static List<String> examples() {
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("src/main/infra/infra.yaml")))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analysis analysis(String name) throws Exception {
        Descriptor descriptor = SYNTHETIC.containsKey(name)
                ? DescriptorLoader.parse(SYNTHETIC.get(name), "infra.yaml")
                : DescriptorLoader.load(EXAMPLES.resolve(name).resolve("src/main/infra/infra.yaml"), "infra.yaml");
        return new Analyzer().analyze(descriptor, AnalysisOptions.DEFAULTS);
    }

    /** The same system with its Terraform skeleton for AWS, whatever provider it names. */
    static Analysis onAws(String name) throws Exception {
        return on(name, TerraformProvider.AWS);
    }

    /** The same system with its Terraform skeleton for Docker, whatever provider it names. */
    static Analysis onDocker(String name) throws Exception {
        return on(name, TerraformProvider.DOCKER);
    }

    private static Analysis on(String name, TerraformProvider provider) throws Exception {
        Descriptor d = analysis(name).descriptor();
        TerraformConfig terraform = new TerraformConfig(provider, true, d.terraform().region(),
                d.terraform().backend());
        Descriptor aws = new Descriptor(d.project(), d.description(), d.currency(), d.hosts(), d.tiers(),
                d.networks(), d.environments(), d.budgets(), d.pricing(), d.objectives(), d.services(), d.decisions(),
                terraform, d.sources());
        return new Analyzer().analyze(aws, AnalysisOptions.DEFAULTS);
    }
}
