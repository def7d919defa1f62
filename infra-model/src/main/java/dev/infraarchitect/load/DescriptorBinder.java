package dev.infraarchitect.load;

import dev.infraarchitect.model.Backup;
import dev.infraarchitect.model.Budgets;
import dev.infraarchitect.model.Credentials;
import dev.infraarchitect.model.ContainerSettings;
import dev.infraarchitect.model.Decision;
import dev.infraarchitect.model.DecisionStatus;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Healthcheck;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Identifiers;
import dev.infraarchitect.model.Interpolation;
import dev.infraarchitect.model.IpAddresses;
import dev.infraarchitect.model.Limits;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Objectives;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Pricing;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Restart;
import dev.infraarchitect.model.SecretDelivery;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.ServiceKind;
import dev.infraarchitect.model.SourceMap;
import dev.infraarchitect.model.StartCondition;
import dev.infraarchitect.model.Suggestions;
import dev.infraarchitect.model.TerraformConfig;
import dev.infraarchitect.model.TerraformProvider;
import dev.infraarchitect.model.Tier;
import dev.infraarchitect.model.Variable;
import dev.infraarchitect.model.VolumeDeclaration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the read tree its meaning as a {@link Descriptor}: checks every field's type and form as the descriptor
 * specification defines them and applies defaults. Cross-references are left to the analysis.
 */
final class DescriptorBinder {

    private static final Set<String> TOP = Set.of("project", "description", "currency", "hosts", "tiers", "networks",
            "environments", "budgets", "pricing", "objectives", "services", "decisions", "terraform", "variables",
            "volumes", "compose");
    private static final Set<String> HOST = Set.of("description", "cpu", "memory", "vram", "gpu", "storage", "reserve",
            "cost", "address", "gpus");
    private static final Set<String> RESOURCES = Set.of("cpu", "memory", "vram", "storage");
    private static final Set<String> TIER = Set.of("description", "cpu", "memory", "vram", "storage");
    private static final Set<String> NETWORK = Set.of("description", "internal");
    private static final Set<String> ENVIRONMENT = Set.of("description", "budgets", "replicas");
    private static final Set<String> BUDGETS = Set.of("cpu", "memory", "vram", "storage", "cost");
    private static final Set<String> OBJECTIVES = Set.of("availability", "rpo", "rto");
    private static final Set<String> SERVICE = Set.of("description", "kind", "image", "tier", "host", "phase",
            "resources", "replicas", "ports", "networks", "dependsOn", "healthcheck", "environment", "secrets",
            "volumes", "stateful", "backup", "cost", "labels", "data", "clustered", "talksTo", "secretDelivery",
            "build", "command", "entrypoint", "restart", "user", "workingDir", "hostname", "containerName", "aliases",
            "shmSize", "ulimits", "capAdd", "capDrop", "devices", "extraHosts", "tmpfs", "envFiles", "profiles");
    private static final Set<String> EDGE = Set.of("service", "port", "protocol", "condition");
    private static final Set<String> SERVICE_RESOURCES = Set.of("cpu", "memory", "vram", "storage", "limits");
    private static final Set<String> BUILD = Set.of("context", "dockerfile", "args", "target");
    private static final Set<String> ULIMIT = Set.of("soft", "hard");
    private static final Set<String> VARIABLE = Set.of("default", "required", "secret", "description");
    private static final Set<String> VOLUME = Set.of("external", "name");
    private static final Set<String> COMPOSE = Set.of("projectName");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PROJECT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Set<String> REPLICA_RANGE = Set.of("min", "max");
    private static final Set<String> HEALTHCHECK = Set.of("test", "interval", "timeout", "retries", "startPeriod",
            "disable");
    private static final Set<String> BACKUP = Set.of("interval", "retention", "pointInTime");
    private static final Set<String> DECISION = Set.of("title", "status", "date", "context", "decision",
            "consequences", "alternatives", "supersedes", "services", "implementationNotes");
    private static final Set<String> CONSEQUENCES = Set.of("positive", "negative");
    private static final Set<String> TERRAFORM = Set.of("provider", "region", "backend");
    private static final Pattern PORT = Pattern.compile("(?:([0-9]{1,5}|\\$\\{[^}]*\\}):)?([0-9]{1,5})(?:/(tcp|udp))?");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern HOSTNAME = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern DATA_PATH = Pattern.compile("/[^:\\s]*");

    /** Phases are rollout steps; far more than any system has, small enough to list one by one. */
    static final int MAX_PHASE = 10_000;

    private final Problems problems;

    DescriptorBinder(Problems problems) {
        this.problems = problems;
    }

