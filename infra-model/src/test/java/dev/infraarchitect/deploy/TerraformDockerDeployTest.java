package dev.infraarchitect.deploy;

import static dev.infraarchitect.deploy.Trees.blocks;
import static dev.infraarchitect.deploy.Trees.covers;
import static dev.infraarchitect.deploy.Trees.map;
import static dev.infraarchitect.deploy.Trees.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.wiring.Wiring;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.SecretDelivery;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.TerraformProvider;
import dev.infraarchitect.render.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the Terraform skeleton with provider docker as {@code terraform apply} would run it: data in
 * {@code docker_volume}s, every container on a user-defined network under its service's name, ports and addresses
 * across hosts, secrets as the contract says, GPU devices by vendor, and no variable that nothing uses.
 */
class TerraformDockerDeployTest {

    private static final Pattern VARIABLE = Pattern.compile("variable \"([a-z0-9_]+)\"");

    static Stream<DeployedSystem> systems() {
        return DeployedSystem.all().stream()
                .filter(s -> s.descriptor().terraform().provider() == TerraformProvider.DOCKER);
    }

    private static Wiring wiring(DeployedSystem system) {
        return Wiring.of(system.descriptor(), system.analysis().placement());
    }

    /** The module of the host {@code service} runs on, as parsed HCL. */
    private static Map<String, Object> module(DeployedSystem system, Service service) {
        String host = wiring(system).hostOf(service);
        GeneratedFile file = system.files().get("terraform/modules/" + (host.isEmpty() ? "local" : host)
                + "/main.tf");
        assertThat(file).as("module of the host of " + service.name()).isNotNull();
        return DeployedSystem.hclTree(file);
    }

    private static Map<String, Object> container(DeployedSystem system, Service service) {
        Map<String, Object> container = map(module(system, service), "resource", "docker_container",
                id(service.name()));
        assertThat(container).as("container of " + service.name()).isNotEmpty();
        return container;
    }

    private static String id(String name) {
        return name.replace('-', '_');
    }

