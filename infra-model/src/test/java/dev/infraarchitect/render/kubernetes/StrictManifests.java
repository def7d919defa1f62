package dev.infraarchitect.render.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.infraarchitect.render.GeneratedFile;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads generated manifests strictly with the fabric8 Kubernetes model: the model classes collect unknown fields in
 * an "additional properties" map, so that collection is switched off and every unknown field fails the read. Then
 * checks the fields the API server requires for each kind, and the structure of kustomization files.
 */
final class StrictManifests {

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/Service", Service.class,
            "v1/Namespace", Namespace.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
    private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?");

    private static final ObjectMapper TREE = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return Boolean.FALSE;
                }
            });

    private StrictManifests() {
    }

    /** Reads every file; returns the objects, after checking each. */
    static List<HasMetadata> validate(List<GeneratedFile> files) {
        List<HasMetadata> objects = new ArrayList<>();
        for (GeneratedFile file : files) {
            JsonNode tree = tree(file.text());
            if (file.path().endsWith("kustomization.yaml")) {
                checkKustomization(file, tree, files);
            } else {
                objects.add(read(file.path(), file.text(), tree));
            }
        }
        return objects;
    }

    static HasMetadata read(String path, String text, JsonNode tree) {
        String key = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
        Class<? extends HasMetadata> type = KINDS.get(key);
        assertThat(type).as("%s: unexpected %s", path, key).isNotNull();
        HasMetadata object;
        try {
            object = STRICT.readValue(text, type);
        } catch (IOException e) {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        }
        assertThat(object.getMetadata().getName()).as(path + " name").matches(DNS_SUBDOMAIN);
        if (object.getMetadata().getLabels() != null) {
            object.getMetadata().getLabels().forEach((k, v) -> assertThat(v).as(path + " label " + k).hasSizeLessThan(64));
        }
        if (object instanceof Deployment d) {
            assertThat(d.getSpec().getSelector().getMatchLabels()).as(path).isNotEmpty();
            checkTemplate(path, d.getSpec().getSelector().getMatchLabels(), d.getSpec().getTemplate());
        } else if (object instanceof StatefulSet s) {
            assertThat(s.getSpec().getServiceName()).as(path).isEqualTo(s.getMetadata().getName());
            checkTemplate(path, s.getSpec().getSelector().getMatchLabels(), s.getSpec().getTemplate());
            assertThat(s.getSpec().getVolumeClaimTemplates()).as(path).allSatisfy(c -> {
                assertThat(c.getSpec().getResources().getRequests()).containsKey("storage");
                assertThat(c.getSpec().getAccessModes()).isNotEmpty();
            });
        } else if (object instanceof Service s) {
            assertThat(object.getMetadata().getName()).as(path).matches(DNS_LABEL);
            if ("ExternalName".equals(s.getSpec().getType())) {
                assertThat(s.getSpec().getExternalName()).as(path).isNotBlank();
            } else {
                assertThat(s.getSpec().getSelector()).as(path).isNotEmpty();
                if (!"None".equals(s.getSpec().getClusterIP())) {
                    assertThat(s.getSpec().getPorts()).as(path + ": a ClusterIP Service needs ports").isNotEmpty();
                }
            }
            List<ServicePort> ports = s.getSpec().getPorts() == null ? List.of() : s.getSpec().getPorts();
            for (ServicePort port : ports) {
                assertThat(port.getPort()).as(path).isBetween(1, 65535);
                assertThat(port.getProtocol()).as(path).isIn("TCP", "UDP");
                if (ports.size() > 1) {
                    assertThat(port.getName()).as(path).matches(PORT_NAME);
                }
            }
            assertThat(ports.stream().map(ServicePort::getName).distinct().count()).as(path)
                    .isEqualTo(ports.size());
        } else if (object instanceof NetworkPolicy p) {
            assertThat(p.getSpec().getPodSelector()).as(path).isNotNull();
            assertThat(p.getSpec().getPolicyTypes()).as(path).containsExactly("Ingress");
        } else if (object instanceof HorizontalPodAutoscaler h) {
            assertThat(h.getSpec().getScaleTargetRef().getName()).as(path).isNotBlank();
            assertThat(h.getSpec().getScaleTargetRef().getKind()).as(path).isIn("Deployment", "StatefulSet");
            assertThat(h.getSpec().getMinReplicas()).as(path).isPositive()
                    .isLessThanOrEqualTo(h.getSpec().getMaxReplicas());
            assertThat(h.getSpec().getMetrics()).as(path).isNotEmpty();
        } else if (object instanceof PodDisruptionBudget b) {
            assertThat(b.getSpec().getSelector().getMatchLabels()).as(path).isNotEmpty();
            assertThat(b.getSpec().getMaxUnavailable() != null ^ b.getSpec().getMinAvailable() != null)
                    .as(path + ": exactly one of maxUnavailable, minAvailable").isTrue();
        }
        return object;
    }

    private static void checkTemplate(String path, Map<String, String> selector, PodTemplateSpec template) {
        assertThat(template.getMetadata().getLabels()).as(path + ": template labels match the selector")
                .containsAllEntriesOf(selector);
        List<Container> all = new ArrayList<>(template.getSpec().getContainers());
        if (template.getSpec().getInitContainers() != null) {
            all.addAll(template.getSpec().getInitContainers());
        }
        assertThat(template.getSpec().getContainers()).as(path).isNotEmpty();
        assertThat(all.stream().map(Container::getName).distinct().count()).as(path).isEqualTo(all.size());
        for (Container container : all) {
            assertThat(container.getName()).as(path).matches(DNS_LABEL);
            assertThat(container.getImage()).as(path).isNotBlank();
            if (container.getPorts() != null) {
                container.getPorts().forEach(p -> assertThat(p.getName()).as(path).matches(PORT_NAME));
            }
            if (container.getResources() != null && container.getResources().getRequests() != null) {
                assertThat(container.getResources().getLimits()).as(path + ": limits equal requests")
                        .containsAllEntriesOf(container.getResources().getRequests());
            }
        }
    }

    /** apiVersion and kind, and every listed resource is a generated file or the base folder. */
    private static void checkKustomization(GeneratedFile file, JsonNode tree, List<GeneratedFile> files) {
        assertThat(tree.path("apiVersion").asText()).as(file.path()).isEqualTo("kustomize.config.k8s.io/v1beta1");
        assertThat(tree.path("kind").asText()).as(file.path()).isEqualTo("Kustomization");
        List<String> known = List.of("apiVersion", "kind", "namespace", "labels", "resources", "replicas");
        tree.fieldNames().forEachRemaining(name -> assertThat(name).as(file.path()).isIn(known));
        String folder = file.path().substring(0, file.path().lastIndexOf('/') + 1);
        assertThat(tree.path("resources").isArray()).as(file.path()).isTrue();
        for (JsonNode resource : tree.path("resources")) {
            String target = normalize(folder + resource.asText());
            boolean isFile = files.stream().anyMatch(f -> f.path().equals(target));
            boolean isKustomization = files.stream().anyMatch(f -> f.path().equals(target + "/kustomization.yaml"));
            assertThat(isFile || isKustomization).as(file.path() + " lists " + resource.asText()).isTrue();
        }
        for (JsonNode replica : tree.path("replicas")) {
            assertThat(replica.path("name").asText()).as(file.path()).isNotBlank();
            assertThat(replica.path("count").isInt()).as(file.path()).isTrue();
        }
    }

    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    static JsonNode tree(String text) {
        try {
            return TREE.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