    Descriptor bind(Node root, SourceMap sources) {
        Fields top = Fields.of(root, "", TOP, problems);
        if (top == null) {
            return null;
        }
        String project = top.name("project");
        if (!top.has("project")) {
            top.missing("project", ": the system's name, e.g. 'project: acme-platform'");
        }
        String currency = top.string("currency");
        if (currency == null) {
            currency = "USD";
        } else if (!CURRENCY.matcher(currency).matches()) {
            top.problem("currency", "currency '" + currency + "' must be a three-letter code such as USD or EUR");
        }
        SortedMap<String, Host> hosts = named(top, "hosts", this::host);
        SortedMap<String, Tier> tiers = named(top, "tiers", this::tier);
        SortedMap<String, Network> networks = named(top, "networks", this::network);
        SortedMap<String, Environment> environments = named(top, "environments", this::environment);
        // absent, empty ("environments:") and {} all mean the single default, as the spec's skeleton writes it
        Node writtenEnvironments = top.raw("environments");
        if (writtenEnvironments == null
                || writtenEnvironments instanceof Node.MapNode map && map.entries().isEmpty()) {
            environments.put(Environment.DEFAULT_NAME, new Environment(Environment.DEFAULT_NAME, Budgets.NONE, null));
        }
        Budgets budgets = budgets(top.object("budgets", BUDGETS));
        Pricing pricing = pricing(top.object("pricing", RESOURCES));
        Objectives objectives = objectives(top.object("objectives", OBJECTIVES));
        SortedMap<String, Service> services = services(top);
        if (!top.has("services")) {
            top.missing("services", ": at least one service");
        } else if (services.isEmpty() && top.entries("services").isEmpty()) {
            top.problem("services", "services is empty; describe at least one service");
        }
        List<Decision> decisions = decisions(top);
        TerraformConfig terraform = terraform(top.object("terraform", TERRAFORM), !hosts.isEmpty());
        SortedMap<String, Variable> variables = variables(top);
        SortedMap<String, VolumeDeclaration> volumes = named(top, "volumes", this::volume);
        Fields compose = top.object("compose", COMPOSE);
        String projectName = compose == null ? null : compose.string("projectName");
        if (projectName != null && !PROJECT_NAME.matcher(projectName).matches()) {
            compose.problem("projectName", "compose.projectName '" + projectName + "' must be a Compose project name:"
                    + " lower-case letters, digits, '-' and '_', starting with a letter or digit");
            projectName = null;
        }
        new InterpolationCheck(variables, problems).check(top.raw("services"));
        checkStartConditions(top, services);
        return new Descriptor(project, top.string("description"), currency, frozen(hosts), frozen(tiers),
                frozen(networks), frozen(environments), budgets, pricing, objectives, frozen(services),
                List.copyOf(decisions), terraform, sources, frozen(variables), frozen(volumes), projectName);
    }

    private <T> SortedMap<String, T> named(Fields parent, String key, BiFunction<String, Node, T> reader) {
        return named(parent.entries(key), key, reader);
    }

    private <T> SortedMap<String, T> named(List<Node.Entry> entries, String key, BiFunction<String, Node, T> reader) {
        SortedMap<String, T> result = new TreeMap<>();
        for (Node.Entry entry : entries) {
            String name = Fields.checkedName(entry.key(), entry.keyLocation(), key + " key", problems);
            if (name == null) {
                continue;
            }
            T value = reader.apply(name, entry.value());
            if (value != null) {
                result.put(name, value);
            }
        }
        return result;
    }

    private SortedMap<String, Service> services(Fields top) {
        return named(top, "services", this::service);
    }

    private static <T> SortedMap<String, T> frozen(SortedMap<String, T> map) {
        return Collections.unmodifiableSortedMap(map);
    }

