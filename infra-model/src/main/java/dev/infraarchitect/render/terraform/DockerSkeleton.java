package dev.infraarchitect.render.terraform;

import static dev.infraarchitect.render.terraform.HclExpression.bool;
import static dev.infraarchitect.render.terraform.HclExpression.number;
import static dev.infraarchitect.render.terraform.HclExpression.pairs;
import static dev.infraarchitect.render.terraform.HclExpression.raw;
import static dev.infraarchitect.render.terraform.HclExpression.string;
import static dev.infraarchitect.render.terraform.HclExpression.template;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.ContainerSettings;
import dev.infraarchitect.analysis.wiring.Wiring;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.SecretDelivery;
import dev.infraarchitect.model.Healthcheck;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.VolumeDeclaration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Docker skeleton (kreuzwerker/docker): one provider alias and one module per descriptor host, each module
 * holding the descriptor's networks and the containers placed on that host with their limits, ports, environment
 * and volumes. Without hosts, a single host {@code local} stands for the local Docker daemon.
 */
final class DockerSkeleton extends Skeleton {

    static final String LOCAL_HOST = "local";
    private static final String LOCAL_SOCKET = "unix:///var/run/docker.sock";

    /** The container services on each descriptor host, sorted by name; computed once, every file needs them. */
    private final Map<String, List<Service>> byHost = new TreeMap<>();
    /** Container services on no descriptor host, sorted by name. */
    private final List<Service> unplaced = new ArrayList<>();
    /** Container services on a descriptor host (or all of them when there are none), sorted by name. */
    private final List<Service> placed = new ArrayList<>();

    /** How each edge travels, from the analysis' placement. */
    private final Wiring wiring;

    DockerSkeleton(Analysis analysis) {
        super(analysis);
        this.wiring = analysis.wiring();
        if (!descriptor.hosts().isEmpty()) {
            descriptor.hosts().keySet().forEach(host -> byHost.put(host, new ArrayList<>()));
            for (Service service : containers()) {
                String host = hostOf(service);
                List<Service> on = host == null ? null : byHost.get(host);
                if (on == null) {
                    unplaced.add(service);
                } else {
                    on.add(service);
                    placed.add(service);
                }
            }
        } else {
            placed.addAll(containers());
        }
    }

    @Override
    String provider() {
        return "docker";
    }

    @Override
    String providerSource() {
        return "kreuzwerker/docker";
    }

    @Override
    String providerVersion() {
        return "~> 3.6";
    }

    /** Host names, sorted; {@code local} when the descriptor has none. */
    private List<String> hosts() {
        return descriptor.hosts().isEmpty() ? List.of(LOCAL_HOST) : List.copyOf(descriptor.hosts().keySet());
    }

    /** The container services that run on {@code host}, sorted by name. */
    private List<Service> servicesOn(String host) {
        if (descriptor.hosts().isEmpty()) {
            return containers();
        }
        return byHost.getOrDefault(host, List.of());
    }

    private String hostOf(Service service) {
        String placedOn = analysis.hostOf(service.name());
        return placedOn != null ? placedOn : service.host();
    }

    private List<Service> unplaced() {
        return unplaced;
    }

    /** Whether {@code service} runs on one of the descriptor's hosts (always, when it has none). */
    private boolean placed(Service service) {
        if (descriptor.hosts().isEmpty()) {
            return true;
        }
        String host = hostOf(service);
        return host != null && descriptor.hosts().containsKey(host);
    }

    /** One piece per host's module. */
    @Override
    SortedMap<String, HclFile> modules() {
        SortedMap<String, HclFile> files = new TreeMap<>();
        hosts().forEach(host -> files.putAll(module(host)));
        return files;
    }

    private SortedMap<String, HclFile> module(String host) {
        SortedMap<String, HclFile> files = new TreeMap<>();
        files.put(host + "/main.tf", hostMain(host));
        files.put(host + "/variables.tf", Variable.file(hostVariables(host)));
        files.put(host + "/outputs.tf", Output.file(hostOutputs(host)));
        return files;
    }

    private List<Variable> replicaVariables(List<Service> services) {
        return services.stream().map(s -> Variable.of(Names.id(s.name()) + "_replicas", "number",
                "Number of " + s.name() + " containers to run")).toList();
    }

