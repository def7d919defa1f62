package dev.infraarchitect.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.SecretDelivery;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.kubernetes.KubernetesGenerator;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes manifests read as the cluster would run them, for every example and synthetic system: data
 * survives a pod restart, every edge has a path through the default-deny policies, entry points are reachable,
 * secrets arrive as the contract says, and GPU requests can all be scheduled on their host.
 */
class KubernetesDeployTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Stream<Arguments> systems() {
        return SystemsUnderDeploy.all();
    }

    /** The generated files of one system, read back. */
    private record Manifests(Analysis analysis, Map<String, GeneratedFile> files) {

        static Manifests of(String system) throws Exception {
            Analysis analysis = SystemsUnderDeploy.analysis(system);
            Map<String, GeneratedFile> files = new HashMap<>();
            new KubernetesGenerator().generate(GenerationContext.of(analysis)).forEach(f -> files.put(f.path(), f));
            return new Manifests(analysis, files);
        }

        <T> Optional<T> read(String path, Class<T> type) {
            GeneratedFile file = files.get(path);
            if (file == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(YAML.readValue(file.text(), type));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        PodTemplateSpec template(Service service) {
            String base = "kubernetes/base/" + service.name();
            Optional<StatefulSet> set = read(base + ".statefulset.yaml", StatefulSet.class);
            if (set.isPresent()) {
                return set.get().getSpec().getTemplate();
            }
            return read(base + ".deployment.yaml", io.fabric8.kubernetes.api.model.apps.Deployment.class)
                    .orElseThrow(() -> new AssertionError("no workload for " + service.name()))
                    .getSpec().getTemplate();
        }

        Container container(Service service) {
            return template(service).getSpec().getContainers().get(0);
        }

        NetworkPolicy policy(Service service) {
            return read("kubernetes/base/" + service.name() + "-ingress.networkpolicy.yaml", NetworkPolicy.class)
                    .orElseThrow(() -> new AssertionError("no policy for " + service.name()));
        }

        List<Service> containers() {
            return analysis.descriptor().services().values().stream().filter(Service::isContainer).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyStatefulServiceKeepsItsDataInAClaimAtItsDataPath(String system) throws Exception {
        Manifests manifests = Manifests.of(system);
        for (Service service : manifests.containers()) {
            if (!service.stateful()) {
                continue;
            }
            StatefulSet set = manifests.read("kubernetes/base/" + service.name() + ".statefulset.yaml",
                    StatefulSet.class).orElseThrow(() -> new AssertionError(service.name() + " is no StatefulSet"));
            assertThat(set.getSpec().getVolumeClaimTemplates()).as(service.name()).singleElement().satisfies(claim -> {
                assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
                Quantity size = claim.getSpec().getResources().getRequests().get("storage");
                assertThat(Quantity.getAmountInBytes(size).signum()).as(service.name()).isPositive();
                if (service.resources().storage() > 0) {
                    assertThat(Quantity.getAmountInBytes(size).longValueExact())
                            .isEqualTo(service.resources().storage());
                }
                String claimName = claim.getMetadata().getName();
                Container container = set.getSpec().getTemplate().getSpec().getContainers().get(0);
                assertThat(container.getVolumeMounts()).as(service.name())
                        .anySatisfy(mount -> {
                            assertThat(mount.getName()).isEqualTo(claimName);
                            if (service.dataPath() != null) {
                                assertThat(mount.getMountPath()).isEqualTo(service.dataPath());
                            }
                        });
            });
            // the headless Service a StatefulSet names
            assertThat(set.getSpec().getServiceName()).isEqualTo(service.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyEdgeBetweenContainersHasAPathThroughThePolicies(String system) throws Exception {
        Manifests manifests = Manifests.of(system);
        Map<String, Service> services = manifests.analysis().descriptor().services();
        int checked = 0;
        for (Service caller : manifests.containers()) {
            for (Edge edge : caller.edges()) {
                Service target = services.get(edge.service());
                if (target == null || !target.isContainer()) {
                    continue;
                }
                List<NetworkPolicyIngressRule> rules = manifests.policy(target).getSpec().getIngress();
                assertThat(rules).as(caller.name() + " -> " + target.name()).isNotNull().anySatisfy(rule -> {
                    assertThat(rule.getFrom()).extracting(KubernetesDeployTest::selectedName)
                            .contains(caller.name());
                    List<Integer> open = ports(rule);
                    if (edge.port() != null) {
                        // exactly the port the edge names
                        assertThat(open).containsExactly(edge.port());
                        assertThat(rule.getPorts().get(0).getProtocol())
                                .isEqualTo(edge.transport().toUpperCase(java.util.Locale.ROOT));
                    } else {
                        assertThat(open).containsExactlyInAnyOrderElementsOf(target.ports().stream()
                                .map(Port::containerPort).distinct().toList());
                    }
                });
                checked++;
            }
        }
        // a rule admits only the callers of the target
        for (Service target : manifests.containers()) {
            List<NetworkPolicyIngressRule> rules = manifests.policy(target).getSpec().getIngress();
            for (NetworkPolicyIngressRule rule : rules == null ? List.<NetworkPolicyIngressRule>of() : rules) {
                for (NetworkPolicyPeer peer : rule.getFrom() == null ? List.<NetworkPolicyPeer>of() : rule.getFrom()) {
                    Service caller = services.get(selectedName(peer));
                    assertThat(caller.calls()).as(caller.name() + " admitted by " + target.name())
                            .contains(target.name());
                }
            }
        }
        if (system.equals("edges")) {
            assertThat(checked).isEqualTo(7);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void entryPointsAcceptTrafficFromOutside(String system) throws Exception {
        Manifests manifests = Manifests.of(system);
        Map<String, Service> services = manifests.analysis().descriptor().services();
        for (Service service : manifests.containers()) {
            boolean publishes = service.ports().stream().anyMatch(Port::published);
            boolean reachedByManaged = services.values().stream()
                    .anyMatch(s -> s.isManaged() && s.calls().contains(service.name()));
            boolean onlyInternal = !service.networks().isEmpty() && service.networks().stream()
                    .allMatch(n -> Optional.ofNullable(manifests.analysis().descriptor().networks().get(n))
                            .map(Network::internal).orElse(false));
            List<NetworkPolicyIngressRule> rules = manifests.policy(service).getSpec().getIngress();
            if ((publishes || reachedByManaged) && !onlyInternal) {
                assertThat(rules).as(service.name() + " is an entry point").isNotNull()
                        .anySatisfy(rule -> {
                            assertThat(rule.getFrom()).isNullOrEmpty();
                            assertThat(ports(rule)).containsAll(service.ports().stream()
                                    .map(Port::containerPort).distinct().toList());
                        });
            } else if (rules != null) {
                assertThat(rules).as(service.name() + " is no entry point")
                        .allSatisfy(rule -> assertThat(rule.getFrom()).isNotEmpty());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void secretsArriveAsTheContractSays(String system) throws Exception {
        Manifests manifests = Manifests.of(system);
        for (Service service : manifests.containers()) {
            if (service.secrets().isEmpty()) {
                continue;
            }
            PodSpec pod = manifests.template(service).getSpec();
            Container container = pod.getContainers().get(0);
            Map<String, EnvVar> env = new HashMap<>();
            container.getEnv().forEach(v -> env.put(v.getName(), v));
            for (String secret : service.secrets()) {
                if (service.secretDelivery() == SecretDelivery.FILE) {
                    assertThat(env).doesNotContainKey(secret);
                    assertThat(env.get(SecretDelivery.fileVariable(secret)).getValue())
                            .isEqualTo(SecretDelivery.filePath(secret));
                    String volume = container.getVolumeMounts().stream()
                            .filter(m -> SecretDelivery.filePath(secret).startsWith(m.getMountPath()))
                            .findFirst().orElseThrow().getName();
                    assertThat(pod.getVolumes()).filteredOn(v -> v.getName().equals(volume)).singleElement()
                            .satisfies(v -> {
                                assertThat(v.getSecret().getSecretName()).isEqualTo(service.name() + "-secrets");
                                assertThat(v.getSecret().getItems())
                                        .anySatisfy(item -> assertThat(item.getPath()).isEqualTo(secret));
                            });
                } else {
                    assertThat(env.get(secret)).as(service.name() + " " + secret).isNotNull();
                    assertThat(env.get(secret).getValue()).isNull();
                    assertThat(env.get(secret).getValueFrom().getSecretKeyRef().getName())
                            .isEqualTo(service.name() + "-secrets");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void gpuRequestsFitTheirHost(String system) throws Exception {
        Manifests manifests = Manifests.of(system);
        Map<String, Integer> requested = new HashMap<>();
        for (Service service : manifests.containers()) {
            Map<String, Quantity> limits = Optional.ofNullable(manifests.container(service).getResources())
                    .map(r -> r.getLimits()).orElse(Map.of());
            int gpus = Stream.of("amd.com/gpu", "nvidia.com/gpu").filter(limits::containsKey)
                    .mapToInt(k -> Integer.parseInt(limits.get(k).getAmount())).sum();
            if (gpus > 0) {
                String host = manifests.analysis().hostOf(service.name());
                requested.merge(host, gpus * mostPods(manifests, service), Integer::sum);
            }
        }
        requested.forEach((host, gpus) -> assertThat(gpus).as("GPUs requested on " + host)
                .isLessThanOrEqualTo(manifests.analysis().descriptor().hosts().get(host).gpus()));
        if (system.equals("gpus")) {
            // one GPU: llm, the largest, holds it; two: vllm's two pods hold both
            assertThat(requested).containsExactlyInAnyOrderEntriesOf(Map.of("one", 1, "two", 2));
            assertThat(manifests.files().get("kubernetes/base/whisper.deployment.yaml").text())
                    .contains("whose GPUs go to llm");
        }
    }

    private static int mostPods(Manifests manifests, Service service) {
        int most = manifests.analysis().descriptor().environments().isEmpty() ? service.replicas().max() : 0;
        for (String environment : manifests.analysis().descriptor().environments().keySet()) {
            JsonNode overlay = tree(manifests.files().get("kubernetes/overlays/" + environment
                    + "/kustomization.yaml"));
            for (JsonNode replicas : overlay.path("replicas")) {
                if (replicas.path("name").asText().equals(service.name())) {
                    most = Math.max(most, replicas.path("count").asInt());
                }
            }
            GeneratedFile hpa = manifests.files().get("kubernetes/overlays/" + environment + "/" + service.name()
                    + ".hpa.yaml");
            if (hpa != null) {
                most = Math.max(most, tree(hpa).path("spec").path("maxReplicas").asInt());
            }
        }
        return most;
    }

    private static JsonNode tree(GeneratedFile file) {
        try {
            return YAML.readTree(file.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String selectedName(NetworkPolicyPeer peer) {
        return peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
    }

    private static List<Integer> ports(NetworkPolicyIngressRule rule) {
        return rule.getPorts() == null ? List.of()
                : rule.getPorts().stream().map(NetworkPolicyPort::getPort).map(p -> p.getIntVal()).toList();
    }
}