    private Host host(String name, Node node) {
        if (node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
            node = new Node.MapNode(node.location(), new Entries());
        }
        Fields f = Fields.of(node, "hosts." + name, HOST, problems);
        if (f == null) {
            return null;
        }
        Long cpu = f.cpu("cpu");
        Long memory = f.bytes("memory");
        if (!f.has("cpu")) {
            f.missing("cpu", ": the cores containers may use, e.g. 'cpu: 8'");
        }
        if (!f.has("memory")) {
            f.missing("memory", ": the machine's memory, e.g. 'memory: 32Gi'");
        }
        long vram = orZero(f.bytes("vram"));
        String gpuText = f.choice("gpu", List.of("nvidia", "amd", "none"));
        GpuKind gpu = gpuText == null ? GpuKind.NONE : GpuKind.valueOf(gpuText.toUpperCase(Locale.ROOT));
        if (vram > 0 && gpu == GpuKind.NONE && gpuText == null && !f.has("gpu")) {
            f.problem("vram", "hosts." + name + " has vram but no gpu; add 'gpu: nvidia' or 'gpu: amd'");
        } else if (vram > 0 && gpu == GpuKind.NONE && gpuText != null) {
            f.problem("gpu", "hosts." + name + " has vram but 'gpu: none'; use 'gpu: nvidia' or 'gpu: amd'");
        }
        Fields reserveFields = f.object("reserve", RESOURCES);
        Resources reserve = resources(reserveFields);
        BigDecimal cost = f.money("cost");
        String address = address(f);
        Integer gpus = f.integer("gpus", 1);
        if (gpus != null && gpu == GpuKind.NONE && gpuText == null && !f.has("vram")) {
            f.problem("gpus", "hosts." + name + " has gpus but no gpu kind; add 'gpu: nvidia' or 'gpu: amd'");
        } else if (gpus != null && gpu == GpuKind.NONE && gpuText != null) {
            f.problem("gpus", "hosts." + name + " has gpus but 'gpu: none'; use 'gpu: nvidia' or 'gpu: amd', or"
                    + " remove gpus");
        }
        if (cpu == null || memory == null) {
            return null;
        }
        int gpuCount = gpu == GpuKind.NONE ? 0 : gpus == null ? 1 : gpus;
        Host host = new Host(name, cpu, memory, vram, gpu, f.bytes("storage"), reserve, cost, address, gpuCount);
        checkReserve(host, reserveFields);
        return host;
    }

    /**
     * A reserve is kept free out of the host's own resources, so it cannot be larger than they are (a host's
     * capacity is never negative); storage only counts when the host describes its disk.
     */
    private static void checkReserve(Host host, Fields reserveFields) {
        Resources own = new Resources(host.cpu(), host.memory(), host.vram(),
                host.storage() == null ? 0 : host.storage());
        for (Resource resource : Resource.values()) {
            long kept = host.reserve().get(resource);
            long has = own.get(resource);
            if (kept > has && host.bounds(resource)) {
                reserveFields.problem(resource.key(), reserveFields.child(resource.key()) + " "
                        + resource.format(kept) + " is more than the host's " + resource.key() + " ("
                        + resource.format(has) + "); a reserve is kept free out of the host's own");
            }
        }
    }

    /** A DNS name or an IP address, without scheme or port: how the other hosts reach this one. */
    private String address(Fields f) {
        String address = f.string("address");
        if (address == null) {
            return null;
        }
        if (IpAddresses.isMalformedIpv4(address)) {
            f.problem("address", f.child("address") + " '" + address + "' is not an IPv4 address: four numbers"
                    + " from 0 to 255, e.g. 'address: 10.0.0.12'");
            return null;
        }
        if (!HOSTNAME.matcher(address).matches() && !IpAddresses.isLiteral(address)) {
            f.problem("address", f.child("address") + " '" + address + "' must be a DNS name or an IP address"
                    + " without scheme, port or path, e.g. 'address: 10.0.0.12' or 'address: gpu1.internal'");
            return null;
        }
        return address;
    }

    private Resources resources(Fields f) {
        if (f == null) {
            return Resources.ZERO;
        }
        return new Resources(orZero(f.cpu("cpu")), orZero(f.bytes("memory")), orZero(f.bytes("vram")),
                orZero(f.bytes("storage")));
    }

    private Limits limits(Fields f) {
        if (f == null) {
            return Limits.NONE;
        }
        Map<Resource, Long> values = new EnumMap<>(Resource.class);
        putIfSet(values, Resource.CPU, f.cpu("cpu"));
        putIfSet(values, Resource.MEMORY, f.bytes("memory"));
        putIfSet(values, Resource.VRAM, f.bytes("vram"));
        putIfSet(values, Resource.STORAGE, f.bytes("storage"));
        return new Limits(values);
    }

    private static void putIfSet(Map<Resource, Long> values, Resource resource, Long value) {
        if (value != null) {
            values.put(resource, value);
        }
    }

    private Tier tier(String name, Node node) {
        Fields f = Fields.of(node, "tiers." + name, TIER, problems);
        return f == null ? null : new Tier(name, f.string("description"), limits(f));
    }

    private Network network(String name, Node node) {
        if (node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
            return new Network(name, null, false);
        }
        Fields f = Fields.of(node, "networks." + name, NETWORK, problems);
        return f == null ? null : new Network(name, f.string("description"), Boolean.TRUE.equals(f.bool("internal")));
    }

    private Environment environment(String name, Node node) {
        if (node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
            return new Environment(name, Budgets.NONE, null);
        }
        Fields f = Fields.of(node, "environments." + name, ENVIRONMENT, problems);
        if (f == null) {
            return null;
        }
        return new Environment(name, budgets(f.object("budgets", BUDGETS)), f.integer("replicas", 1));
    }