    private List<Variable> secretVariables(List<Service> services) {
        return sensitiveVariables(services.stream().flatMap(s -> SensitiveInput.of(s).stream()).toList(), "");
    }

    private List<Variable> hostVariables(String host) {
        List<Variable> variables = new ArrayList<>();
        variables.add(Variable.of("project", "string", "Name of the system, used in resource names"));
        variables.add(Variable.of("environment", "string", "Name of the environment, used in resource names"));
        variables.addAll(replicaVariables(servicesOn(host)));
        variables.addAll(secretVariables(servicesOn(host)));
        variables.addAll(addressVariables(servicesOn(host)));
        variables.addAll(descriptorVariables(servicesOn(host)));
        return variables;
    }

    /**
     * The descriptor's variables that the text of {@code services} references, as Terraform variables of the same
     * name: with the declared default (or empty, unless required), sensitive when secret.
     */
    private List<Variable> descriptorVariables(List<Service> services) {
        SortedSet<String> names = new TreeSet<>();
        for (Service service : services) {
            for (String text : texts(service)) {
                names.addAll(DescriptorText.references(text));
            }
        }
        List<Variable> variables = new ArrayList<>();
        for (String name : names) {
            dev.infraarchitect.model.Variable declared = descriptor.variables().get(name);
            String description = declared != null && declared.description() != null ? declared.description()
                    : "Variable " + name + " of the descriptor";
            if (declared != null && declared.secret()) {
                variables.add(Variable.sensitive(name, description));
            } else if (declared != null && declared.required()) {
                variables.add(Variable.of(name, "string", description));
            } else {
                String value = declared == null || declared.defaultValue() == null ? "" : declared.defaultValue();
                variables.add(Variable.withDefault(name, "string", description, string(value)));
            }
        }
        return variables;
    }

    /** Every text of {@code service} that reaches the container's settings and may reference a variable. */
    private static List<String> texts(Service service) {
        ContainerSettings run = service.container();
        List<String> texts = new ArrayList<>();
        texts.add(service.image());
        texts.addAll(service.environment().values());
        texts.addAll(service.volumes());
        texts.addAll(service.labels().values());
        service.ports().forEach(p -> texts.add(p.hostText()));
        for (ContainerSettings.Command command : Arrays.asList(run.command(), run.entrypoint())) {
            if (command != null) {
                texts.addAll(command.isExec() ? command.exec() : List.of(command.shell()));
            }
        }
        if (run.build() != null) {
            texts.add(run.build().context());
            texts.add(run.build().dockerfile());
            texts.add(run.build().target());
            texts.addAll(run.build().args().values());
        }
        texts.addAll(Arrays.asList(run.user(), run.workingDir(), run.hostname(), run.containerName()));
        texts.addAll(run.devices());
        texts.addAll(run.extraHosts());
        texts.addAll(run.tmpfs());
        if (service.healthcheck() != null) {
            texts.addAll(service.healthcheck().command());
        }
        texts.removeIf(java.util.Objects::isNull);
        return texts;
    }

    /** The hosts without address that services among {@code services} call, as variables for their addresses. */
    private List<Variable> addressVariables(List<Service> services) {
        SortedMap<String, Host> hosts = new TreeMap<>();
        for (Service service : services) {
            for (Wiring.Remote remote : wiring.remotes(service)) {
                if (remote.address() == null) {
                    hosts.put(remote.host().name(), remote.host());
                }
            }
        }
        return hosts.values().stream().map(h -> Variable.of(addressVariable(h), "string", "IP address at which the"
                + " other hosts reach host " + h.name() + " (the descriptor gives no address)")).toList();
    }

    private static String addressVariable(Host host) {
        return host.addressVariable().toLowerCase(Locale.ROOT);
    }

