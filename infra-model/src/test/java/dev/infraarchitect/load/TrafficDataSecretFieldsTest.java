package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.SecretDelivery;
import dev.infraarchitect.model.Service;
import org.junit.jupiter.api.Test;

/** The fields for traffic, data, secret delivery and host addresses: bound, defaulted and checked with a place. */
class TrafficDataSecretFieldsTest {

    private static Descriptor load(String... lines) {
        try {
            return DescriptorLoader.parse(String.join("\n", lines) + "\n", "infra.yaml");
        } catch (DescriptorException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String problems(String... lines) {
        try {
            DescriptorLoader.parse(String.join("\n", lines) + "\n", "infra.yaml");
        } catch (DescriptorException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the descriptor to be rejected");
    }

    @Test
    void edgesOfBothKindsKeepPortProtocolKindAndPosition() {
        Descriptor d = load(
                "project: shop",
                "services:",
                "  db: { image: postgres:16, stateful: true }",
                "  broker: { image: eclipse-mosquitto:2 }",
                "  web: { image: nginx:1 }",
                "  api:",
                "    image: ghcr.io/acme/api:1",
                "    dependsOn: [{ service: db, port: 5432, protocol: tcp }]",
                "    talksTo: [web, { service: broker, port: 1883, protocol: mqtt }]");
        Service api = d.services().get("api");
        assertThat(api.dependsOn()).containsExactly("db");
        assertThat(api.talksTo()).containsExactly("web", "broker");
        assertThat(api.calls()).containsExactly("db", "web", "broker");
        assertThat(api.edges()).containsExactly(
                new Edge("db", 5432, "tcp", Edge.Kind.DEPENDS_ON, 0),
                new Edge("web", null, null, Edge.Kind.TALKS_TO, 0),
                new Edge("broker", 1883, "mqtt", Edge.Kind.TALKS_TO, 1));
        assertThat(d.locate(api.edges().get(2).pointer("api")).line()).isEqualTo(9);
        assertThat(api.edges().get(2).transport()).isEqualTo("tcp");
    }

    @Test
    void defaultsKeepTheOldMeaning() {
        Service db = load("project: shop", "services:", "  db: { image: postgres:16, stateful: true }")
                .services().get("db");
        assertThat(db.data()).isNull();
        assertThat(db.dataPath()).isEqualTo("/var/lib/postgresql/data");
        assertThat(db.dataVolume()).contains(new Service.DataVolume("db-data", "/var/lib/postgresql/data"));
        assertThat(db.clustered()).isFalse();
        assertThat(db.secretDelivery()).isEqualTo(SecretDelivery.ENV);
        assertThat(db.edges()).isEmpty();
    }

    @Test
    void dataWrittenOrCoveredByAVolume() {
        Descriptor d = load(
                "project: shop",
                "services:",
                "  app: { image: ghcr.io/acme/app:1, stateful: true, data: /srv/app, clustered: true, replicas: 3 }",
                "  pg: { image: postgres:16, stateful: true, volumes: [\"pgdata:/var/lib/postgresql\"] }",
                "  seeded: { image: postgres:16, stateful: true, volumes: [\"./init.sql:/docker-entrypoint-initdb.d/i.sql:ro\"] }",
                "  files: { image: ghcr.io/acme/files:1, stateful: true, volumes: [\"files:/srv/files\"] }",
                "  lost: { image: ghcr.io/acme/lost:1, stateful: true, volumes: [\"./conf:/etc/lost:ro\"] }");
        assertThat(d.services().get("app").dataVolume()).contains(new Service.DataVolume("app-data", "/srv/app"));
        assertThat(d.services().get("app").clustered()).isTrue();
        assertThat(d.services().get("pg").dataVolume()).isEmpty();
        assertThat(d.services().get("seeded").dataVolume()).map(Service.DataVolume::path)
                .contains("/var/lib/postgresql/data");
        assertThat(d.services().get("files").dataKnown()).isTrue();
        assertThat(d.services().get("files").dataVolume()).isEmpty();
        assertThat(d.services().get("lost").dataKnown()).isFalse();
    }

    @Test
    void secretDeliveryAsFiles() {
        Service api = load("project: shop", "services:",
                "  api: { image: x:1, secrets: [DB_PASSWORD], secretDelivery: file }").services().get("api");
        assertThat(api.secretDelivery()).isEqualTo(SecretDelivery.FILE);
        assertThat(SecretDelivery.fileVariable("DB_PASSWORD")).isEqualTo("DB_PASSWORD_FILE");
        assertThat(SecretDelivery.filePath("DB_PASSWORD")).isEqualTo("/run/secrets/DB_PASSWORD");
    }

    @Test
    void hostAddressAndGpus() {
        Descriptor d = load(
                "project: shop",
                "hosts:",
                "  gpu-box: { cpu: 8, memory: 32Gi, vram: 48Gi, gpu: nvidia, gpus: 2, address: 10.0.0.7 }",
                "  amd-box: { cpu: 8, memory: 32Gi, vram: 16Gi, gpu: amd }",
                "  plain: { cpu: 4, memory: 8Gi, address: \"fd00::12\" }",
                "services:",
                "  api: { image: x:1 }");
        Host gpuBox = d.hosts().get("gpu-box");
        assertThat(gpuBox.gpus()).isEqualTo(2);
        assertThat(gpuBox.address()).isEqualTo("10.0.0.7");
        assertThat(gpuBox.vramPerGpu()).isEqualTo(24L << 30);
        assertThat(d.hosts().get("amd-box").gpus()).isEqualTo(1);
        assertThat(d.hosts().get("amd-box").gpu()).isEqualTo(GpuKind.AMD);
        assertThat(d.hosts().get("amd-box").address()).isNull();
        assertThat(d.hosts().get("amd-box").addressVariable()).isEqualTo("HOST_AMD_BOX_ADDRESS");
        assertThat(d.hosts().get("plain").gpus()).isZero();
        assertThat(d.hosts().get("plain").address()).isEqualTo("fd00::12");
    }

    @Test
    void mistakesAreLocatedAndSayWhatToWrite() {
        String message = problems(
                "project: shop",
                "hosts:",
                "  box: { cpu: 8, memory: 32Gi, gpus: 2, address: \"10.0.0.5:22\" }",
                "services:",
                "  db: { image: postgres:16, data: var/lib/pg }",
                "  cache: { image: redis:7, data: /data }",
                "  web: { image: nginx:1, clustered: true }",
                "  api:",
                "    image: x:1",
                "    dependsOn: [db, { port: 5432 }]",
                "    talksTo: [db, { service: cache, port: 70000, protocol: rest }]",
                "    secretDelivery: vault");
        assertThat(message)
                .contains("infra.yaml:3:32: hosts.box has gpus but no gpu kind; add 'gpu: nvidia' or 'gpu: amd'")
                .contains("infra.yaml:3:41: hosts.box.address '10.0.0.5:22' must be a DNS name or an IP address")
                .contains("infra.yaml:5:29: services.db.data 'var/lib/pg' must be an absolute path")
                .contains("infra.yaml:6:28: services.cache has 'data' but is not stateful; add 'stateful: true'")
                .contains("infra.yaml:7:26: services.web is clustered but not stateful")
                .contains("services.api.dependsOn[1] needs 'service': the service called")
                .contains("infra.yaml:11:5: services.api lists 'db' in both dependsOn and talksTo")
                .contains("services.api.talksTo[1].port 70000 must be a port 1-65535")
                .contains("services.api.talksTo[1].protocol 'rest' must be one of http, https, grpc")
                .contains("infra.yaml:12:5: services.api.secretDelivery 'vault' must be one of env, file");
    }

    @Test
    void anAddressWrittenLikeIpv4MustBeOneAndIpv6IsParsed() {
        String message = problems(
                "project: shop",
                "hosts:",
                "  a: { cpu: 8, memory: 32Gi, address: 10.0.0.256 }",
                "  b: { cpu: 8, memory: 32Gi, address: 10.0.0 }",
                "  c: { cpu: 8, memory: 32Gi, address: \"1::2::3\" }",
                "services:",
                "  web: { image: nginx:1 }");
        assertThat(message)
                .contains("infra.yaml:3:30: hosts.a.address '10.0.0.256' is not an IPv4 address: four numbers from 0"
                        + " to 255")
                .contains("infra.yaml:4:30: hosts.b.address '10.0.0' is not an IPv4 address")
                .contains("infra.yaml:5:30: hosts.c.address '1::2::3' must be a DNS name or an IP address");
        assertThat(load(
                "project: shop",
                "hosts:",
                "  a: { cpu: 8, memory: 32Gi, address: 10.0.0.255 }",
                "  b: { cpu: 8, memory: 32Gi, address: \"fd00::12\" }",
                "  c: { cpu: 8, memory: 32Gi, address: 3com.example }",
                "services:",
                "  web: { image: nginx:1 }").hosts().keySet()).containsExactly("a", "b", "c");
    }

    @Test
    void aServiceListedTwiceInOneFieldIsReportedOnce() {
        assertThatThrownBy(() -> load("project: shop", "services:", "  db: { image: x:1 }",
                "  api: { image: x:1, talksTo: [db, { service: db, port: 1 }] }"))
                .hasMessageContaining("services.api.talksTo lists 'db' twice");
    }
}
