package dev.infraarchitect.render.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The process, the user and capabilities, limits and jobs in the Kubernetes manifests. */
class KubernetesRuntimeFieldsTest {

    private static final String STACK = """
            project: photos
            services:
              migrate:
                kind: job
                image: ghcr.io/acme/api:1.4
                command: ["flask", "db", "upgrade"]
              api:
                image: ghcr.io/acme/api:1.4
                entrypoint: ["/bin/sh", "-c"]
                command: gunicorn app:app --bind "0.0.0.0:8000"
                workingDir: /srv
                user: "1000:2000"
                capAdd: [NET_ADMIN]
                capDrop: [ALL]
                ports: ["8000"]
                replicas: 2
                resources: { cpu: 1, memory: 1Gi, limits: { cpu: 2, memory: 3Gi } }
                healthcheck: { test: ["CMD", "curl", "-f", "http://localhost:8000"] }
                dependsOn: [migrate]
            """;

    private static List<GeneratedFile> files() throws Exception {
        return new KubernetesGenerator().generate(GenerationContext.of(KubernetesGeneratorTest.analyse(STACK)));
    }

    private static String text(List<GeneratedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path)).text();
    }

    @Test
    void theProcessUserCapabilitiesAndLimitsReachTheContainer() throws Exception {
        String api = text(files(), "kubernetes/base/api.deployment.yaml");
        assertThat(api).contains("command: [\"/bin/sh\", \"-c\"]")
                .contains("args: [\"gunicorn\", \"app:app\", \"--bind\", \"0.0.0.0:8000\"]")
                .contains("workingDir: \"/srv\"")
                .contains("runAsUser: 1000").contains("runAsGroup: 2000")
                .contains("add: [\"NET_ADMIN\"]").contains("drop: [\"ALL\"]")
                .contains("command: [\"curl\", \"-f\", \"http://localhost:8000\"]");
        assertThat(api.substring(api.indexOf("limits:"))).contains("cpu: \"2\"").contains("memory: \"3Gi\"");
        assertThat(api.substring(api.indexOf("requests:"))).contains("cpu: \"1\"");
        assertThat(api).contains("Must start after job migrate completed");
    }

    @Test
    void aJobRunsOnceAndIsNeverScaled() throws Exception {
        List<GeneratedFile> files = files();
        String job = text(files, "kubernetes/base/migrate.job.yaml");
        assertThat(job).contains("apiVersion: \"batch/v1\"").contains("kind: \"Job\"")
                .contains("restartPolicy: \"Never\"").contains("backoffLimit: 0")
                .contains("args: [\"flask\", \"db\", \"upgrade\"]").doesNotContain("replicas");
        assertThat(files).noneMatch(f -> f.path().startsWith("kubernetes/overlays/") && f.text().contains("migrate"));
    }
}