    private HclFile hostMain(String host) {
        HclBody file = new HclBody();
        file.block("terraform").block("required_providers").attribute("docker", pairs(
                "source", string(providerSource()), "version", string(providerVersion())));

        for (Network network : descriptor.networks().values()) {
            HclBody block = file.block("resource", "docker_network", Names.id(network.name()));
            block.attribute("name", template("${var.project}-${var.environment}-" + network.name()));
            if (network.internal()) {
                block.attribute("internal", bool(true));
            }
        }
        List<Service> services = servicesOn(host);
        if (!descriptor.networks().containsKey(Wiring.DEFAULT_NETWORK)
                && services.stream().anyMatch(service -> service.networks().isEmpty())) {
            // Docker's own default bridge resolves no names: services that name no network share this one
            file.block("resource", "docker_network", Wiring.DEFAULT_NETWORK)
                    .attribute("name", template("${var.project}-${var.environment}-" + Wiring.DEFAULT_NETWORK));
        }
        SortedMap<String, String> namedVolumes = new TreeMap<>();
        for (Service service : services) {
            for (String volume : service.volumes()) {
                VolumeMount mount = VolumeMount.parse(volume);
                if (mount.named()) {
                    namedVolumes.put(mount.source(), Names.id(mount.source()));
                }
            }
        }
        namedVolumes.forEach((name, id) -> {
            VolumeDeclaration declared = descriptor.volumes().get(name);
            if (declared == null || !declared.external()) {
                file.block("resource", "docker_volume", id).attribute("name", declared != null
                        && declared.realName() != null ? string(declared.realName())
                        : template("${var.project}-${var.environment}-" + escapeTemplate(name)));
            }
        });
        for (Service service : services) {
            service.dataVolume().ifPresent(data -> {
                // one volume per replica: replicas of a clustered service each keep their own copy
                HclBody volume = file.block("resource", "docker_volume", dataVolumeId(service));
                volume.attribute("count", raw("var." + Names.id(service.name()) + "_replicas"));
                volume.attribute("name", template("${var.project}-${var.environment}-" + data.name()
                        + "-${count.index + 1}"));
            });
        }

        for (Service service : services) {
            image(file, service);
            container(file, service, services);
        }
        return new HclFile(file);
    }

    /** The image: pulled by name, or built from the context (relative to where Terraform runs, as bind mounts). */
    private static void image(HclBody file, Service service) {
        HclBody image = file.block("resource", "docker_image", Names.id(service.name()));
        Set<String> used = new TreeSet<>();
        ContainerSettings.Build build = service.container().build();
        image.attribute("name", service.image() != null ? DescriptorText.of(service.image(), used)
                : string(service.name() + ":local"));
        if (build != null) {
            HclBody b = image.block("build");
            b.attribute("context", HclExpression.call("abspath", DescriptorText.of(build.context(), used)));
            if (build.dockerfile() != null) {
                b.attribute("dockerfile", DescriptorText.of(build.dockerfile(), used));
            }
            if (!build.args().isEmpty()) {
                Map<String, HclExpression> args = new TreeMap<>();
                build.args().forEach((k, v) -> args.put(k, DescriptorText.of(v, used)));
                b.attribute("build_args", HclExpression.object(args));
            }
            if (build.target() != null) {
                b.attribute("target", DescriptorText.of(build.target(), used));
            }
        }
    }

