package dev.infraarchitect.render.kubernetes;

import dev.infraarchitect.model.Credentials;
import dev.infraarchitect.model.ContainerSettings;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Limits;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Healthcheck;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.SecretDelivery;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Deployment of a container service, or its StatefulSet when it is {@code stateful}: one container with the
 * service's image, ports, environment, secrets, resources (limits equal to requests) and probes, and, when waiting is
 * on, one init container per container dependency that waits until the dependency's Service answers. A StatefulSet
 * keeps its data in a claim per replica mounted at the data path, sized by {@code storage} or else
 * {@value #DEFAULT_STORAGE}. Secrets arrive as environment variables read from the service's Secret. The pod carries
 * the written {@code hostname}, {@code extraHosts} with an IP address (as {@code hostAliases}), and {@code shmSize}
 * and {@code tmpfs} as emptyDir volumes in memory. Replicas are left to the overlays.
 */
final class Workload {

    static final String VRAM_ANNOTATION = "infraarchitect.dev/vram";
    static final String HOST_ANNOTATION = "infraarchitect.dev/host";
    static final String WAIT_IMAGE = "busybox:1.36";
    static final String SECRETS_VOLUME = "secrets";
    static final String DATA_CLAIM = "data";
    static final String DEFAULT_DATA_PATH = "/data";
    /** The claim of a stateful service that does not say how much storage it needs. */
    static final String DEFAULT_STORAGE = "10Gi";

    private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:[\\\\/].*");

    private final KubernetesSystem system;
    private final Service service;
    private final List<String> notes = new ArrayList<>();

    Workload(KubernetesSystem system, Service service) {
        this.system = system;
        this.service = service;
    }

    /** Whether the service runs as a StatefulSet: it holds data, which a claim per replica keeps. */
    static boolean isStatefulSet(Service service) {
        return service.stateful();
    }

    String kind() {
        return kindOf(service);
    }

    static String kindOf(Service service) {
        if (service.isJob()) {
            return "Job";
        }
        return isStatefulSet(service) ? "StatefulSet" : "Deployment";
    }

    /** Comment lines for the file: what the manifest could not express. Valid after {@link #manifest()}. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    Mapping manifest() {
        if (service.isJob()) {
            return job();
        }
        boolean stateful = isStatefulSet(service);
        Mapping spec = new Mapping();
        if (stateful) {
            spec.put("serviceName", service.name());
        }
        spec.put("selector", new Mapping().put("matchLabels", system.labels().selector(service.name())));
        spec.put("template", new Mapping()
                .put("metadata", podMetadata())
                .put("spec", podSpec(stateful)));
        if (stateful) {
            long storage = service.resources().storage();
            if (storage == 0) {
                notes.add("Stateful, but asks for no storage: each replica claims " + DEFAULT_STORAGE
                        + "; set resources.storage to size it.");
            }
            spec.put("volumeClaimTemplates", List.of(new Mapping()
                    .put("metadata", new Mapping().put("name", DATA_CLAIM))
                    .put("spec", new Mapping()
                            .put("accessModes", List.of("ReadWriteOnce"))
                            .put("resources", new Mapping().put("requests", new Mapping()
                                    .put("storage", storage > 0 ? KubernetesValues.bytes(storage)
                                            : DEFAULT_STORAGE))))));
        } else if (service.resources().storage() > 0) {
            notes.add("Asks for " + Quantities.formatBytes(service.resources().storage())
                    + " of storage but is not stateful: no volume is claimed; add one with a patch if it needs it.");
        }
        return new Mapping()
                .put("apiVersion", "apps/v1")
                .put("kind", kind())
                .put("metadata", system.metadata(service.name(), service))
                .put("spec", spec);
    }

    /**
     * A one-shot job: runs to completion once and is never restarted (Compose's {@code restart: "no"}); a failed
     * run stays failed, for a person to look at, rather than repeating a half-applied migration.
     */
    private Mapping job() {
        Mapping pod = podSpec(false);
        pod.put("restartPolicy", "Never");
        return new Mapping()
                .put("apiVersion", "batch/v1")
                .put("kind", "Job")
                .put("metadata", system.metadata(service.name(), service))
                .put("spec", new Mapping()
                        .put("backoffLimit", 0)
                        .put("template", new Mapping()
                                .put("metadata", podMetadata())
                                .put("spec", pod)));
    }

    private Mapping podMetadata() {
        Mapping metadata = new Mapping().put("labels", system.labels().of(service));
        SortedMap<String, String> annotations = new TreeMap<>();
        String host = system.hostOf(service);
        if (host != null) {
            annotations.put(HOST_ANNOTATION, host);
        }
        if (service.resources().vram() > 0) {
            annotations.put(VRAM_ANNOTATION, KubernetesValues.bytes(service.resources().vram()));
        }
        if (!annotations.isEmpty()) {
            metadata.put("annotations", Labels.mapping(annotations));
        }
        return metadata;
    }

    private Mapping podSpec(boolean stateful) {
        Mapping spec = new Mapping();
        String hostname = PodSettings.hostname(service, stateful, notes);
        if (hostname != null) {
            spec.put("hostname", hostname);
        }
        List<Mapping> aliases = PodSettings.hostAliases(service, notes);
        if (!aliases.isEmpty()) {
            spec.put("hostAliases", aliases);
        }
        List<Mapping> waits = system.waitForDependencies() ? waits() : List.of();
        if (!waits.isEmpty()) {
            spec.put("initContainers", waits);
        }
        List<PodSettings.MemoryVolume> memory = PodSettings.memoryVolumes(service, mountedPaths(stateful), notes);
        spec.put("containers", List.of(container(stateful, memory)));
        List<Mapping> volumes = new ArrayList<>();
        if (secretsAsFiles()) {
            List<Mapping> items = new ArrayList<>();
            for (String name : new TreeSet<>(service.secrets())) {
                items.add(new Mapping().put("key", KubernetesValues.secretKey(name)).put("path", name));
            }
            volumes.add(new Mapping()
                    .put("name", SECRETS_VOLUME)
                    .put("secret", new Mapping()
                            .put("secretName", KubernetesSystem.secretName(service))
                            .put("items", items)));
        }
        for (PodSettings.MemoryVolume volume : memory) {
            Mapping emptyDir = new Mapping().put("medium", "Memory");
            if (volume.sizeLimit() != null) {
                emptyDir.put("sizeLimit", KubernetesValues.bytes(volume.sizeLimit()));
            }
            volumes.add(new Mapping().put("name", volume.name()).put("emptyDir", emptyDir));
        }
        if (!volumes.isEmpty()) {
            spec.put("volumes", volumes);
        }
        return spec;
    }

    /** The paths the data claim and the secrets already take in the container. */
    private List<String> mountedPaths(boolean stateful) {
        List<String> paths = new ArrayList<>();
        if (stateful) {
            paths.add(dataPath());
        }
        if (secretsAsFiles()) {
            paths.add(SecretDelivery.FILE_DIRECTORY);
        }
        return paths;
    }

    private List<Mapping> waits() {
        List<Mapping> waits = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Service> dependency : system.dependencies(service).entrySet()) {
            Service target = dependency.getValue();
            if (target == null || !target.isContainer()) {
                continue;
            }
            if (target.isJob()) {
                // a pod cannot see a Job's completion without API access: the order is the deployer's
                notes.add("Must start after job " + target.name() + " completed: apply it first and run kubectl"
                        + " wait --for=condition=complete job/" + target.name() + ".");
                continue;
            }
            String name = "wait-for-" + target.name();
            if (name.length() > 63) {
                name = "wait-" + index;
            }
            index++;
            Port port = KubernetesSystem.firstTcpPort(target);
            String probe = port == null
                    ? "nslookup " + target.name()
                    : "nc -z " + target.name() + " " + port.containerPort();
            waits.add(new Mapping()
                    .put("name", name)
                    .put("image", WAIT_IMAGE)
                    .put("command", List.of("sh", "-c",
                            "until " + probe + " >/dev/null 2>&1; do echo waiting for " + target.name()
                                    + "; sleep 2; done")));
        }
        return waits;
    }

    private Mapping container(boolean stateful, List<PodSettings.MemoryVolume> memory) {
        Mapping container = new Mapping();
        ContainerSettings run = service.container();
        container.put("name", service.name());
        container.put("image", service.image() == null ? "" : service.image());
        // Kubernetes' command is the image's ENTRYPOINT, its args the CMD
        if (run.entrypoint() != null) {
            container.put("command", run.entrypoint().arguments());
        }
        if (run.command() != null) {
            container.put("args", run.command().arguments());
        }
        if (run.workingDir() != null) {
            container.put("workingDir", run.workingDir());
        }
        Mapping security = securityContext(run);
        if (!security.isEmpty()) {
            container.put("securityContext", security);
        }
        List<Mapping> ports = new ArrayList<>();
        for (Port port : KubernetesSystem.containerPorts(service)) {
            ports.add(new Mapping()
                    .put("name", KubernetesSystem.portName(port))
                    .put("containerPort", port.containerPort())
                    .put("protocol", KubernetesSystem.protocol(port)));
        }
        if (!ports.isEmpty()) {
            container.put("ports", ports);
        }
        List<Mapping> env = environment();
        if (!env.isEmpty()) {
            container.put("env", env);
        }
        Mapping resources = resources(service.resources(), run.limits());
        if (!resources.isEmpty()) {
            container.put("resources", resources);
        }
        if (service.healthcheck() != null) {
            container.put("readinessProbe", probe(service.healthcheck()));
            container.put("livenessProbe", probe(service.healthcheck()));
        }
        List<Mapping> mounts = new ArrayList<>();
        if (stateful) {
            mounts.add(new Mapping().put("name", DATA_CLAIM).put("mountPath", dataPath()));
        }
        if (secretsAsFiles()) {
            mounts.add(new Mapping().put("name", SECRETS_VOLUME).put("mountPath", SecretDelivery.FILE_DIRECTORY)
                    .put("readOnly", true));
        }
        for (PodSettings.MemoryVolume volume : memory) {
            mounts.add(new Mapping().put("name", volume.name()).put("mountPath", volume.path()));
        }
        if (!mounts.isEmpty()) {
            container.put("volumeMounts", mounts);
        }
        List<String> untranslated = new ArrayList<>(service.volumes());
        if (stateful) {
            String path = dataPath();
            untranslated.removeIf(volume -> path.equals(target(volume)));
        }
        if (!untranslated.isEmpty()) {
            notes.add("Volumes not translated (mount them with a patch): " + String.join(", ", untranslated) + ".");
        }
        return container;
    }

    /** Whether the service asks for its secrets as files, {@code /run/secrets/NAME} with {@code NAME_FILE} set. */
    private boolean secretsAsFiles() {
        return service.secretDelivery() == SecretDelivery.FILE && !service.secrets().isEmpty();
    }

    /**
     * Plain settings as written (Kubernetes' {@code $(VAR)} references escaped, so the value arrives as
     * written); a credential-looking one is read from the service's Secret under the same name.
     * Each of the service's secrets is the variable {@code NAME} read from the Secret, or, delivered as a file,
     * {@code NAME_FILE} holding the path where the Secret's key is mounted.
     */
    private List<Mapping> environment() {
        SortedMap<String, Mapping> env = new TreeMap<>();
        service.environment().forEach((key, value) -> {
            if (!Credentials.looksLikeCredential(key, value) && !service.secrets().contains(key)) {
                env.put(key, new Mapping().put("name", key).put("value", KubernetesValues.literal(value)));
            } else {
                env.put(key, fromSecret(key));
            }
        });
        for (String name : service.secrets()) {
            if (secretsAsFiles()) {
                env.remove(name);
                String variable = SecretDelivery.fileVariable(name);
                env.put(variable, new Mapping().put("name", variable).put("value", SecretDelivery.filePath(name)));
            } else {
                env.put(name, fromSecret(name));
            }
        }
        return new ArrayList<>(env.values());
    }

    private Mapping fromSecret(String name) {
        return new Mapping().put("name", name).put("valueFrom", new Mapping().put("secretKeyRef", new Mapping()
                .put("name", KubernetesSystem.secretName(service))
                .put("key", KubernetesValues.secretKey(name))));
    }

    /** Capabilities, and the user and group when written as numbers (Kubernetes takes no names). */
    private Mapping securityContext(ContainerSettings run) {
        Mapping security = new Mapping();
        if (run.user() != null) {
            String[] parts = run.user().split(":", 2);
            if (parts[0].matches("[0-9]+")) {
                security.put("runAsUser", Long.parseLong(parts[0]));
            }
            if (parts.length > 1 && parts[1].matches("[0-9]+")) {
                security.put("runAsGroup", Long.parseLong(parts[1]));
            }
            if (!parts[0].matches("[0-9]+") || parts.length > 1 && !parts[1].matches("[0-9]+")) {
                notes.add("User " + run.user() + " is not numeric: Kubernetes needs runAsUser/runAsGroup as numbers;"
                        + " set them with a patch.");
            }
        }
        if (!run.capAdd().isEmpty() || !run.capDrop().isEmpty()) {
            Mapping capabilities = new Mapping();
            if (!run.capAdd().isEmpty()) {
                capabilities.put("add", run.capAdd());
            }
            if (!run.capDrop().isEmpty()) {
                capabilities.put("drop", run.capDrop());
            }
            security.put("capabilities", capabilities);
        }
        return security;
    }

    private Mapping resources(Resources resources, Limits written) {
        Mapping amounts = new Mapping();
        if (resources.cpu() > 0) {
            amounts.put("cpu", KubernetesValues.cpu(resources.cpu()));
        }
        if (resources.memory() > 0) {
            amounts.put("memory", KubernetesValues.bytes(resources.memory()));
        }
        Mapping limits = new Mapping();
        long cpuLimit = written.get(Resource.CPU).orElse(resources.cpu());
        long memoryLimit = written.get(Resource.MEMORY).orElse(resources.memory());
        if (cpuLimit > 0) {
            limits.put("cpu", KubernetesValues.cpu(cpuLimit));
        }
        if (memoryLimit > 0) {
            limits.put("memory", KubernetesValues.bytes(memoryLimit));
        }
        if (resources.vram() > 0) {
            GpuKind gpu = system.gpuOf(service);
            if (gpu == GpuKind.NONE) {
                notes.add("Needs " + Quantities.formatBytes(resources.vram()) + " of vram, but "
                        + (system.hostOf(service) == null ? "no host with a GPU kind is known"
                                : "host " + system.hostOf(service) + " has no GPU kind")
                        + "; no GPU is requested.");
            } else if (system.ownsGpu(service)) {
                limits.put(gpuResource(gpu), "1");
            } else {
                List<String> holders = system.gpuHolders(service);
                notes.add("Needs " + Quantities.formatBytes(resources.vram()) + " of vram on host "
                        + system.hostOf(service) + (holders.isEmpty() ? ", which has fewer GPUs than its pods"
                                : ", whose GPUs go to " + String.join(", ", holders))
                        + ": it requests no whole GPU, so that it is not left Pending. To give it the GPU as well,"
                        + " enable GPU sharing (time-slicing) in the device plugin and request " + gpuResource(gpu)
                        + " with a patch.");
            }
        }
        Mapping out = new Mapping();
        if (!amounts.isEmpty()) {
            out.put("requests", amounts);
        }
        if (!limits.isEmpty()) {
            out.put("limits", limits);
        }
        return out;
    }

    static String gpuResource(GpuKind gpu) {
        return gpu == GpuKind.AMD ? "amd.com/gpu" : "nvidia.com/gpu";
    }

    private static Mapping probe(Healthcheck check) {
        Mapping probe = new Mapping();
        List<String> command = check.exec() != null && "CMD".equals(check.exec().get(0))
                ? check.exec().subList(1, check.exec().size())
                : List.of("sh", "-c", check.test());
        probe.put("exec", new Mapping().put("command", command));
        Integer delay = KubernetesValues.seconds(check.startPeriod());
        if (delay != null) {
            probe.put("initialDelaySeconds", delay);
        }
        Integer period = KubernetesValues.seconds(check.interval());
        if (period != null) {
            probe.put("periodSeconds", period);
        }
        Integer timeout = KubernetesValues.seconds(check.timeout());
        if (timeout != null) {
            probe.put("timeoutSeconds", timeout);
        }
        if (check.retries() != null && check.retries() > 0) {
            probe.put("failureThreshold", check.retries());
        }
        return probe;
    }

    /**
     * Where the claim is mounted: the data path the descriptor or the image table gives, else the first named
     * volume's container path (the claim takes its place), else {@value #DEFAULT_DATA_PATH}.
     */
    private String dataPath() {
        if (service.dataPath() != null) {
            return service.dataPath();
        }
        String volume = firstNamedVolume();
        return volume == null ? DEFAULT_DATA_PATH : target(volume);
    }

    /** The container path of a {@code volumes} entry, or {@code null}. */
    private static String target(String volume) {
        String rest = volume.substring(volume.indexOf(':') + 1);
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }

    private String firstNamedVolume() {
        for (String spec : service.volumes()) {
            int colon = spec.indexOf(':');
            if (colon <= 0 || WINDOWS_PATH.matcher(spec).matches()) {
                continue;
            }
            String source = spec.substring(0, colon);
            String target = spec.substring(colon + 1);
            boolean named = !source.startsWith(".") && !source.startsWith("/") && !source.startsWith("~")
                    && !source.contains("$");
            if (named && target.startsWith("/")) {
                return spec;
            }
        }
        return null;
    }
}
