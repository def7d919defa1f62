package dev.infraarchitect.analysis.wiring;

import static dev.infraarchitect.analysis.TestDescriptors.analyze;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Service;
import org.junit.jupiter.api.Test;

class WiringTest {

    private static final String[] TWO_HOSTS = {
            "project: shop",
            "hosts:",
            "  a: { cpu: 4, memory: 8Gi, address: 10.0.0.1 }",
            "  b: { cpu: 4, memory: 8Gi, address: db.internal }",
            "services:",
            "  db: { image: postgres:16, host: b, stateful: true, ports: [\"5432\", \"5433\"] }",
            "  cache: { image: redis:7, host: b, ports: [\"6379\"] }",
            "  near: { image: x:1, host: a }",
            "  api: { image: x:1, host: a, dependsOn: [db, near], talksTo: [{ service: cache, port: 6379 }] }"};

    @Test
    void theAnalysisCarriesTheWiringOfItsPlacement() {
        Analysis analysis = analyze(TWO_HOSTS);
        Wiring wiring = analysis.wiring();
        Service api = analysis.service("api");

        assertThat(wiring.hostOf(api)).isEqualTo("a");
        assertThat(wiring.remoteEdges(api)).extracting(Edge::service).containsExactly("db", "cache");
        assertThat(wiring.localEdges(api)).extracting(Edge::service).containsExactly("near");
        assertThat(wiring.remotes(api)).extracting(r -> r.target().name()).containsExactly("cache", "db");
        assertThat(wiring.remotes(api).get(1).hostPorts()).containsExactly(5432, 5433);
        assertThat(wiring.remotes(api).get(1).mapsName()).isFalse(); // a DNS name cannot go into extra_hosts
        assertThat(wiring.remotes(api).get(0).singlePort()).isEqualTo(6379);
        assertThat(wiring.remotes(analysis.service("db"))).isEmpty();
        assertThat(wiring.publishedForRemote("db")).containsExactly(5432, 5433);
    }

    @Test
    void whatItHandsOutCannotBeChangedByOneGeneratorForTheNext() {
        Analysis analysis = analyze(TWO_HOSTS);
        Service api = analysis.service("api");
        Wiring.Remote db = analysis.wiring().remotes(api).get(1);

        assertThatThrownBy(() -> db.hostPorts().add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> analysis.wiring().remotes(api).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> analysis.wiring().remoteEdges(api).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(analysis.wiring().remotes(api).get(1).hostPorts()).containsExactly(5432, 5433);
    }

    @Test
    void aCallerMapsANameToAnIpAddressOrAVariableButNotToADnsName() {
        Analysis analysis = analyze("project: shop",
                "hosts:",
                "  a: { cpu: 4, memory: 8Gi }",
                "  v4: { cpu: 4, memory: 8Gi, address: 10.0.0.2 }",
                "  v6: { cpu: 4, memory: 8Gi, address: \"fd00::3\" }",
                "  dns: { cpu: 4, memory: 8Gi, address: db.internal }",
                "  none: { cpu: 4, memory: 8Gi }",
                "services:",
                "  p: { image: x:1, host: v4, ports: [\"80\"] }",
                "  q: { image: x:1, host: v6, ports: [\"80\"] }",
                "  r: { image: x:1, host: dns, ports: [\"80\"] }",
                "  s: { image: x:1, host: none, ports: [\"80\"] }",
                "  api: { image: x:1, host: a, dependsOn: [p, q, r, s] }");
        Service api = analysis.service("api");

        assertThat(analysis.wiring().remotes(api))
                .extracting(r -> r.target().name() + " " + r.mapsName())
                .containsExactly("p true", "q true", "r false", "s true");
    }
}