    private void container(HclBody file, Service service, List<Service> onHost) {
        String id = Names.id(service.name());
        ContainerSettings run = service.container();
        Set<String> used = new TreeSet<>();
        HclBody c = file.block("resource", "docker_container", id);
        c.attribute("count", raw("var." + id + "_replicas"));
        c.blank();
        c.attribute("name", run.containerName() != null ? DescriptorText.of(run.containerName(), used)
                : template("${var.project}-${var.environment}-" + service.name() + "-${count.index + 1}"));
        c.attribute("image", raw("docker_image." + id + ".image_id"));
        c.attribute("restart", service.restart().key());
        if (service.isJob()) {
            // runs once: Terraform waits for it to exit, and nothing restarts it
            c.attribute("must_run", bool(false));
            c.attribute("attach", bool(true));
        }
        command(c, "entrypoint", run.entrypoint(), used);
        command(c, "command", run.command(), used);
        optional(c, "user", run.user(), used);
        optional(c, "working_dir", run.workingDir(), used);
        optional(c, "hostname", run.hostname(), used);
        long memory = run.limits().get(Resource.MEMORY).orElse(service.resources().memory());
        if (memory > 0) {
            c.attribute("memory", number(Names.mebibytes(memory)));
        }
        long cpu = run.limits().get(Resource.CPU).orElse(service.resources().cpu());
        if (cpu > 0) {
            c.attribute("cpus", Quantities.formatCpu(cpu));
        }
        GpuKind gpu = gpuOf(service);
        if (service.resources().vram() > 0 && gpu == GpuKind.NVIDIA) {
            c.attribute("gpus", "all");
        } else if (service.resources().vram() > 0 && gpu == GpuKind.AMD) {
            // gpus = "all" is NVIDIA's device request; ROCm needs the devices themselves
            c.attribute("group_add", HclExpression.strings(List.of("video")));
        }
        if (run.shmSize() != null) {
            c.attribute("shm_size", number(Math.max(1, run.shmSize() / (1L << 20))));
        }
        if (!run.tmpfs().isEmpty()) {
            Map<String, HclExpression> tmpfs = new TreeMap<>();
            for (String mount : run.tmpfs()) {
                int colon = mount.indexOf(':');
                tmpfs.put(colon < 0 ? mount : mount.substring(0, colon),
                        string(colon < 0 ? "" : mount.substring(colon + 1)));
            }
            c.attribute("tmpfs", HclExpression.object(tmpfs));
        }
        if (!run.envFiles().isEmpty()) {
            c.comment("Not carried (the Docker provider reads no env files): env file " + String.join(", ",
                    run.envFiles()) + "; set its settings in the descriptor's environment.");
        }
        List<String> after = new ArrayList<>();
        for (String dependency : service.dependsOn()) {
            onHost.stream().filter(s -> s.name().equals(dependency)).findFirst()
                    .ifPresent(s -> after.add("docker_container." + Names.id(s.name())));
        }
        if (!after.isEmpty()) {
            c.attribute("depends_on", HclExpression.list(after.stream().map(HclExpression::raw).toList()));
        }
        List<Wiring.Remote> remotes = wiring.remotes(service);
        List<HclExpression> env = environment(service, remotes);
        if (!env.isEmpty()) {
            c.blank();
            c.attribute("env", HclExpression.lines(env));
        }
        if (service.resources().vram() > 0 && gpu == GpuKind.AMD) {
            for (String device : List.of("/dev/kfd", "/dev/dri")) {
                HclBody d = c.block("devices");
                d.attribute("host_path", device);
                d.attribute("container_path", device);
            }
        }
        for (Wiring.Remote remote : remotes) {
            if (remote.mapsName()) {
                HclBody h = c.block("host");
                h.attribute("host", remote.target().name());
                h.attribute("ip", address(remote));
            }
        }
        if (service.secretDelivery() == SecretDelivery.FILE) {
            for (SensitiveInput input : SensitiveInput.of(service)) {
                if (input.declaredSecret()) {
                    HclBody upload = c.block("upload");
                    upload.attribute("file", SecretDelivery.filePath(input.key()));
                    upload.attribute("content", raw("var." + input.variable()));
                }
            }
        }
        for (Port port : wiring.portsToWrite(service)) {
            HclBody ports = c.block("ports");
            ports.attribute("internal", number(port.containerPort()));
            if (port.hostText() != null) {
                ports.attribute("external", HclExpression.call("tonumber", DescriptorText.of(port.hostText(), used)));
            } else if (port.published()) {
                ports.attribute("external", number(port.hostPort()));
            }
            if (!"tcp".equals(port.protocol())) {
                ports.attribute("protocol", port.protocol());
            }
        }
        for (String network : Wiring.networksOf(service)) {
            // the alias makes the service's own name resolve: the container is named project-env-NAME-N
            HclBody attached = c.block("networks_advanced");
            attached.attribute("name", raw("docker_network." + Names.id(network) + ".name"));
            List<HclExpression> aliases = new ArrayList<>();
            aliases.add(string(service.name()));
            run.aliases().forEach(a -> aliases.add(DescriptorText.of(a, used)));
            attached.attribute("aliases", HclExpression.list(aliases));
        }
        for (String volume : service.volumes()) {
            volume(c.block("volumes"), VolumeMount.parse(volume), used);
        }
        for (Map.Entry<String, ContainerSettings.Ulimit> limit : run.ulimits().entrySet()) {
            HclBody u = c.block("ulimit");
            u.attribute("name", limit.getKey());
            u.attribute("soft", number(limit.getValue().soft()));
            u.attribute("hard", number(limit.getValue().hard()));
        }
        if (!run.capAdd().isEmpty() || !run.capDrop().isEmpty()) {
            HclBody caps = c.block("capabilities");
            if (!run.capAdd().isEmpty()) {
                caps.attribute("add", HclExpression.strings(run.capAdd()));
            }
            if (!run.capDrop().isEmpty()) {
                caps.attribute("drop", HclExpression.strings(run.capDrop()));
            }
        }
        for (String device : run.devices()) {
            String[] parts = device.split(":", -1);
            HclBody d = c.block("devices");
            d.attribute("host_path", DescriptorText.of(parts[0], used));
            d.attribute("container_path", DescriptorText.of(parts.length > 1 ? parts[1] : parts[0], used));
            if (parts.length > 2) {
                d.attribute("permissions", parts[2]);
            }
        }
        for (String extra : run.extraHosts()) {
            int split = extra.indexOf(':') >= 0 && extra.indexOf('=') < 0 ? extra.indexOf(':') : extra.indexOf('=');
            if (split > 0) {
                HclBody h = c.block("host");
                h.attribute("host", DescriptorText.of(extra.substring(0, split), used));
                h.attribute("ip", DescriptorText.of(extra.substring(split + 1), used));
            }
        }
        service.dataVolume().ifPresent(data -> {
            HclBody mount = c.block("volumes");
            mount.attribute("volume_name", raw("docker_volume." + dataVolumeId(service) + "[count.index].name"));
            mount.attribute("container_path", data.path());
        });
        Healthcheck health = service.healthcheck();
        if (health != null) {
            HclBody h = c.block("healthcheck");
            h.attribute("test", HclExpression.list(health.command().stream()
                    .map(t -> DescriptorText.of(t, used)).toList()));
            duration(h, "interval", health.interval());
            duration(h, "timeout", health.timeout());
            duration(h, "start_period", health.startPeriod());
            if (health.retries() != null) {
                h.attribute("retries", number(health.retries()));
            }
        }
        for (Map.Entry<String, String> label : service.labels().entrySet()) {
            HclBody l = c.block("labels");
            l.attribute("label", label.getKey());
            l.attribute("value", DescriptorText.of(label.getValue(), used));
        }
    }

