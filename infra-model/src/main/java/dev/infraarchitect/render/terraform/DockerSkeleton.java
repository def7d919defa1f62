package dev.infraarchitect.render.terraform;

import static dev.infraarchitect.render.terraform.HclExpression.bool;
import static dev.infraarchitect.render.terraform.HclExpression.number;
import static dev.infraarchitect.render.terraform.HclExpression.pairs;
import static dev.infraarchitect.render.terraform.HclExpression.raw;
import static dev.infraarchitect.render.terraform.HclExpression.string;
import static dev.infraarchitect.render.terraform.HclExpression.template;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Healthcheck;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

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

    DockerSkeleton(Analysis analysis) {
        super(analysis);
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
        return variables;
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
        SortedMap<String, String> namedVolumes = new TreeMap<>();
        for (Service service : services) {
            for (String volume : service.volumes()) {
                VolumeMount mount = VolumeMount.parse(volume);
                if (mount.named()) {
                    namedVolumes.put(mount.source(), Names.id(mount.source()));
                }
            }
        }
        namedVolumes.forEach((name, id) -> file.block("resource", "docker_volume", id)
                .attribute("name", template("${var.project}-${var.environment}-" + escapeTemplate(name))));

        for (Service service : services) {
            String id = Names.id(service.name());
            file.block("resource", "docker_image", id).attribute("name", service.image() == null ? "" : service.image());
            container(file, service);
        }
        return new HclFile(file);
    }

    private void container(HclBody file, Service service) {
        String id = Names.id(service.name());
        HclBody c = file.block("resource", "docker_container", id);
        c.attribute("count", raw("var." + id + "_replicas"));
        c.blank();
        c.attribute("name", template("${var.project}-${var.environment}-" + service.name() + "-${count.index + 1}"));
        c.attribute("image", raw("docker_image." + id + ".image_id"));
        c.attribute("restart", "unless-stopped");
        if (service.resources().memory() > 0) {
            c.attribute("memory", number(Names.mebibytes(service.resources().memory())));
        }
        if (service.resources().cpu() > 0) {
            c.attribute("cpus", Quantities.formatCpu(service.resources().cpu()));
        }
        if (service.resources().vram() > 0) {
            c.attribute("gpus", "all");
        }
        List<HclExpression> env = new ArrayList<>();
        SensitiveInput.plainEnvironment(service).forEach((k, v) -> env.add(string(k + "=" + v)));
        for (SensitiveInput input : SensitiveInput.of(service)) {
            env.add(template(input.key() + "=${var." + input.variable() + "}"));
        }
        if (!env.isEmpty()) {
            c.blank();
            c.attribute("env", HclExpression.lines(env));
        }
        for (Port port : service.ports()) {
            HclBody ports = c.block("ports");
            ports.attribute("internal", number(port.containerPort()));
            if (port.published()) {
                ports.attribute("external", number(port.hostPort()));
            }
            if (!"tcp".equals(port.protocol())) {
                ports.attribute("protocol", port.protocol());
            }
        }
        for (String network : service.networks()) {
            c.block("networks_advanced").attribute("name", raw("docker_network." + Names.id(network) + ".name"));
        }
        for (String volume : service.volumes()) {
            volume(c.block("volumes"), VolumeMount.parse(volume));
        }
        Healthcheck health = service.healthcheck();
        if (health != null) {
            HclBody h = c.block("healthcheck");
            h.attribute("test", HclExpression.strings(List.of("CMD-SHELL", health.test())));
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
            l.attribute("value", label.getValue());
        }
    }

    private static void volume(HclBody block, VolumeMount mount) {
        if (mount.named()) {
            block.attribute("volume_name", raw("docker_volume." + Names.id(mount.source()) + ".name"));
        } else if (mount.source() != null) {
            block.attribute("host_path", mount.source().startsWith("/") ? string(mount.source())
                    : HclExpression.call("abspath", string(mount.source())));
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