    private Budgets budgets(Fields f) {
        return f == null ? Budgets.NONE : new Budgets(limits(f), f.money("cost"));
    }

    private Pricing pricing(Fields f) {
        if (f == null) {
            return Pricing.NONE;
        }
        return new Pricing(orZero(f.money("cpu")), orZero(f.money("memory")), orZero(f.money("vram")),
                orZero(f.money("storage")));
    }

    private Objectives objectives(Fields f) {
        return f == null ? Objectives.NONE : new Objectives(f.percent("availability"), f.duration("rpo"),
                f.duration("rto"));
    }

    private Service service(String name, Node node) {
        Fields f = Fields.of(node, "services." + name, SERVICE, problems);
        if (f == null) {
            return null;
        }
        String kindText = f.choice("kind", List.of("container", "managed", "job"));
        ServiceKind kind = kindText == null ? ServiceKind.CONTAINER
                : ServiceKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        String image = f.string("image");
        if (kind != ServiceKind.MANAGED && image == null && !f.has("build") && (kindText != null || !f.has("kind"))) {
            f.missing("image", ": the container image to run, e.g. 'image: postgres:16', or 'build' to build it"
                    + " (or set 'kind: managed' for a hosted product)");
        }
        List<Edge> edges = new ArrayList<>(edges(f, Edge.Kind.DEPENDS_ON));
        edges.addAll(edges(f, Edge.Kind.TALKS_TO));
        checkEdgeKinds(f, edges);
        List<String> dependsOn = edges.stream().filter(Edge::startsFirst).map(Edge::service).toList();
        boolean stateful = Boolean.TRUE.equals(f.bool("stateful"));
        Fields resourceFields = f.object("resources", SERVICE_RESOURCES);
        Fields healthFields = f.object("healthcheck", HEALTHCHECK);
        boolean healthcheckDisabled = healthFields != null && Boolean.TRUE.equals(healthFields.bool("disable"));
        Healthcheck healthcheck = healthcheckDisabled ? null : healthcheck(healthFields);
        ContainerSettings container = new ContainerSettings(build(f.object("build", BUILD)), command(f, "command"),
                command(f, "entrypoint"), restart(f), f.string("user"), f.string("workingDir"), f.string("hostname"),
                f.string("containerName"), strings(f, "aliases"),
                resourceFields == null ? Limits.NONE : limits(resourceFields.object("limits", RESOURCES)),
                f.bytes("shmSize"), ulimits(f), strings(f, "capAdd"), strings(f, "capDrop"), strings(f, "devices"),
                strings(f, "extraHosts"), strings(f, "tmpfs"), strings(f, "envFiles"), strings(f, "profiles"),
                healthcheckDisabled, startConditions(f));
        Service service = new Service(name, f.string("description"), kind, image, f.name("tier"), f.name("host"),
                phase(f), resources(resourceFields), replicas(f),
                ports(f), names(f, "networks"), dependsOn, healthcheck,
                stringMap(f, "environment", true), secrets(f), strings(f, "volumes"),
                stateful, backup(f.object("backup", BACKUP)), f.money("cost"),
                stringMap(f, "labels", false), data(f, kind, stateful), clustered(f, stateful), List.copyOf(edges),
                secretDelivery(f), container);
        checkVolumes(f, service.volumes());
        return service;
    }