    /** A command as the list of arguments the provider takes: the list written, or the string split in words. */
    private static void command(HclBody c, String name, ContainerSettings.Command command, Set<String> used) {
        if (command != null) {
            c.attribute(name, HclExpression.list(command.arguments().stream()
                    .map(a -> DescriptorText.of(a, used)).toList()));
        }
    }

    private static void optional(HclBody c, String name, String text, Set<String> used) {
        if (text != null) {
            c.attribute(name, DescriptorText.of(text, used));
        }
    }

    /**
     * The container's environment, the same as in Compose: plain settings, the address and port of each service on
     * another host, and the secrets, as variables or as {@code NAME_FILE} naming the uploaded file.
     */
    private List<HclExpression> environment(Service service, List<Wiring.Remote> remotes) {
        SortedMap<String, HclExpression> env = new TreeMap<>();
        SensitiveInput.plainEnvironment(service).forEach((k, v) -> env.put(k, DescriptorText.of(k + "=" + v,
                new TreeSet<>())));
        for (Wiring.Remote remote : remotes) {
            String hostKey = Wiring.hostVariable(remote.target().name());
            env.putIfAbsent(hostKey, remote.address() != null ? string(hostKey + "=" + remote.address())
                    : template(hostKey + "=${var." + addressVariable(remote.host()) + "}"));
            if (remote.singlePort() != null) {
                String portKey = Wiring.portVariable(remote.target().name());
                env.putIfAbsent(portKey, string(portKey + "=" + remote.singlePort()));
            }
        }
        for (SensitiveInput input : SensitiveInput.of(service)) {
            if (input.declaredSecret() && service.secretDelivery() == SecretDelivery.FILE) {
                String key = SecretDelivery.fileVariable(input.key());
                env.put(key, string(key + "=" + SecretDelivery.filePath(input.key())));
            } else {
                env.put(input.key(), template(input.key() + "=${var." + input.variable() + "}"));
            }
        }
        return List.copyOf(env.values());
    }

    private static HclExpression address(Wiring.Remote remote) {
        return remote.address() != null ? string(remote.address()) : raw("var." + addressVariable(remote.host()));
    }

    private static String dataVolumeId(Service service) {
        return Names.id(service.name()) + "_data";
    }

    private GpuKind gpuOf(Service service) {
        String host = hostOf(service);
        Host machine = host == null ? null : descriptor.hosts().get(host);
        return machine == null ? GpuKind.NVIDIA : machine.gpu();
    }

