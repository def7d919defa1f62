package dev.infraarchitect.analysis.wiring;

import static dev.infraarchitect.analysis.TestDescriptors.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkChecksTest {

    private static List<Finding> of(Analysis analysis, String rule) {
        return analysis.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aSameHostEdgeWithoutASharedNetworkNamesBothServicesAndTheEdge() {
        Analysis analysis = analyze(
                "project: shop",
                "networks: { front: {}, back: { internal: true } }",
                "services:",
                "  db: { image: postgres:16, stateful: true, networks: [back] }",
                "  cache: { image: redis:7 }",
                "  api:",
                "    image: x:1",
                "    networks: [front]",
                "    dependsOn: [db]",
                "    talksTo: [cache]",
                "  ok: { image: x:1, networks: [back], dependsOn: [db] }",
                "  plain: { image: x:1, talksTo: [cache] }");
        assertThat(of(analysis, AnalysisRules.EDGE_WITHOUT_NETWORK)).extracting(Finding::describe).containsExactly(
                "infra.yaml:9:17: service api talks to db, but they share no network (api: front; db: back), so db"
                        + " does not resolve; attach api to one of db's networks, e.g. 'networks: [back]'",
                "infra.yaml:10:15: service api talks to cache, but they share no network (api: front; cache:"
                        + " default), so cache does not resolve; attach api to one of cache's networks, e.g."
                        + " 'networks: [default]'");
        assertThat(of(analysis, AnalysisRules.EDGE_WITHOUT_NETWORK)).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.services()).hasSize(2).contains("api");
        });
    }

    @Test
    void internalOnlyTargetsAreUnreachableFromManagedServicesAndOtherHosts() {
        Analysis analysis = analyze(
                "project: shop",
                "hosts:",
                "  a: { cpu: 4, memory: 8Gi, address: 10.0.0.1 }",
                "  b: { cpu: 4, memory: 8Gi, address: 10.0.0.2 }",
                "networks: { back: { internal: true } }",
                "services:",
                "  db: { image: postgres:16, host: b, stateful: true, ports: [\"5432\"], networks: [back] }",
                "  api: { image: x:1, host: a, dependsOn: [db] }",
                "  edge: { kind: managed, talksTo: [db] }");
        assertThat(of(analysis, AnalysisRules.INTERNAL_ONLY_DEPENDENCY)).extracting(Finding::services)
                .containsExactly(List.of("api", "db"), List.of("db", "edge"));
        assertThat(of(analysis, AnalysisRules.INTERNAL_ONLY_DEPENDENCY).get(0).message())
                .startsWith("service api on host a calls db, which is attached only to internal networks (back)");
    }

    @Test
    void crossHostEdgesNeedAPortAndAnAddress() {
        Analysis analysis = analyze(
                "project: shop",
                "hosts:",
                "  a: { cpu: 4, memory: 8Gi }",
                "  b: { cpu: 4, memory: 8Gi }",
                "services:",
                "  worker: { image: x:1, host: b }",
                "  db: { image: postgres:16, host: b, stateful: true, ports: [\"5432\"] }",
                "  api: { image: x:1, host: a, dependsOn: [db], talksTo: [worker] }");
        assertThat(of(analysis, AnalysisRules.CROSS_HOST_WITHOUT_PORT)).singleElement()
                .satisfies(f -> assertThat(f.describe()).startsWith("infra.yaml:8:58: service api on host a calls"
                        + " worker on host b, which declares no port"));
        assertThat(of(analysis, "cross-host-without-address")).extracting(Finding::message).containsExactly(
                "service api on host a calls db on host b, which has no address; the generated files read it from"
                        + " HOST_B_ADDRESS at deploy time: add 'address:' to hosts.b or set that variable",
                "service api on host a calls worker on host b, which has no address; the generated files read it"
                        + " from HOST_B_ADDRESS at deploy time: add 'address:' to hosts.b or set that variable");
        assertThat(Wiring.of(analysis.descriptor(), analysis.placement()).publishedForRemote("db"))
                .containsExactly(5432);
    }

    @Test
    void aFixedHostPortBindsOncePerHost() {
        Analysis analysis = analyze(
                "project: shop",
                "hosts:",
                "  a: { cpu: 4, memory: 8Gi, address: 10.0.0.1 }",
                "  b: { cpu: 4, memory: 8Gi, address: 10.0.0.2 }",
                "services:",
                "  lb: { image: haproxy:2.9, host: a, replicas: 2, ports: [\"80:80\", \"53:53/udp\"] }",
                "  web: { image: nginx:1, host: a, ports: [\"8080:80\"] }",
                "  alt: { image: nginx:1, host: a, ports: [\"8080:8080\"] }",
                "  other: { image: nginx:1, host: b, ports: [\"8080:80\"] }",
                "  db: { image: postgres:16, host: b, stateful: true, ports: [\"8080\"] }",
                "  api: { image: x:1, host: a, dependsOn: [{ service: db, port: 8080 }] }");
        assertThat(of(analysis, AnalysisRules.HOST_PORT_CONFLICT)).extracting(Finding::message).containsExactly(
                "service lb runs up to 2 replicas on host a that all publish host port 80/tcp; only one can bind"
                        + " it: publish the container port only (\"80\") and put a proxy in front, or run 1 replica",
                "service lb runs up to 2 replicas on host a that all publish host port 53/udp; only one can bind"
                        + " it: publish the container port only (\"53\") and put a proxy in front, or run 1 replica",
                "services alt and web both publish host port 8080/tcp on host a; only one can bind it: change one"
                        + " host port or put a proxy in front of both",
                "service db is called from other hosts, so its port 8080 is published on host b, where other"
                        + " already publishes host port 8080/tcp; publish it yourself at a free host port, e.g."
                        + " 'ports: [\"18080:8080\"]'");
    }

    @Test
    void withoutHostsEverythingIsOneHost() {
        Analysis analysis = analyze(
                "project: shop",
                "services:",
                "  web: { image: nginx:1, replicas: 3, ports: [\"80:80\"], talksTo: [api] }",
                "  api: { image: x:1 }");
        assertThat(of(analysis, AnalysisRules.HOST_PORT_CONFLICT)).extracting(Finding::message).containsExactly(
                "service web runs up to 3 replicas that all publish host port 80/tcp; only one can bind it: publish"
                        + " the container port only (\"80\") and put a proxy in front, or run 1 replica");
        assertThat(of(analysis, AnalysisRules.EDGE_WITHOUT_NETWORK)).isEmpty();
    }
}
