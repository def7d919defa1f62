package dev.infraarchitect.render.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KubernetesGeneratorTest {

    private static final Path SMALL = Path.of("src/test/resources/golden/kubernetes/small");

    static Analysis analyse(String yaml) throws Exception {
        return new Analyzer().analyze(DescriptorLoader.parse(yaml, "infra.yaml"), AnalysisOptions.DEFAULTS);
    }

    private static Analysis small() throws Exception {
        return analyse(Files.readString(SMALL.resolve("infra.yaml")));
    }

    private static GeneratedFile file(List<GeneratedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + files));
    }

    @Test
    void matchesGoldenFilesForASmallDescriptor() throws Exception {
        List<GeneratedFile> files = new KubernetesGenerator().generate(GenerationContext.of(small()));

        Golden.assertMatches(files.stream()
                .map(f -> new GeneratedFile("kubernetes/small/" + f.path(), f.content())).toList());
        List<String> expected;
        try (Stream<Path> walk = Files.walk(SMALL.resolve("kubernetes"))) {
            expected = walk.filter(Files::isRegularFile)
                    .map(p -> SMALL.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(files).extracting(GeneratedFile::path).containsExactlyElementsOf(expected);
    }

    @Test
    void everyObjectOfTheSmallDescriptorIsValidForItsKind() throws Exception {
        List<GeneratedFile> files = new KubernetesGenerator().generate(GenerationContext.of(small()));

        assertThat(StrictManifests.validate(files)).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
                .contains("StatefulSet/db", "Deployment/api", "Service/search", "NetworkPolicy/default-deny",
                        "HorizontalPodAutoscaler/api", "PodDisruptionBudget/web", "Namespace/demo-dev");
    }

    @Test
    void theStrictReaderRejectsAFieldTheKindDoesNotHave() {
        String text = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: x }
                spec: { replicaz: 2 }
                """;

        assertThatThrownBy(() -> StrictManifests.read("x.yaml", text, StrictManifests.tree(text)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("x.yaml: Unrecognized field \"replicaz\"");
    }

    @Test
    void theNoWaitVariantWritesTheSameManifestsWithoutInitContainers() throws Exception {
        List<GeneratedFile> waiting = new KubernetesGenerator(true).generate(GenerationContext.of(small()));
        List<GeneratedFile> direct = new KubernetesGenerator(false).generate(GenerationContext.of(small()));

        assertThat(new KubernetesGenerator(false).id()).isEqualTo("kubernetes-no-wait");
        assertThat(direct).extracting(GeneratedFile::path).containsExactlyElementsOf(
                waiting.stream().map(GeneratedFile::path).toList());
        assertThat(direct).allSatisfy(f -> assertThat(f.text()).doesNotContain("initContainers"));
        assertThat(file(waiting, "kubernetes/base/web.deployment.yaml").text())
                .contains("name: \"wait-for-api\"", "name: \"wait-for-llm\"");
        assertThat(file(direct, "kubernetes/base/db.statefulset.yaml"))
                .isEqualTo(file(waiting, "kubernetes/base/db.statefulset.yaml"));
        StrictManifests.validate(direct);
    }

    @Test
    void credentialLookingValuesAreReadFromTheSecretAndNeverWritten() throws Exception {
        List<GeneratedFile> files = new KubernetesGenerator().generate(GenerationContext.of(small()));

        assertThat(files).allSatisfy(f -> assertThat(f.text()).doesNotContain("not-a-real-token"));
        assertThat(file(files, "kubernetes/base/api.deployment.yaml").text()).contains("""
                            - name: "API_TOKEN"
                              valueFrom:
                                secretKeyRef:
                                  name: "api-secrets"
                                  key: "API_TOKEN"
                """);
        assertThat(files).noneSatisfy(f -> assertThat(f.text()).contains("kind: \"Secret\""));
    }

    @Test
    void theSameAnalysisGivesTheSameBytes() throws Exception {
        assertThat(new KubernetesGenerator().generate(GenerationContext.of(small())))
                .isEqualTo(new KubernetesGenerator().generate(GenerationContext.of(small())));
    }

    @Test
    void servicesOnAnInternalNetworkGetNoIngressFromOutsideTheNamespace() throws Exception {
        List<GeneratedFile> files = new KubernetesGenerator().generate(GenerationContext.of(analyse("""
                project: edge
                networks:
                  private: {}
                  data: { internal: true }
                services:
                  lb: { kind: managed, dependsOn: [inner, outer] }
                  inner: { image: "x:1", ports: ["8000"], networks: [private, data] }
                  outer: { image: "x:1", ports: ["8000"], networks: [private] }
                  exposed: { image: "x:1", ports: ["9000:90"], networks: [data] }
                """)));

        assertThat(file(files, "kubernetes/base/inner-ingress.networkpolicy.yaml").text())
                .contains("# Reached from outside the cluster (lb (managed)), but attached to internal network data:"
                        + " no ingress from outside the namespace.")
                .doesNotContain("ingress:");
        assertThat(file(files, "kubernetes/base/outer-ingress.networkpolicy.yaml").text())
                .contains("""
                          ingress:
                            - ports:
                                - port: 8000
                                  protocol: "TCP"
                        """);
        assertThat(file(files, "kubernetes/base/exposed-ingress.networkpolicy.yaml").text())
                .contains("(published host ports), but attached to internal network data")
                .doesNotContain("ingress:");
        StrictManifests.validate(files);
    }

    @Test
    void notesWhatTheManifestsCannotExpress() throws Exception {
        List<GeneratedFile> files = new KubernetesGenerator().generate(GenerationContext.of(analyse("""
                project: notes
                hosts:
                  plain: { cpu: 8, memory: 16Gi }
                  red: { cpu: 8, memory: 16Gi, vram: 8Gi, gpu: amd }
                services:
                  gpu: { image: "x:1", host: plain, resources: { vram: 1Gi } }
                  amd: { image: "x:1", host: red, resources: { vram: 2Gi } }
                  keeper: { image: "x:1", host: plain, stateful: true, volumes: ["./conf:/etc/conf"] }
                  idle: { image: "x:1", host: plain, replicas: { min: 0, max: 3 } }
                """)));

        assertThat(file(files, "kubernetes/base/gpu.deployment.yaml").text())
                .contains("# Needs 1Gi of vram, but host plain has no GPU kind; no GPU is requested.")
                .doesNotContain("gpu\": \"1\"");
        assertThat(file(files, "kubernetes/base/amd.deployment.yaml").text()).contains("\"amd.com/gpu\": \"1\"");
        assertThat(file(files, "kubernetes/base/keeper.deployment.yaml").text()).contains(
                "# Stateful, but asks for no storage: runs as a Deployment without a volume claim.",
                "# Volumes not translated (mount them with a patch): ./conf:/etc/conf.");
        assertThat(file(files, "kubernetes/overlays/prod/idle.hpa.yaml").text())
                .contains("# The descriptor allows 0 replicas; an autoscaler keeps at least 1.", "minReplicas: 1",
                        "# The service requests no cpu: set a cpu request, or the autoscaler cannot compute"
                                + " utilisation.");
        StrictManifests.validate(files);
    }
}