    private void volume(HclBody block, VolumeMount mount, Set<String> used) {
        VolumeDeclaration declared = mount.named() ? descriptor.volumes().get(mount.source()) : null;
        if (declared != null && declared.external()) {
            // exists already: used by its name, never created, renamed or destroyed by Terraform
            block.attribute("volume_name", declared.realName() != null ? declared.realName() : mount.source());
        } else if (mount.named()) {
            block.attribute("volume_name", raw("docker_volume." + Names.id(mount.source()) + ".name"));
        } else if (mount.source() != null) {
            HclExpression source = DescriptorText.of(mount.source(), used);
            block.attribute("host_path", mount.source().startsWith("/") ? source
                    : HclExpression.call("abspath", source));
        }
        block.attribute("container_path", mount.target());
        if (mount.readOnly()) {
            block.attribute("read_only", bool(true));
        }
    }

    private static void duration(HclBody block, String name, Duration duration) {
        if (duration != null) {
            block.attribute(name, duration.getSeconds() + "s");
        }
    }

    private static String escapeTemplate(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${").replace("%{", "%%{");
    }

    private List<Output> hostOutputs(String host) {
        return servicesOn(host).stream().map(s -> new Output(Names.id(s.name()) + "_container_names",
                "Names of the " + s.name() + " containers",
                raw("docker_container." + Names.id(s.name()) + "[*].name"))).toList();
    }

    // ---- environments

    private String hostVariable(String host) {
        return Names.id(host) + "_docker_host";
    }

    @Override
    HclFile rootMain() {
        HclBody file = new HclBody();
        for (String host : hosts()) {
            HclBody provider = file.block("provider", "docker");
            provider.attribute("alias", Names.id(host));
            provider.attribute("host", raw("var." + hostVariable(host)));
        }
        for (String host : hosts()) {
            HclBody module = moduleCall(file, host, host);
            module.attribute("providers", pairs("docker", raw("docker." + Names.id(host))));
            module.blank();
            module.attribute("project", raw("var.project"));
            module.attribute("environment", raw("var.environment"));
            module.blank();
            pass(module, replicaVariables(servicesOn(host)));
            module.blank();
            pass(module, secretVariables(servicesOn(host)));
            pass(module, addressVariables(servicesOn(host)));
            pass(module, descriptorVariables(servicesOn(host)));
        }
        List<String> comments = unplaced().isEmpty() ? List.of()
                : List.of("Not placed on any host (see the analysis findings): "
                        + String.join(", ", unplaced().stream().map(Service::name).toList()));
        return new HclFile(comments, file);
    }

    @Override
    List<Variable> rootVariables() {
        List<Variable> variables = commonRootVariables();
        for (String host : hosts()) {
            if (descriptor.hosts().isEmpty()) {
                variables.add(Variable.withDefault(hostVariable(host), "string",
                        "Address of the Docker daemon", string(LOCAL_SOCKET)));
            } else {
                variables.add(Variable.of(hostVariable(host), "string", "Address of the Docker daemon on host "
                        + host + ", e.g. ssh://deploy@" + host + " or tcp://" + host + ":2376"));
            }
        }
        variables.addAll(replicaVariables(placed));
        variables.addAll(secretVariables(placed));
        SortedMap<String, Variable> addresses = new TreeMap<>();
        addressVariables(placed).forEach(v -> addresses.put(v.name(), v));
        variables.addAll(addresses.values());
        variables.addAll(descriptorVariables(placed));
        return variables;
    }

    @Override
    List<Output> rootOutputs() {
        List<Output> outputs = new ArrayList<>();
        for (String host : hosts()) {
            for (Service s : servicesOn(host)) {
                String name = Names.id(s.name()) + "_container_names";
                outputs.add(new Output(name, "Names of the " + s.name() + " containers on host " + host,
                        raw("module." + Names.id(host) + "." + name)));
            }
        }
        return outputs;
    }

    @Override
    void environmentValues(String environment, HclBody tfvars) {
        tfvars.blank();
        for (Service service : containers()) {
            if (!placed(service)) {
                continue;
            }
            if (service.replicas().isRange()) {
                tfvars.comment(service.name() + " scales " + replicas(environment, service) + " in " + environment
                        + "; Docker does not autoscale, so the maximum runs");
            }
            tfvars.attribute(Names.id(service.name()) + "_replicas", number(replicas(environment, service).max()));
        }
    }
}
