package dev.infraarchitect.render.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The process, the user and capabilities, limits, jobs, the host name, extra hosts and memory-backed mounts in the
 * Kubernetes manifests.
 */
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

    private static final String POD_SETTINGS = """
            project: photos
            services:
              ml:
                image: ghcr.io/acme/ml:2
                hostname: ml-worker
                shmSize: 1Gi
                tmpfs: ["/tmp", "/run:size=64m,mode=1777", "/dev/shm"]
                extraHosts:
                  - "registry.local:10.0.0.5"
                  - "mirror=10.0.0.5"
                  - "v6host:::1"
                  - "host.docker.internal:host-gateway"
                secrets: [API_TOKEN]
                secretDelivery: file
              db:
                image: postgres:17
                stateful: true
                hostname: db-main
                tmpfs: ["/var/lib/postgresql/data", "/scratch"]
              edge:
                image: nginx:1.27
                hostname: Edge_Proxy
            """;

    private static List<GeneratedFile> files() throws Exception {
        return generate(STACK);
    }

    private static List<GeneratedFile> generate(String yaml) throws Exception {
        return new KubernetesGenerator().generate(GenerationContext.of(KubernetesGeneratorTest.analyse(yaml)));
    }

    private static <T> T object(List<GeneratedFile> files, String path, Class<T> type) {
        String text = text(files, path);
        return type.cast(StrictManifests.read(path, text, StrictManifests.tree(text)));
    }

    /** The volume name of each mount of the container, by path; a pod rejects two mounts at one path. */
    private static Map<String, String> mounts(PodSpec pod) {
        List<VolumeMount> mounts = pod.getContainers().get(0).getVolumeMounts();
        assertThat(mounts.stream().map(VolumeMount::getMountPath).distinct().count()).isEqualTo(mounts.size());
        return mounts.stream().collect(Collectors.toMap(VolumeMount::getMountPath, VolumeMount::getName));
    }

    /** The pod volume a mount names: exactly one. */
    private static Volume volume(PodSpec pod, String name) {
        List<Volume> named = pod.getVolumes().stream().filter(v -> v.getName().equals(name)).toList();
        assertThat(named).as("volume " + name).hasSize(1);
        return named.get(0);
    }

    @Test
    void hostnameShmTmpfsAndExtraHostsReachThePod() throws Exception {
        List<GeneratedFile> files = generate(POD_SETTINGS);
        PodSpec pod = object(files, "kubernetes/base/ml.deployment.yaml", Deployment.class)
                .getSpec().getTemplate().getSpec();

        assertThat(pod.getHostname()).isEqualTo("ml-worker");
        assertThat(pod.getHostAliases()).extracting(HostAlias::getIp, HostAlias::getHostnames).containsExactly(
                tuple("10.0.0.5", List.of("registry.local", "mirror")), tuple("::1", List.of("v6host")));

        Map<String, String> mounts = mounts(pod);
        assertThat(mounts).containsOnlyKeys("/dev/shm", "/tmp", "/run", "/run/secrets/");
        EmptyDirVolumeSource shm = volume(pod, mounts.get("/dev/shm")).getEmptyDir();
        assertThat(shm.getMedium()).isEqualTo("Memory");
        assertThat(Quantity.getAmountInBytes(shm.getSizeLimit()).longValueExact()).isEqualTo(1L << 30);
        EmptyDirVolumeSource tmp = volume(pod, mounts.get("/tmp")).getEmptyDir();
        assertThat(tmp.getMedium()).isEqualTo("Memory");
        assertThat(tmp.getSizeLimit()).isNull();
        EmptyDirVolumeSource run = volume(pod, mounts.get("/run")).getEmptyDir();
        assertThat(run.getMedium()).isEqualTo("Memory");
        assertThat(Quantity.getAmountInBytes(run.getSizeLimit()).longValueExact()).isEqualTo(64L << 20);
        assertThat(volume(pod, mounts.get("/run/secrets/")).getSecret()).as("the secrets stay mounted").isNotNull();
        assertThat(pod.getVolumes()).hasSize(4);

        String text = text(files, "kubernetes/base/ml.deployment.yaml");
        assertThat(text.substring(0, text.indexOf("apiVersion")))
                .contains("host.docker.internal:host-gateway")
                .contains("host-gateway has no meaning in a pod")
                .contains("tmpfs /dev/shm not carried: /dev/shm is already mounted")
                .contains("tmpfs options not carried (an emptyDir takes a size only): mode=1777");
    }

    @Test
    void aStatefulSetKeepsItsPodHostnameAndItsDataMountAndAnInvalidHostnameIsNamed() throws Exception {
        List<GeneratedFile> files = generate(POD_SETTINGS);
        StatefulSet db = object(files, "kubernetes/base/db.statefulset.yaml", StatefulSet.class);
        PodSpec pod = db.getSpec().getTemplate().getSpec();

        assertThat(pod.getHostname()).as("the StatefulSet names each pod's host").isNull();
        Map<String, String> mounts = mounts(pod);
        assertThat(mounts).containsOnly(Map.entry("/var/lib/postgresql/data", "data"),
                Map.entry("/scratch", "tmpfs-0"));
        assertThat(volume(pod, "tmpfs-0").getEmptyDir().getMedium()).isEqualTo("Memory");
        assertThat(pod.getVolumes()).hasSize(1);
        assertThat(text(files, "kubernetes/base/db.statefulset.yaml"))
                .contains("Hostname db-main not carried: a StatefulSet names each pod's host after the pod")
                .contains("tmpfs /var/lib/postgresql/data not carried: /var/lib/postgresql/data is already mounted");
        assertThat(db.getSpec().getVolumeClaimTemplates()).extracting(c -> c.getMetadata().getName())
                .containsExactly("data");

        Deployment edge = object(files, "kubernetes/base/edge.deployment.yaml", Deployment.class);
        assertThat(edge.getSpec().getTemplate().getSpec().getHostname()).isNull();
        assertThat(text(files, "kubernetes/base/edge.deployment.yaml"))
                .contains("Hostname Edge_Proxy not carried: Kubernetes needs a DNS label");
    }

    @Test
    void sizesInDockerNotationAndAddressesAreReadWithoutLookingAnythingUp() {
        assertThat(PodSettings.dockerSize("65536k")).isEqualTo(64L << 20);
        assertThat(PodSettings.dockerSize("64m")).isEqualTo(64L << 20);
        assertThat(PodSettings.dockerSize("1G")).isEqualTo(1L << 30);
        assertThat(PodSettings.dockerSize("2gb")).isEqualTo(2L << 30);
        assertThat(PodSettings.dockerSize("1048576")).isEqualTo(1L << 20);
        assertThat(PodSettings.dockerSize("lots")).isNull();
        assertThat(PodSettings.dockerSize("9999999999999999999t")).isNull();
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
