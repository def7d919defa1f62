package dev.infraarchitect.deploy;

import static dev.infraarchitect.deploy.Trees.blocks;
import static dev.infraarchitect.deploy.Trees.covers;
import static dev.infraarchitect.deploy.Trees.map;
import static dev.infraarchitect.deploy.Trees.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.wiring.Wiring;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.IpAddresses;
import dev.infraarchitect.model.SecretDelivery;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.GeneratedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the Compose files of every system as {@code docker compose up} would: data in named volumes, a network path
 * for every edge, secrets delivered as the contract says, host ports that can bind, GPU devices.
 */
class ComposeDeployTest {

    static Stream<DeployedSystem> systems() {
        return DeployedSystem.all().stream();
    }

    /** The parsed compose file of each environment and host of {@code system}, by host ("" without hosts). */
    private static Map<String, Map<String, Object>> files(DeployedSystem system, Environment environment) {
        Map<String, Map<String, Object>> byHost = new HashMap<>();
        for (GeneratedFile file : system.files("compose/" + environment.name() + "/", ".yaml").values()) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            String host = name.equals("compose.yaml") ? "" : name.substring(0, name.length() - ".compose.yaml".length());
            byHost.put(host, DeployedSystem.yamlTree(file));
        }
        return byHost;
    }

    private static Map<String, Object> serviceIn(Map<String, Map<String, Object>> files, Wiring wiring,
            Service service) {
        Map<String, Object> file = files.get(wiring.hostOf(service));
        assertThat(file).as("compose file of the host of " + service.name()).isNotNull();
        Map<String, Object> out = map(file, "services", service.name());
        assertThat(out).as("service " + service.name()).isNotEmpty();
        return out;
    }

    private static Wiring wiring(DeployedSystem system) {
        return Wiring.of(system.descriptor(), system.analysis().placement());
    }

    private static List<Service> placed(DeployedSystem system) {
        Wiring wiring = wiring(system);
        return system.descriptor().services().values().stream().filter(s -> wiring.hostOf(s) != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyStatefulServiceKeepsItsDataInANamedVolumeOrAHostFolder(DeployedSystem system) {
        for (Environment environment : system.descriptor().environments().values()) {
            Map<String, Map<String, Object>> files = files(system, environment);
            for (Service service : placed(system)) {
                if (!service.holdsData()) {
                    continue;
                }
                Map<String, Object> file = files.get(wiring(system).hostOf(service));
                List<String> mounts = strings(serviceIn(files, wiring(system), service).get("volumes"));
                String path = service.dataPath();
                boolean kept = mounts.stream().anyMatch(mount -> {
                    String[] parts = mount.split(":");
                    boolean named = !parts[0].startsWith(".") && !parts[0].startsWith("/");
                    boolean declared = !named || map(file, "volumes").containsKey(parts[0]);
                    boolean writable = parts.length < 3 || !parts[2].equals("ro");
                    return declared && writable && (path == null || covers(parts[1], path));
                });
                assertThat(kept).as("%s in %s: data at %s kept in %s", service.name(), environment.name(),
                        path, mounts).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyEdgeHasANetworkPath(DeployedSystem system) {
        Wiring wiring = wiring(system);
        for (Environment environment : system.descriptor().environments().values()) {
            Map<String, Map<String, Object>> files = files(system, environment);
            for (Service caller : placed(system)) {
                Map<String, Object> from = serviceIn(files, wiring, caller);
                for (Edge edge : wiring.localEdges(caller)) {
                    Service target = system.descriptor().services().get(edge.service());
                    List<String> shared = new ArrayList<>(networks(from));
                    shared.retainAll(networks(serviceIn(files, wiring, target)));
                    assertThat(shared).as("%s -> %s share a network", caller.name(), target.name()).isNotEmpty();
                }
                for (Wiring.Remote remote : wiring.remotes(caller)) {
                    Service target = remote.target();
                    List<String> published = strings(serviceIn(files, wiring, target).get("ports"));
                    for (int port : remote.hostPorts()) {
                        assertThat(published).as("%s publishes %d for %s", target.name(), port, caller.name())
                                .anyMatch(p -> p.startsWith(port + ":"));
                    }
                    Map<String, Object> env = map(from.get("environment"));
                    String address = remote.address() != null ? remote.address()
                            : "${" + remote.host().addressVariable() + ":?";
                    assertThat(String.valueOf(env.get(Wiring.hostVariable(target.name()))))
                            .as("%s gets the address of %s", caller.name(), target.name()).startsWith(address);
                    if (remote.mapsName()) {
                        assertThat(strings(from.get("extra_hosts"))).as("%s resolves %s", caller.name(),
                                target.name()).anyMatch(h -> h.startsWith(target.name() + "=" + address));
                    }
                    // Docker refuses to start a container whose extra_hosts entry maps a name to no IP address
                    assertThat(strings(from.get("extra_hosts")))
                            .filteredOn(h -> h.startsWith(target.name() + "="))
                            .map(h -> h.substring(target.name().length() + 1))
                            .allMatch(ip -> IpAddresses.isLiteral(ip) || ip.startsWith("${"),
                                    "an IP address or a variable holding one");
                }
            }
        }
    }

    private static List<String> networks(Map<String, Object> service) {
        List<String> networks = strings(service.get("networks"));
        return networks.isEmpty() ? List.of(Wiring.DEFAULT_NETWORK) : networks;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void secretsArriveAsTheContractSays(DeployedSystem system) {
        for (Environment environment : system.descriptor().environments().values()) {
            Map<String, Map<String, Object>> files = files(system, environment);
            for (Service service : placed(system)) {
                Map<String, Object> out = serviceIn(files, wiring(system), service);
                Map<String, Object> env = map(out.get("environment"));
                Map<String, Object> file = files.get(wiring(system).hostOf(service));
                for (String secret : service.secrets()) {
                    if (service.secretDelivery() == SecretDelivery.FILE) {
                        assertThat(strings(out.get("secrets"))).contains(secret);
                        assertThat(map(file, "secrets", secret)).containsEntry("environment", secret);
                        assertThat(env).containsEntry(secret + "_FILE", "/run/secrets/" + secret);
                    } else {
                        assertThat(String.valueOf(env.get(secret))).as("%s of %s", secret, service.name())
                                .startsWith("${" + secret + ":?");
                        assertThat(strings(out.get("secrets"))).doesNotContain(secret);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyPublishedHostPortIsBoundOnce(DeployedSystem system) {
        for (Environment environment : system.descriptor().environments().values()) {
            for (Map.Entry<String, Map<String, Object>> file : files(system, environment).entrySet()) {
                Map<String, Integer> bound = new HashMap<>();
                map(file.getValue(), "services").forEach((name, value) -> {
                    Map<String, Object> service = map(value);
                    int replicas = ((Number) map(service, "deploy").getOrDefault("replicas", 1)).intValue();
                    for (String port : strings(service.get("ports"))) {
                        if (port.contains(":")) {
                            String key = port.split(":")[0] + (port.endsWith("/udp") ? "/udp" : "/tcp");
                            bound.merge(key, replicas, Integer::sum);
                        }
                    }
                });
                assertThat(bound).as("host ports of %s", file.getKey()).allSatisfy((port, count) ->
                        assertThat(count).as("binds of %s", port).isLessThanOrEqualTo(1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void gpuServicesGetTheirVendorsDevices(DeployedSystem system) {
        Wiring wiring = wiring(system);
        for (Environment environment : system.descriptor().environments().values()) {
            Map<String, Map<String, Object>> files = files(system, environment);
            for (Service service : placed(system)) {
                Host host = system.descriptor().hosts().get(wiring.hostOf(service));
                if (service.resources().vram() == 0 || host == null) {
                    continue;
                }
                Map<String, Object> out = serviceIn(files, wiring, service);
                List<Map<String, Object>> requests = blocks(map(out, "deploy", "resources", "reservations"),
                        "devices");
                if (host.gpu() == GpuKind.AMD) {
                    assertThat(strings(out.get("devices"))).containsExactly("/dev/kfd", "/dev/dri");
                    assertThat(strings(out.get("group_add"))).contains("video");
                    assertThat(requests).isEmpty();
                } else if (host.gpu() == GpuKind.NVIDIA) {
                    assertThat(requests).singleElement().satisfies(r -> assertThat(r).containsEntry("driver",
                            "nvidia"));
                    assertThat(out).doesNotContainKey("devices");
                }
            }
        }
    }
}
