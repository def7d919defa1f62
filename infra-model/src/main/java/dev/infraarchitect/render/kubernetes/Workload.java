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
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Deployment of a container service, or its StatefulSet when it is {@code stateful} and asks for storage: one
 * container with the service's image, ports, environment, secrets, resources (limits equal to requests) and probes,
 * and, when waiting is on, one init container per container dependency that waits until the dependency's Service
 * answers. Replicas are left to the overlays.
 */
final class Workload {

    static final String VRAM_ANNOTATION = "infraarchitect.dev/vram";
    static final String HOST_ANNOTATION = "infraarchitect.dev/host";
    static final String WAIT_IMAGE = "busybox:1.36";
    static final String SECRETS_PATH = "/run/secrets";
    static final String DATA_CLAIM = "data";
    static final String DEFAULT_DATA_PATH = "/data";

    private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:[\\\\/].*");

    private final KubernetesSystem system;
    private final Service service;
    private final List<String> notes = new ArrayList<>();

    Workload(KubernetesSystem system, Service service) {
        this.system = system;
        this.service = service;
    }

    /** Whether the service runs as a StatefulSet: it holds data and says how much storage a replica needs. */
    static boolean isStatefulSet(Service service) {
        return service.stateful() && service.resources().storage() > 0;
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
            spec.put("volumeClaimTemplates", List.of(new Mapping()
                    .put("metadata", new Mapping().put("name", DATA_CLAIM))
                    .put("spec", new Mapping()
                            .put("accessModes", List.of("ReadWriteOnce"))
                            .put("resources", new Mapping().put("requests", new Mapping()
                                    .put("storage", KubernetesValues.bytes(service.resources().storage())))))));
        } else if (service.resources().storage() > 0) {
            notes.add("Asks for " + Quantities.formatBytes(service.resources().storage())
                    + " of storage but is not stateful: no volume is claimed; add one with a patch if it needs it.");
        }
        if (service.stateful() && !stateful) {
            notes.add("Stateful, but asks for no storage: runs as a Deployment without a volume claim.");
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
        List<Mapping> waits = system.waitForDependencies() ? waits() : List.of();
        if (!waits.isEmpty()) {
            spec.put("initContainers", waits);
        }
        spec.put("containers", List.of(container(stateful)));
        if (!service.secrets().isEmpty()) {
            List<Mapping> items = new ArrayList<>();
            for (String name : new java.util.TreeSet<>(service.secrets())) {
                String key = KubernetesValues.secretKey(name);
                items.add(new Mapping().put("key", key).put("path", key));
            }
            spec.put("volumes", List.of(new Mapping()
                    .put("name", "secrets")
                    .put("secret", new Mapping()
                            .put("secretName", KubernetesSystem.secretName(service))
                            .put("items", items))));
        }
        return spec;
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

    private Mapping container(boolean stateful) {
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
        if (!service.secrets().isEmpty()) {
            mounts.add(new Mapping().put("name", "secrets").put("mountPath", SECRETS_PATH).put("readOnly", true));
        }
        if (!mounts.isEmpty()) {
            container.put("volumeMounts", mounts);
        }
        List<String> untranslated = new ArrayList<>(service.volumes());
        if (stateful && firstNamedVolume() != null) {
            untranslated.remove(firstNamedVolume());
        }
        if (!untranslated.isEmpty()) {
            notes.add("Volumes not translated (mount them with a patch): " + String.join(", ", untranslated) + ".");
        }
        return container;
    }

    /** Plain settings as written; a credential-looking one is read from the service's Secret instead. */
    private List<Mapping> environment() {
        List<Mapping> env = new ArrayList<>();
        service.environment().forEach((key, value) -> {
            Mapping variable = new Mapping().put("name", key);
            if (Credentials.looksLikeCredential(key, value)) {
                variable.put("valueFrom", new Mapping().put("secretKeyRef", new Mapping()
                        .put("name", KubernetesSystem.secretName(service))
                        .put("key", KubernetesValues.secretKey(key))));
            } else {
                variable.put("value", value);
            }
            env.add(variable);
        });
        return env;
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
            switch (gpu) {
                case NVIDIA -> limits.put("nvidia.com/gpu", "1");
                case AMD -> limits.put("amd.com/gpu", "1");
                case NONE -> notes.add("Needs " + Quantities.formatBytes(resources.vram()) + " of vram, but "
                        + (system.hostOf(service) == null ? "no host with a GPU kind is known"
                                : "host " + system.hostOf(service) + " has no GPU kind")
                        + "; no GPU is requested.");
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

    /** The container path of the first named volume, where the claim is mounted, or {@code /data}. */
    private String dataPath() {
        String volume = firstNamedVolume();
        if (volume == null) {
            return DEFAULT_DATA_PATH;
        }
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
