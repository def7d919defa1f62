package dev.infraarchitect.load;

import dev.infraarchitect.model.Backup;
import dev.infraarchitect.model.Budgets;
import dev.infraarchitect.model.Decision;
import dev.infraarchitect.model.DecisionStatus;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Healthcheck;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Identifiers;
import dev.infraarchitect.model.Limits;
import dev.infraarchitect.model.Network;
import dev.infraarchitect.model.Objectives;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Pricing;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.ServiceKind;
import dev.infraarchitect.model.SourceMap;
import dev.infraarchitect.model.TerraformConfig;
import dev.infraarchitect.model.TerraformProvider;
import dev.infraarchitect.model.Tier;
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
            "environments", "budgets", "pricing", "objectives", "services", "decisions", "terraform");
    private static final Set<String> HOST = Set.of("description", "cpu", "memory", "vram", "gpu", "storage", "reserve",
            "cost");
    private static final Set<String> RESOURCES = Set.of("cpu", "memory", "vram", "storage");
    private static final Set<String> TIER = Set.of("description", "cpu", "memory", "vram", "storage");
    private static final Set<String> NETWORK = Set.of("description", "internal");
    private static final Set<String> ENVIRONMENT = Set.of("description", "budgets", "replicas");
    private static final Set<String> BUDGETS = Set.of("cpu", "memory", "vram", "storage", "cost");
    private static final Set<String> OBJECTIVES = Set.of("availability", "rpo", "rto");
    private static final Set<String> SERVICE = Set.of("description", "kind", "image", "tier", "host", "phase",
            "resources", "replicas", "ports", "networks", "dependsOn", "healthcheck", "environment", "secrets",
            "volumes", "stateful", "backup", "cost", "labels");
    private static final Set<String> REPLICA_RANGE = Set.of("min", "max");
    private static final Set<String> HEALTHCHECK = Set.of("test", "interval", "timeout", "retries", "startPeriod");
    private static final Set<String> BACKUP = Set.of("interval", "retention", "pointInTime");
    private static final Set<String> DECISION = Set.of("title", "status", "date", "context", "decision",
            "consequences", "alternatives", "supersedes", "services");
    private static final Set<String> CONSEQUENCES = Set.of("positive", "negative");
    private static final Set<String> TERRAFORM = Set.of("provider", "region", "backend");
    private static final Pattern PORT = Pattern.compile("(?:([0-9]{1,5}):)?([0-9]{1,5})(?:/(tcp|udp))?");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

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
        return new Descriptor(project, top.string("description"), currency, frozen(hosts), frozen(tiers),
                frozen(networks), frozen(environments), budgets, pricing, objectives, frozen(services),
                List.copyOf(decisions), terraform, sources);
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
        if (cpu == null || memory == null) {
            return null;
        }
        Long storage = f.bytes("storage");
        Host host = new Host(name, cpu, memory, vram, gpu, storage, reserve, cost);
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

    private Resources resources(Fields f) {
        if (f == null) {
            return Resources.ZERO;
        }
        return new Resources(orZero(f.cpu("cpu")), orZero(f.bytes("memory")), orZero(f.bytes("vram")),
                orZero(f.bytes("storage")));
    }

    private Limits limits(Fields f) {
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
        String kindText = f.choice("kind", List.of("container", "managed"));
        ServiceKind kind = "managed".equals(kindText) ? ServiceKind.MANAGED : ServiceKind.CONTAINER;
        String image = f.string("image");
        if (kind == ServiceKind.CONTAINER && image == null && (kindText != null || !f.has("kind"))) {
            f.missing("image", ": the container image to run, e.g. 'image: postgres:16' (or set 'kind: managed'"
                    + " for a hosted product)");
        }
        Service service = new Service(name, f.string("description"), kind, image, f.name("tier"), f.name("host"),
                phase(f), resources(f.object("resources", RESOURCES)), replicas(f),
                ports(f), names(f, "networks"), names(f, "dependsOn"), healthcheck(f.object("healthcheck", HEALTHCHECK)),
                stringMap(f, "environment", true), secrets(f), strings(f, "volumes"),
                Boolean.TRUE.equals(f.bool("stateful")), backup(f.object("backup", BACKUP)), f.money("cost"),
                stringMap(f, "labels", false));
        checkVolumes(f, service.volumes());
        return service;
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
            if (!m.matches() || !validPort(m.group(2)) || m.group(1) != null && !validPort(m.group(1))) {
                problems.add(item.location(), f.child("ports") + " entry '" + text + "' must be \"CONTAINER\" or"
                        + " \"HOST:CONTAINER\" with ports 1-65535, optionally ending in /tcp or /udp");
                continue;
            }
            ports.add(new Port(m.group(1) == null ? null : Integer.valueOf(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? "tcp" : m.group(3)));
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
                problems.add(item.location(), f.child("secrets") + " entry '" + text + "' must be a variable name"
                        + " such as DATABASE_PASSWORD (letters, digits, '_'); secrets are named, never given values");
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
            String[] parts = volume.split(":", -1);
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
            if (text != null) {
                result.put(entry.key(), text);
            }
        }
        return Collections.unmodifiableSortedMap(result);
    }

    private Healthcheck healthcheck(Fields f) {
        if (f == null) {
            return null;
        }
        Healthcheck healthcheck = new Healthcheck(f.string("test"), f.duration("interval"), f.duration("timeout"),
                f.integer("retries", 0), f.duration("startPeriod"));
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
                    strings(f, "alternatives"), f.integer("supersedes", 1), names(f, "services")));
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
                String text = f.scalarText(entry.value(), "terraform.backend." + entry.key());
                if (text != null) {
                    values.put(entry.key(), text);
                }
            }
            String type = values.remove("type");
            if (type == null) {
                f.problem("backend", "terraform.backend needs 'type', e.g. { type: s3, bucket: acme-tfstate }");
            } else if (!type.matches("[a-z][a-z0-9_]*")) {
                f.problem("backend", "terraform.backend type '" + type + "' is not a Terraform backend name");
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