    /**
     * The condition written on each {@code dependsOn} entry of the object form, by the service it names; the
     * entry's other fields are read with the edge.
     */
    private SortedMap<String, StartCondition> startConditions(Fields f) {
        SortedMap<String, StartCondition> conditions = new TreeMap<>();
        List<Node> items = f.raw("dependsOn") instanceof Node.ListNode list ? list.items() : List.of();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Node.MapNode map && map.entries().get("condition") != null
                    && map.entries().get("service") != null
                    && map.entries().get("service").value() instanceof Node.Scalar target) {
                Node value = map.entries().get("condition").value();
                String text = value instanceof Node.Scalar scalar ? scalar.text() : null;
                List<String> choices = List.of("started", "healthy", "completed");
                if (text != null && choices.contains(text)) {
                    conditions.put(target.text(), StartCondition.valueOf(text.toUpperCase(Locale.ROOT)));
                } else {
                    problems.add(value.location(), f.child("dependsOn") + "[" + i + "].condition '" + (text == null
                            ? value.describe() : text) + "' must be one of started, healthy, completed"
                            + (text == null ? "" : Suggestions.didYouMean(text, choices)));
                }
            }
        }
        return Collections.unmodifiableSortedMap(conditions);
    }

    /** {@code completed} waits for a job to exit: on a service that keeps running, its dependents would never start. */
    private void checkStartConditions(Fields top, SortedMap<String, Service> services) {
        for (Service service : services.values()) {
            service.container().startConditions().forEach((name, condition) -> {
                Service target = services.get(name);
                if (condition == StartCondition.COMPLETED && target != null && !target.isJob()) {
                    Node.MapNode node = (Node.MapNode) ((Node.MapNode) top.raw("services")).entries().get(
                            service.name()).value();
                    Node.Entry entry = node.entries().get("dependsOn");
                    problems.add(entry.keyLocation(), "services." + service.name() + ".dependsOn waits for '" + name
                            + "' to complete, but " + name + " is not a job and keeps running; use 'condition:"
                            + " healthy' or 'started', or give " + name + " 'kind: job'");
                }
            });
        }
    }

    private ContainerSettings.Build build(Fields f) {
        if (f == null) {
            return null;
        }
        String context = f.string("context");
        if (context == null) {
            f.missing("context", ": the folder to build in, e.g. 'context: ./api'");
        }
        return new ContainerSettings.Build(context, f.string("dockerfile"), stringMap(f, "args", false),
                f.string("target"));
    }

    /** A string as written, or a list of arguments as written. */
    private ContainerSettings.Command command(Fields f, String key) {
        Node value = f.raw(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Node.ListNode) {
            return ContainerSettings.Command.exec(strings(f, key));
        }
        String text = f.scalarText(value, f.child(key));
        return text == null ? null : ContainerSettings.Command.shell(text);
    }

    private Restart restart(Fields f) {
        Node value = f.raw("restart");
        if (value instanceof Node.Scalar s && s.type() == Node.Scalar.Type.BOOLEAN
                && s.text().equalsIgnoreCase("no")) {
            return Restart.NO; // YAML 1.1 reads a bare no as false
        }
        String text = f.choice("restart", List.of("no", "always", "on-failure", "unless-stopped"));
        return text == null ? null : Restart.of(text);
    }

    private SortedMap<String, ContainerSettings.Ulimit> ulimits(Fields f) {
        SortedMap<String, ContainerSettings.Ulimit> result = new TreeMap<>();
        for (Node.Entry entry : f.entries("ulimits")) {
            String what = f.child("ulimits") + "." + entry.key();
            if (entry.value() instanceof Node.MapNode) {
                Fields range = Fields.of(entry.value(), what, ULIMIT, problems);
                Long soft = range.longValue("soft");
                Long hard = range.longValue("hard");
                if (soft == null || hard == null) {
                    range.missing(soft == null ? "soft" : "hard", ": both limits, e.g. { soft: 1024, hard: 2048 }");
                } else {
                    result.put(entry.key(), new ContainerSettings.Ulimit(soft, hard));
                }
            } else {
                Long both = f.longValue(entry.value(), what);
                if (both != null) {
                    result.put(entry.key(), new ContainerSettings.Ulimit(both, both));
                }
            }
        }
        return Collections.unmodifiableSortedMap(result);
    }

    private SortedMap<String, Variable> variables(Fields top) {
        SortedMap<String, Variable> result = new TreeMap<>();
        for (Node.Entry entry : top.entries("variables")) {
            if (!VARIABLE_NAME.matcher(entry.key()).matches()) {
                problems.add(entry.keyLocation(), "variables key '" + entry.key() + "' is not a variable name"
                        + " (letters, digits and '_', not starting with a digit)");
                continue;
            }
            Node value = entry.value();
            if (value instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
                result.put(entry.key(), new Variable(entry.key(), null, false, false, null));
                continue;
            }
            Fields f = Fields.of(value, "variables." + entry.key(), VARIABLE, problems);
            if (f == null) {
                continue;
            }
            String defaultValue = f.has("default") ? f.scalarText(f.raw("default"), f.child("default")) : null;
            boolean secret = Boolean.TRUE.equals(f.bool("secret"));
            if (secret && defaultValue != null) {
                f.problem("default", "variables." + entry.key() + " is secret and must not have a default: the"
                        + " descriptor is committed; give the value at deploy time");
                defaultValue = null;
            }
            result.put(entry.key(), new Variable(entry.key(), defaultValue, Boolean.TRUE.equals(f.bool("required")),
                    secret, f.string("description")));
        }
        return result;
    }

    private VolumeDeclaration volume(String name, Node node) {
        if (node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
            return new VolumeDeclaration(name, false, null);
        }
        Fields f = Fields.of(node, "volumes." + name, VOLUME, problems);
        return f == null ? null : new VolumeDeclaration(name, Boolean.TRUE.equals(f.bool("external")),
                f.string("name"));
    }

    /**
     * The edges of {@code dependsOn} or {@code talksTo}: each item a service name or
     * {@code {service, port, protocol}}. A service listed twice in one field is a problem.
     */
    private List<Edge> edges(Fields f, Edge.Kind kind) {
        String key = kind.field();
        List<Edge> edges = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        List<Node> items = f.list(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Edge edge;
            if (item instanceof Node.MapNode) {
                edge = edge(Fields.of(item, f.child(key) + "[" + i + "]", EDGE, problems), kind, i);
            } else {
                // the usual valid name without building the description a problem would need
                String name = item instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.STRING
                        && Fields.isName(scalar.text()) ? scalar.text() : f.name(item, f.child(key) + "[" + i + "]");
                edge = name == null ? null : Edge.to(name, kind, i);
            }
            if (edge != null && !seen.add(edge.service())) {
                problems.add(item.location(), f.child(key) + " lists '" + edge.service() + "' twice");
            } else if (edge != null) {
                edges.add(edge);
            }
        }
        return edges;
    }

    private Edge edge(Fields e, Edge.Kind kind, int index) {
        String service = e.name("service");
        if (!e.has("service")) {
            e.missing("service", ": the service called, e.g. { service: db, port: 5432, protocol: tcp }");
        }
        Integer port = e.integer("port", 1);
        if (port != null && port > 65_535) {
            e.problem("port", e.child("port") + " " + port + " must be a port 1-65535");
            port = null;
        }
        String protocol = e.choice("protocol", Edge.PROTOCOLS);
        if (kind == Edge.Kind.TALKS_TO && e.has("condition")) {
            e.problem("condition", e.child("condition") + " applies to dependsOn only: talksTo does not wait");
        }
        return service == null ? null : new Edge(service, port, protocol, kind, index);
    }

    /** A service in both dependsOn and talksTo: one edge has one kind. */
    private void checkEdgeKinds(Fields f, List<Edge> edges) {
        Set<String> waited = new java.util.HashSet<>();
        for (Edge edge : edges) {
            if (edge.startsFirst()) {
                waited.add(edge.service());
            } else if (waited.contains(edge.service())) {
                f.problem("talksTo", f.path() + " lists '" + edge.service() + "' in both dependsOn and"
                        + " talksTo; keep it in dependsOn (which already carries its traffic) and remove it from"
                        + " talksTo");
            }
        }
    }

    /** The data path: an absolute container path, on a stateful container service only. */
    private String data(Fields f, ServiceKind kind, boolean stateful) {
        String data = f.string("data");
        if (data == null) {
            return null;
        }
        if (!DATA_PATH.matcher(data).matches()) {
            f.problem("data", f.child("data") + " '" + data + "' must be an absolute path inside the container"
                    + " without ':' or spaces, e.g. 'data: /var/lib/postgresql/data'");
            return null;
        }
        if (kind == ServiceKind.MANAGED) {
            f.problem("data", f.path() + " is managed and runs no container; remove 'data'");
            return null;
        }
        if (!stateful) {
            f.problem("data", f.path() + " has 'data' but is not stateful; add 'stateful: true'");
        }
        return data;
    }

    private boolean clustered(Fields f, boolean stateful) {
        boolean clustered = Boolean.TRUE.equals(f.bool("clustered"));
        if (clustered && !stateful) {
            f.problem("clustered", f.path() + " is clustered but not stateful; 'clustered: true' says the replicas of"
                    + " a stateful service replicate its data, so add 'stateful: true' or remove 'clustered'");
        }
        return clustered;
    }

    private SecretDelivery secretDelivery(Fields f) {
        String text = f.choice("secretDelivery", List.of("env", "file"));
        return "file".equals(text) ? SecretDelivery.FILE : SecretDelivery.ENV;
    }

    private Integer phase(Fields f) {
        Integer phase = f.integer("phase", 1);
        if (phase != null && phase > MAX_PHASE) {
            f.problem("phase", f.child("phase") + " " + phase + " is beyond the last possible phase " + MAX_PHASE);
            return null;
        }
        return phase;
    }

    private Replicas replicas(Fields f) {
        Node value = f.raw("replicas");
        if (value == null) {
            return Replicas.ONE;
        }
        if (value instanceof Node.MapNode) {
            Fields range = Fields.of(value, f.child("replicas"), REPLICA_RANGE, problems);
            Integer min = range.integer("min", 0);
            Integer max = range.integer("max", 0); // { min: 0, max: 0 } is replicas: 0, a service scaled to zero
            if (!range.has("min") || !range.has("max")) {
                range.missing(range.has("min") ? "max" : "min", ": a range needs both, e.g. { min: 2, max: 10 }");
                return Replicas.ONE;
            }
            if (min == null || max == null) {
                return Replicas.ONE;
            }
            if (min > max) {
                f.problem("replicas", f.child("replicas") + " min " + min + " is greater than max " + max);
                return Replicas.ONE;
            }
            return new Replicas(min, max);
        }
        Integer count = f.integer("replicas", 0);
        return count == null ? Replicas.ONE : new Replicas(count, count);
    }

    private List<Port> ports(Fields f) {
        List<Port> ports = new ArrayList<>();
        for (Node item : f.list("ports")) {
            String text = f.scalarText(item, f.child("ports") + " entry");
            if (text == null) {
                continue;
            }
            Matcher m = PORT.matcher(text);
            if (!m.matches() || !validPort(m.group(2))
                    || m.group(1) != null && !m.group(1).startsWith("$") && !validPort(m.group(1))) {
                problems.add(item.location(), f.child("ports") + " entry '" + text + "' must be \"CONTAINER\" or"
                        + " \"HOST:CONTAINER\" with ports 1-65535 (HOST may be a variable such as ${API_PORT:-8080}),"
                        + " optionally ending in /tcp or /udp");
                continue;
            }
            String host = m.group(1);
            boolean reference = host != null && host.startsWith("$");
            ports.add(new Port(host == null || reference ? null : Integer.valueOf(host), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? "tcp" : m.group(3), reference ? host : null));
        }
        return List.copyOf(ports);
    }

    private static boolean validPort(String digits) {
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65_535;
    }

    private List<String> names(Fields f, String key) {
        Set<String> names = new LinkedHashSet<>();
        List<Node> items = f.list(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            // the usual valid name without building the description a problem would need
            String name = item instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.STRING
                    && Fields.isName(scalar.text()) ? scalar.text() : f.name(item, f.child(key) + "[" + i + "]");
            if (name != null && !names.add(name)) {
                problems.add(items.get(i).location(), f.child(key) + " lists '" + name + "' twice");
            }
        }
        return List.copyOf(names);
    }

    private List<String> strings(Fields f, String key) {
        List<String> result = new ArrayList<>();
        for (Node item : f.list(key)) {
            String text = f.scalarText(item, f.child(key) + " entry");
            if (text != null) {
                result.add(text);
            }
        }
        return List.copyOf(result);
    }

    private List<String> secrets(Fields f) {
        List<String> result = new ArrayList<>();
        for (Node item : f.list("secrets")) {
            String text = f.scalarText(item, f.child("secrets") + " entry");
            if (text == null) {
                continue;
            }
            if (!SECRET.matcher(text).matches()) {
                problems.add(item.location(), f.child("secrets") + " entry must be a variable name such as"
                        + " DATABASE_PASSWORD (letters, digits, '_'); secrets are named, never given values");
            } else if (result.contains(text)) {
                problems.add(item.location(), f.child("secrets") + " lists '" + text + "' twice");
            } else {
                result.add(text);
            }
        }
        return List.copyOf(result);
    }

    private void checkVolumes(Fields f, List<String> volumes) {
        for (String volume : volumes) {
            String[] parts = Interpolation.split(volume, ':');
            boolean ok = parts.length >= 2 && parts.length <= 3 && !parts[0].isEmpty() && parts[1].startsWith("/")
                    && (parts.length == 2 || parts[2].matches("ro|rw"));
            if (!ok) {
                f.problem("volumes", f.child("volumes") + " entry '" + volume + "' must be \"NAME:/path\" or"
                        + " \"./host/path:/path\", optionally ending in :ro");
            }
        }
    }

    private SortedMap<String, String> stringMap(Fields f, String key, boolean envKeys) {
        SortedMap<String, String> result = new TreeMap<>();
        for (Node.Entry entry : f.entries(key)) {
            if (envKeys && !Identifiers.isPlainKey(entry.key())) {
                problems.add(entry.keyLocation(), f.child(key) + " key '" + entry.key() + "' is not a valid"
                        + " variable name (letters, digits, '_', '.', '-', not starting with a digit)");
                continue;
            }
            String text = f.scalarText(entry.value(), f.child(key) + "." + entry.key());
            Optional<String> token = text == null ? Optional.empty() : Credentials.reason(null, text);
            if (token.isPresent()) {
                // certainly a secret: refused, so that it reaches no generated file; the message never quotes it
                problems.add(entry.value().location(), f.child(key) + "." + entry.key() + ", " + token.get()
                        + ", is refused: a secret must not be in the descriptor; declare a secret variable and"
                        + " reference it (" + entry.key() + ": ${" + variableName(entry.key()) + "}), or list it in"
                        + " secrets");
            } else if (text != null) {
                result.put(entry.key(), text);
            }
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /** {@code key} as a name a variable may have: letters, digits and {@code _}. */
    private static String variableName(String key) {
        String name = key.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private Healthcheck healthcheck(Fields f) {
        if (f == null) {
            return null;
        }
        List<String> exec = null;
        String test;
        if (f.raw("test") instanceof Node.ListNode) {
            exec = strings(f, "test");
            test = exec.isEmpty() ? null : String.join(" ", exec.subList(Math.min(1, exec.size()), exec.size()));
            if (!exec.isEmpty() && !List.of("CMD", "CMD-SHELL").contains(exec.get(0))) {
                f.problem("test", f.child("test") + " as a list must start with \"CMD\" (then the program and its"
                        + " arguments) or \"CMD-SHELL\" (then one shell command)");
                return null;
            }
        } else {
            test = f.string("test");
        }
        Healthcheck healthcheck = new Healthcheck(test, f.duration("interval"), f.duration("timeout"),
                f.integer("retries", 0), f.duration("startPeriod"), exec);
        if (healthcheck.test() == null || healthcheck.test().isBlank()) {
            f.missing("test", ": the command that exits 0 when healthy, e.g. 'test: curl -fsS http://localhost/health'");
            return null;
        }
        return healthcheck;
    }

    private Backup backup(Fields f) {
        return f == null ? null : new Backup(f.duration("interval"), f.duration("retention"),
                Boolean.TRUE.equals(f.bool("pointInTime")));
    }

    private List<Decision> decisions(Fields top) {
        List<Decision> decisions = new ArrayList<>();
        List<Node> items = top.list("decisions");
        for (int i = 0; i < items.size(); i++) {
            Fields f = Fields.of(items.get(i), "decisions[" + i + "]", DECISION, problems);
            if (f == null) {
                continue;
            }
            String title = f.string("title");
            if (title == null || title.isBlank()) {
                f.missing("title", ": a short title such as 'Use PostgreSQL'");
            }
            String status = f.choice("status", List.of("proposed", "accepted", "rejected", "deprecated", "superseded"));
            if (!f.has("status")) {
                f.missing("status", ": proposed, accepted, rejected, deprecated or superseded");
            }
            LocalDate date = date(f);
            Fields consequences = f.object("consequences", CONSEQUENCES);
            decisions.add(new Decision(i + 1, title, status == null ? DecisionStatus.PROPOSED
                    : DecisionStatus.valueOf(status.toUpperCase(Locale.ROOT)), date, f.string("context"),
                    f.string("decision"),
                    consequences == null ? List.of() : strings(consequences, "positive"),
                    consequences == null ? List.of() : strings(consequences, "negative"),
                    strings(f, "alternatives"), f.integer("supersedes", 1), names(f, "services"),
                    f.string("implementationNotes")));
        }
        return decisions;
    }

    private LocalDate date(Fields f) {
        String text = f.string("date");
        if (text == null) {
            f.missing("date", ": the ISO date it was decided, e.g. 'date: 2026-01-08'");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            f.problem("date", f.child("date") + " '" + text + "' must be an ISO date such as 2026-01-08");
            return null;
        }
    }

    private TerraformConfig terraform(Fields f, boolean hasHosts) {
        TerraformProvider fallback = hasHosts ? TerraformProvider.DOCKER : TerraformProvider.AWS;
        if (f == null) {
            return new TerraformConfig(fallback, false, null, null);
        }
        String providerText = f.choice("provider", List.of("aws", "docker"));
        TerraformProvider provider = providerText == null ? fallback
                : TerraformProvider.valueOf(providerText.toUpperCase(Locale.ROOT));
        String region = f.string("region");
        if (region != null && provider != TerraformProvider.AWS) {
            f.problem("region", "terraform.region applies only to provider aws");
        }
        TerraformConfig.Backend backend = null;
        List<Node.Entry> settings = f.entries("backend");
        if (f.has("backend")) {
            SortedMap<String, String> values = new TreeMap<>();
            for (Node.Entry entry : settings) {
                if (!Identifiers.isTerraformName(entry.key())) {
                    // the key becomes an attribute name in backend.tf: anything else would be HCL syntax
                    problems.add(entry.keyLocation(), "terraform.backend has a setting whose name is not a Terraform"
                            + " argument name: use lower-case letters, digits and '_', starting with a letter");
                    continue;
                }
                String text = f.scalarText(entry.value(), "terraform.backend." + entry.key());
                if (text != null) {
                    values.put(entry.key(), text);
                }
            }
            String type = values.remove("type");
            if (type == null) {
                f.problem("backend", "terraform.backend needs 'type', e.g. { type: s3, bucket: acme-tfstate }");
            } else if (!Identifiers.isTerraformName(type)) {
                f.problem("backend", "terraform.backend type is not a Terraform backend name such as s3, gcs or"
                        + " azurerm (lower-case letters, digits and '_')");
            } else {
                backend = new TerraformConfig.Backend(type, Collections.unmodifiableSortedMap(values));
            }
        }
        return new TerraformConfig(provider, providerText != null, region, backend);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
