package dev.infraarchitect.render.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled examples from seeds 001 (AWS ECS) and 003 (a self-hosted AI box) give valid manifests. */
class KubernetesExamplesTest {

    private static final Path EXAMPLES = Path.of("../src/examples");

    static Analysis example(String name) throws Exception {
        Path file = EXAMPLES.resolve(name).resolve("src/main/infra/infra.yaml");
        return new Analyzer().analyze(DescriptorLoader.load(file, "infra.yaml"), AnalysisOptions.DEFAULTS);
    }

    static <T> T object(List<HasMetadata> objects, Class<T> type, String name) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> ((HasMetadata) o).getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    @Test
    void awsEcsPlatformGivesValidManifests() throws Exception {
        List<GeneratedFile> files =
                new KubernetesGenerator().generate(GenerationContext.of(example("aws-ecs-platform")));
        List<HasMetadata> objects = StrictManifests.validate(files);

        assertThat(files).extracting(GeneratedFile::path).contains(
                "kubernetes/base/kustomization.yaml",
                "kubernetes/base/api.deployment.yaml",
                "kubernetes/base/postgres.service.yaml",
                "kubernetes/overlays/dev/kustomization.yaml",
                "kubernetes/overlays/prod/api.hpa.yaml",
                "kubernetes/overlays/prod/api.pdb.yaml",
                "kubernetes/overlays/staging/api.pdb.yaml",
                "kubernetes/overlays/staging/worker.hpa.yaml");
        assertThat(files).extracting(GeneratedFile::path).doesNotContain(
                "kubernetes/overlays/dev/api.hpa.yaml", "kubernetes/overlays/dev/api.pdb.yaml",
                "kubernetes/overlays/staging/api.hpa.yaml");
        Service postgres = object(objects, Service.class, "postgres");
        assertThat(postgres.getSpec().getType()).isEqualTo("ExternalName");
        assertThat(postgres.getSpec().getExternalName()).isEqualTo("postgres.external.invalid");

        Deployment api = object(objects, Deployment.class, "api");
        Container container = api.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getResources().getRequests())
                .isEqualTo(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("1Gi")));
        assertThat(container.getReadinessProbe().getExec().getCommand())
                .containsExactly("sh", "-c", "curl -fsS http://localhost:8000/health");
        assertThat(container.getReadinessProbe().getPeriodSeconds()).isEqualTo(30);
        assertThat(container.getReadinessProbe().getTimeoutSeconds()).isEqualTo(5);
        assertThat(container.getLivenessProbe().getFailureThreshold()).isEqualTo(3);
        assertThat(container.getVolumeMounts()).singleElement()
                .satisfies(m -> assertThat(m.getMountPath()).isEqualTo("/run/secrets"));
        assertThat(api.getSpec().getTemplate().getSpec().getVolumes().get(0).getSecret().getSecretName())
                .isEqualTo("api-secrets");
        // postgres and redis are managed: nothing waits for them
        assertThat(api.getSpec().getTemplate().getSpec().getInitContainers()).isNullOrEmpty();
        Deployment web = object(objects, Deployment.class, "web");
        assertThat(web.getSpec().getTemplate().getSpec().getInitContainers()).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("wait-for-api");
            assertThat(c.getCommand()).containsExactly("sh", "-c",
                    "until nc -z api 8000 >/dev/null 2>&1; do echo waiting for api; sleep 2; done");
        });

        NetworkPolicy apiPolicy = object(objects, NetworkPolicy.class, "api-ingress");
        assertThat(apiPolicy.getSpec().getIngress()).singleElement().satisfies(rule -> assertThat(rule.getFrom())
                .extracting(peer -> peer.getPodSelector().getMatchLabels().get(Labels.NAME))
                .containsExactly("web"));
        NetworkPolicy webPolicy = object(objects, NetworkPolicy.class, "web-ingress");
        assertThat(webPolicy.getSpec().getIngress()).singleElement()
                .satisfies(rule -> assertThat(rule.getFrom()).isNullOrEmpty());

        HorizontalPodAutoscaler hpa = objects.stream().filter(HorizontalPodAutoscaler.class::isInstance)
                .map(HorizontalPodAutoscaler.class::cast)
                .filter(h -> h.getMetadata().getName().equals("api") && h.getSpec().getMaxReplicas() == 10)
                .findFirst().orElseThrow();
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
    }

    @Test
    void selfHostedAiBoxGivesValidManifestsWithAmdGpus() throws Exception {
        List<GeneratedFile> files =
                new KubernetesGenerator().generate(GenerationContext.of(example("selfhosted-ai-box-corrected")));
        List<HasMetadata> objects = StrictManifests.validate(files);

        Deployment ollama = object(objects, Deployment.class, "ollama");
        Container container = ollama.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getResources().getLimits()).containsEntry("amd.com/gpu", new Quantity("1"));
        assertThat(ollama.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry(Workload.VRAM_ANNOTATION, "12Gi");
        assertThat(ollama.getSpec().getTemplate().getSpec().getInitContainers())
                .extracting(Container::getName).containsExactly("wait-for-traefik", "wait-for-vault");
        assertThat(ollama.getSpec().getTemplate().getSpec().getInitContainers().get(1).getCommand().get(2))
                .isEqualTo("until nslookup vault >/dev/null 2>&1; do echo waiting for vault; sleep 2; done");
        Service vault = object(objects, Service.class, "vault");
        assertThat(vault.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(ollama.getMetadata().getLabels()).containsEntry(Labels.TIER, "ai-core")
                .containsEntry(Labels.PHASE, "3").containsEntry(Labels.PART_OF, "selfhosted-ai-box-corrected");
        assertThat(files).allSatisfy(f -> assertThat(f.text()).doesNotContain("external.invalid"));
    }
}