    private static List<Service> placed(DeployedSystem system) {
        Wiring wiring = wiring(system);
        return system.descriptor().services().values().stream().filter(s -> wiring.hostOf(s) != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyStatefulServiceMountsADockerVolumeAtItsDataPath(DeployedSystem system) {
        for (Service service : placed(system)) {
            if (!service.holdsData()) {
                continue;
            }
            Map<String, Object> module = module(system, service);
            List<Map<String, Object>> mounts = blocks(container(system, service), "volumes");
            boolean kept = mounts.stream().anyMatch(mount -> {
                String path = String.valueOf(mount.get("container_path"));
                boolean readOnly = Boolean.TRUE.equals(mount.get("read_only"));
                Object volume = mount.get("volume_name");
                boolean declared = volume == null ? mount.get("host_path") != null
                        : map(module, "resource", "docker_volume").keySet().stream()
                                .anyMatch(v -> String.valueOf(volume).startsWith("docker_volume." + v + "."));
                return declared && !readOnly && (service.dataPath() == null || covers(path, service.dataPath()));
            });
            assertThat(kept).as("%s keeps %s in a volume: %s", service.name(), service.dataPath(), mounts).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void replicasOfAClusteredServiceEachGetTheirOwnVolume(DeployedSystem system) {
        for (Service service : placed(system)) {
            if (service.holdsData() && service.clustered() && service.dataVolume().isPresent()) {
                Map<String, Object> volume = map(module(system, service), "resource", "docker_volume",
                        id(service.name()) + "_data");
                assertThat(String.valueOf(volume.get("count"))).isEqualTo("var." + id(service.name())
                        + "_replicas");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyContainerAnswersToItsServiceNameOnAUserDefinedNetwork(DeployedSystem system) {
        Wiring wiring = wiring(system);
        for (Service service : placed(system)) {
            Map<String, Object> module = module(system, service);
            List<Map<String, Object>> attached = blocks(container(system, service), "networks_advanced");
            assertThat(attached).as("networks of " + service.name()).isNotEmpty();
            for (Map<String, Object> network : attached) {
                assertThat(strings(network.get("aliases"))).contains(service.name());
                String name = String.valueOf(network.get("name"));
                assertThat(map(module, "resource", "docker_network").keySet())
                        .anyMatch(n -> name.equals("docker_network." + n + ".name"));
            }
            for (Edge edge : wiring.localEdges(service)) {
                Service target = system.descriptor().services().get(edge.service());
                List<String> shared = new ArrayList<>(attached.stream().map(n -> String.valueOf(n.get("name")))
                        .toList());
                shared.retainAll(blocks(container(system, target), "networks_advanced").stream()
                        .map(n -> String.valueOf(n.get("name"))).toList());
                assertThat(shared).as("%s -> %s share a network", service.name(), target.name()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void callersOnOtherHostsReachAPublishedPortAtTheHostsAddress(DeployedSystem system) {
        Wiring wiring = wiring(system);
        for (Service caller : placed(system)) {
            Map<String, Object> from = container(system, caller);
            for (Wiring.Remote remote : wiring.remotes(caller)) {
                List<Map<String, Object>> ports = blocks(container(system, remote.target()), "ports");
                for (int port : remote.hostPorts()) {
                    assertThat(ports).as("%s publishes %d", remote.target().name(), port)
                            .anyMatch(p -> p.get("external") instanceof Number n && n.intValue() == port);
                }
                String expected = remote.address() != null ? remote.address()
                        : "var." + remote.host().addressVariable().toLowerCase(java.util.Locale.ROOT);
                assertThat(strings(from.get("env"))).contains(Wiring.hostVariable(remote.target().name()) + "="
                        + expected);
                if (remote.mapsName()) {
                    assertThat(blocks(from, "host")).anySatisfy(h -> {
                        assertThat(h).containsEntry("host", remote.target().name());
                        assertThat(String.valueOf(h.get("ip"))).isEqualTo(expected);
                    });
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void secretsArriveAsTheContractSays(DeployedSystem system) {
        for (Service service : placed(system)) {
            Map<String, Object> container = container(system, service);
            List<String> env = strings(container.get("env"));
            for (String secret : service.secrets()) {
                if (service.secretDelivery() == SecretDelivery.FILE) {
                    assertThat(env).contains(secret + "_FILE=/run/secrets/" + secret);
                    assertThat(blocks(container, "upload")).anySatisfy(u -> {
                        assertThat(u).containsEntry("file", "/run/secrets/" + secret);
                        assertThat(String.valueOf(u.get("content"))).startsWith("var.");
                    });
                } else {
                    assertThat(env).anyMatch(e -> e.startsWith(secret + "=var."));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void gpuServicesGetTheirVendorsDevices(DeployedSystem system) {
        Wiring wiring = wiring(system);
        for (Service service : placed(system)) {
            Host host = system.descriptor().hosts().get(wiring.hostOf(service));
            if (service.resources().vram() == 0 || host == null) {
                continue;
            }
            Map<String, Object> container = container(system, service);
            if (host.gpu() == GpuKind.AMD) {
                assertThat(blocks(container, "devices")).extracting(d -> d.get("host_path"))
                        .containsExactly("/dev/kfd", "/dev/dri");
                assertThat(strings(container.get("group_add"))).contains("video");
                assertThat(container).doesNotContainKey("gpus");
            } else if (host.gpu() == GpuKind.NVIDIA) {
                assertThat(container).containsEntry("gpus", "all");
                assertThat(blocks(container, "devices")).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyVariableIsUsed(DeployedSystem system) {
        for (GeneratedFile variables : system.files("terraform/", "/variables.tf").values()) {
            String folder = variables.path().substring(0, variables.path().lastIndexOf('/') + 1);
            StringBuilder uses = new StringBuilder();
            system.files(folder, ".tf").forEach((path, file) -> {
                if (!path.endsWith("/variables.tf") && path.lastIndexOf('/') + 1 == folder.length()) {
                    uses.append(file.text());
                }
            });
            Matcher m = VARIABLE.matcher(variables.text());
            while (m.find()) {
                assertThat(uses.toString()).as("%s declares %s", variables.path(), m.group(1))
                        .contains("var." + m.group(1));
            }
        }
    }
}
