package dev.infraarchitect.deploy;

import java.util.List;

/** Systems written for the deploy checks: the shapes the examples do not have. */
final class SyntheticSystems {

    private SyntheticSystems() {
    }

    static List<DeployedSystem> all() {
        return List.of(twoHosts(), addressedHosts(), oneDaemon(), clustered());
    }

    /**
     * Two hosts, one with an address and one without; a dependency and a talksTo edge across them; secrets as
     * variables and as files; an AMD and an NVIDIA GPU.
     */
    static DeployedSystem twoHosts() {
        return DeployedSystem.yaml("two-hosts",
                "project: split",
                "hosts:",
                "  gpu-amd: { cpu: 16, memory: 64Gi, vram: 24Gi, gpu: amd, address: 10.0.0.21 }",
                "  gpu-nv: { cpu: 16, memory: 64Gi, vram: 48Gi, gpu: nvidia, gpus: 2 }",
                "networks:",
                "  back: { description: services of one host }",
                "services:",
                "  db:",
                "    image: postgres:17",
                "    host: gpu-amd",
                "    ports: [\"5432\"]",
                "    stateful: true",
                "    backup: { interval: 1h, retention: 7d }",
                "    secrets: [POSTGRES_PASSWORD]",
                "    secretDelivery: file",
                "    healthcheck: { test: pg_isready -U postgres }",
                "  llm:",
                "    image: ollama/ollama:0.5.7-rocm",
                "    host: gpu-amd",
                "    resources: { vram: 16Gi }",
                "    ports: [\"11434\"]",
                "    networks: [back]",
                "    stateful: true",
                "    backup: { interval: 1d, retention: 7d }",
                "  vllm:",
                "    image: vllm/vllm-openai:v0.6.4",
                "    host: gpu-nv",
                "    resources: { vram: 20Gi }",
                "    ports: [\"8000\"]",
                "  api:",
                "    image: ghcr.io/acme/api:2",
                "    host: gpu-nv",
                "    ports: [\"8080:8080\"]",
                "    dependsOn: [{ service: db, port: 5432, protocol: tcp }]",
                "    talksTo: [vllm, { service: llm, port: 11434, protocol: http }]",
                "    secrets: [API_TOKEN, DATABASE_PASSWORD]",
                "    healthcheck: { test: curl -fsS http://localhost:8080/health }");
    }

    /**
     * Calls across hosts whose addresses are an IPv6 address (mapped to the target's name) and a DNS name (which
     * resolves by itself), from a host without an address.
     */
    static DeployedSystem addressedHosts() {
        return DeployedSystem.yaml("addressed-hosts",
                "project: addressed",
                "hosts:",
                "  edge: { cpu: 8, memory: 16Gi }",
                "  v6: { cpu: 8, memory: 16Gi, address: \"fd00::21\" }",
                "  named: { cpu: 8, memory: 16Gi, address: cache.internal }",
                "services:",
                "  db:",
                "    image: postgres:17",
                "    host: v6",
                "    ports: [\"5432\"]",
                "    stateful: true",
                "    backup: { interval: 1h, retention: 7d }",
                "  cache:",
                "    image: redis:7.4",
                "    host: named",
                "    ports: [\"6379\"]",
                "  api:",
                "    image: ghcr.io/acme/api:2",
                "    host: edge",
                "    ports: [\"8080:8080\"]",
                "    dependsOn: [{ service: db, port: 5432, protocol: tcp }]",
                "    talksTo: [{ service: cache, port: 6379, protocol: tcp }]");
    }

    /** No hosts: one Docker daemon; services without networks; a known image, a written data path, volumes. */
    static DeployedSystem oneDaemon() {
        return DeployedSystem.yaml("one-daemon",
                "project: solo",
                "services:",
                "  web:",
                "    image: nginx:1.27",
                "    ports: [\"80:80\"]",
                "    talksTo: [app]",
                "  app:",
                "    image: ghcr.io/acme/app:1",
                "    replicas: 3",
                "    ports: [\"8080\"]",
                "    dependsOn: [cache, db, files]",
                "    secrets: [SESSION_KEY]",
                "  cache: { image: redis:7.4, stateful: true, backup: { interval: 1d, retention: 1d } }",
                "  db:",
                "    image: mysql:8.4",
                "    stateful: true",
                "    backup: { interval: 1h, retention: 7d }",
                "    volumes: [\"./init:/docker-entrypoint-initdb.d:ro\", \"mysql-data:/var/lib/mysql\"]",
                "    secrets: [MYSQL_ROOT_PASSWORD]",
                "    secretDelivery: file",
                "  files:",
                "    image: ghcr.io/acme/files:1",
                "    stateful: true",
                "    data: /srv/files",
                "    backup: { interval: 1d, retention: 7d }");
    }

    /** A clustered stateful service with several replicas on one host: each replica keeps its own data. */
    static DeployedSystem clustered() {
        return DeployedSystem.yaml("clustered",
                "project: ring",
                "hosts:",
                "  box: { cpu: 8, memory: 32Gi }",
                "services:",
                "  kv:",
                "    image: ghcr.io/acme/kv:3",
                "    replicas: 3",
                "    stateful: true",
                "    clustered: true",
                "    data: /var/lib/kv",
                "    backup: { interval: 1h, retention: 7d }",
                "  app:",
                "    image: ghcr.io/acme/app:1",
                "    talksTo: [kv]");
    }
}
