package dev.infraarchitect.importer;

import static dev.infraarchitect.importer.ComposeYaml.entries;
import static dev.infraarchitect.importer.ComposeYaml.isNull;
import static dev.infraarchitect.importer.ComposeYaml.kind;
import static dev.infraarchitect.importer.ComposeYaml.text;

import dev.infraarchitect.model.Credentials;
import dev.infraarchitect.model.Identifiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One Compose service as a descriptor service: each Compose key the descriptor has a field for is carried as
 * written (paths rebased onto the descriptor's folder, sizes and durations in the descriptor's units); every other
 * key, and every part of a value that cannot be carried, becomes a note at its line and column.
 */
final class ServiceImport {

    /** The descriptor's field order for a service, so that every imported service reads the same way. */
    private static final List<String> FIELD_ORDER = List.of("kind", "image", "build", "command", "entrypoint",
            "restart", "user", "workingDir", "hostname", "containerName", "aliases", "resources", "replicas", "ports",
            "networks", "dependsOn", "healthcheck", "environment", "envFiles", "secrets", "volumes", "shmSize",
            "ulimits", "capAdd", "capDrop", "devices", "extraHosts", "tmpfs", "profiles", "labels");

    private static final Set<String> RESTARTS = Set.of("no", "always", "on-failure", "unless-stopped");
    private static final Pattern PORT_NUMBER = Pattern.compile("\\d{1,5}");
    private static final Pattern PROTOCOL = Pattern.compile("tcp|udp");
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final StackContext stack;
    private final Notes notes;
    private final String name;
    private final String path;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ServiceImport(StackContext stack, String name) {
        this.stack = stack;
        this.notes = stack.notes();
        this.name = name;
        this.path = "services." + name;
    }

    /** The descriptor fields of the Compose service {@code name} (its node already has {@code extends} applied). */
    static Map<String, Object> map(StackContext stack, String name, MappingNode service) {
        ServiceImport importer = new ServiceImport(stack, name);
        importer.read(service);
        return importer.ordered();
    }

    private Map<String, Object> ordered() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : FIELD_ORDER) {
            if (fields.containsKey(field)) {
                out.put(field, fields.get(field));
            }
        }
        return out;
    }

    private void read(MappingNode service) {
        Map<String, NodeTuple> entries = entries(service);
        boolean job = stack.isJob(name);
        if (job) {
            fields.put("kind", "job");
        }
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            Node value = entry.getValue().getValueNode();
            Node at = entry.getValue().getKeyNode();
            String where = path + "." + key;
            if (key.startsWith("x-") || key.equals("extends")) {
                continue; // extensions mean nothing to Compose; extends was applied before
            }
            switch (key) {
                case "image" -> scalar(value, where, "image");
                case "build" -> build(value, where);
                case "command" -> command(value, where, "command");
                case "entrypoint" -> command(value, where, "entrypoint");
                case "restart" -> restart(value, where, job);
                case "user" -> scalar(value, where, "user");
                case "working_dir" -> scalar(value, where, "workingDir");
                case "hostname" -> scalar(value, where, "hostname");
                case "container_name" -> scalar(value, where, "containerName");
                case "shm_size" -> shmSize(value, where);
                case "ulimits" -> ulimits(value, where);
                case "cap_add" -> strings(value, where, "capAdd");
                case "cap_drop" -> strings(value, where, "capDrop");
                case "profiles" -> strings(value, where, "profiles");
                case "tmpfs" -> strings(value, where, "tmpfs");
                case "devices" -> devices(value, where);
                case "extra_hosts" -> extraHosts(value, where);
                case "env_file" -> envFiles(value, where);
                case "environment" -> environment(value, where);
                case "labels" -> labels(value, where);
                case "ports" -> ports(value, where);
                case "volumes" -> volumes(value, where);
                case "networks" -> networks(value, where);
                case "depends_on" -> dependsOn(value, where);
                case "healthcheck" -> healthcheck(value, where);
                case "secrets" -> secrets(value, where);
                case "deploy" -> deploy(value, where);
                case "cpus" -> cpus(value, where, "limits");
                case "mem_limit" -> memory(value, where, "limits");
                case "mem_reservation" -> memory(value, where, "requests");
                case "scale" -> replicas(value, where);
                case "expose" -> notes.notCarried(at, where, "the descriptor has no 'expose'; containers on a shared"
                        + " network reach every port of each other, so expose only documents them");
                default -> notes.notCarried(at, where, "the descriptor has no field for Compose's '" + key + "'");
            }
        }
        if (!fields.containsKey("image") && !fields.containsKey("build")) {
            notes.add(service, path, "neither image nor build is stated; the descriptor needs one of them");
        }
        if (!job && !fields.containsKey("restart")) {
            // Compose's default is "no"; the descriptor's is unless-stopped, so say it
            fields.put("restart", "no");
        }
    }

    private void scalar(Node value, String where, String field) {
        String text = text(value);
        if (text == null) {
            if (!isNull(value)) {
                notes.notCarried(value, where, "expected a single value, found a " + kind(value));
            }
            return;
        }
        fields.put(field, text);
    }

    private void build(Node value, String where) {
        Map<String, Object> build = new LinkedHashMap<>();
        if (value instanceof ScalarNode) {
            String context = text(value);
            if (context != null) {
                build.put("context", stack.rebaseContext(context));
            }
        } else if (value instanceof MappingNode mapping) {
            for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
                Node node = entry.getValue().getValueNode();
                switch (entry.getKey()) {
                    case "context" -> build.put("context", stack.rebaseContext(text(node)));
                    case "dockerfile" -> build.put("dockerfile", text(node));
                    case "target" -> build.put("target", text(node));
                    case "args" -> {
                        Map<String, String> args = keyValues(node, where + ".args");
                        if (!args.isEmpty()) {
                            build.put("args", args);
                        }
                    }
                    default -> notes.notCarried(entry.getValue().getKeyNode(), where + "." + entry.getKey(),
                            "the descriptor's build has context, dockerfile, args and target only");
                }
            }
            if (!build.containsKey("context")) {
                build.put("context", stack.rebaseContext("."));
            }
        }
        if (!build.isEmpty()) {
            fields.put("build", build);
        }
    }

    private void command(Node value, String where, String field) {
        if (value instanceof SequenceNode sequence) {
            List<String> arguments = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String text = text(item);
                if (text == null) {
                    notes.notCarried(item, where, "a command argument must be text, found a " + kind(item));
                    return;
                }
                arguments.add(text);
            }
            fields.put(field, arguments);
        } else {
            scalar(value, where, field);
        }
    }

    private void restart(Node value, String where, boolean job) {
        String text = text(value);
        if (text == null) {
            return;
        }
        String policy = text;
        if (text.startsWith("on-failure:")) {
            policy = "on-failure";
            notes.add(value, where, "written as on-failure: the descriptor has no retry count ('" + text + "')");
        } else if (!RESTARTS.contains(text)) {
            notes.notCarried(value, where, "'" + text + "' is not a restart policy (no, always, on-failure,"
                    + " unless-stopped)");
            return;
        }
        if (job && policy.equals("no")) {
            return; // a job's own default
        }
        fields.put("restart", policy);
    }

    private void shmSize(Node value, String where) {
        String text = text(value);
        String size = text == null ? null : ComposeValues.size(text);
        if (size == null) {
            notes.notCarried(value, where, "'" + text + "' is not a size the descriptor can state exactly");
            return;
        }
        fields.put("shmSize", size);
    }

    private void ulimits(Node value, String where) {
        if (!(value instanceof MappingNode mapping)) {
            notes.notCarried(value, where, "expected a mapping of limits");
            return;
        }
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
            Node limit = entry.getValue().getValueNode();
            String text = text(limit);
            if (text != null && text.matches("-?\\d+")) {
                out.put(entry.getKey(), Long.parseLong(text));
            } else if (limit instanceof MappingNode pair) {
                Map<String, NodeTuple> both = entries(pair);
                String soft = both.containsKey("soft") ? text(both.get("soft").getValueNode()) : null;
                String hard = both.containsKey("hard") ? text(both.get("hard").getValueNode()) : null;
                if (soft != null && hard != null && soft.matches("-?\\d+") && hard.matches("-?\\d+")) {
                    Map<String, Object> limits = new LinkedHashMap<>();
                    limits.put("soft", Long.parseLong(soft));
                    limits.put("hard", Long.parseLong(hard));
                    out.put(entry.getKey(), limits);
                } else {
                    notes.notCarried(limit, where + "." + entry.getKey(), "a limit needs numbers for soft and hard");
                }
            } else {
                notes.notCarried(limit, where + "." + entry.getKey(), "a limit is a number or {soft, hard}");
            }
        }
        if (!out.isEmpty()) {
            fields.put("ulimits", out);
        }
    }

    private void strings(Node value, String where, String field) {
        List<String> out = new ArrayList<>();
        if (value instanceof ScalarNode) {
            String text = text(value);
            if (text != null) {
                out.add(text);
            }
        } else if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String text = text(item);
                if (text == null) {
                    notes.notCarried(item, where, "expected text, found a " + kind(item));
                } else {
                    out.add(text);
                }
            }
        } else {
            notes.notCarried(value, where, "expected a list, found a " + kind(value));
        }
        if (!out.isEmpty()) {
            fields.put(field, out);
        }
    }

    private void devices(Node value, String where) {
        if (value instanceof SequenceNode sequence) {
            List<String> out = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String text = text(item);
                if (text == null) {
                    notes.notCarried(item, where, "the descriptor's devices are 'HOST[:CONTAINER[:PERMISSIONS]]'"
                            + " strings; this " + kind(item) + " is not one");
                } else {
                    out.add(text);
                }
            }
            if (!out.isEmpty()) {
                fields.put("devices", out);
            }
        } else {
            notes.notCarried(value, where, "expected a list, found a " + kind(value));
        }
    }

    private void extraHosts(Node value, String where) {
        if (value instanceof MappingNode mapping) {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
                out.add(entry.getKey() + ":" + text(entry.getValue().getValueNode()));
            }
            fields.put("extraHosts", out);
        } else {
            strings(value, where, "extraHosts");
        }
    }

    private void envFiles(Node value, String where) {
        List<Node> items = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            String file = text(item);
            if (item instanceof MappingNode mapping) {
                Map<String, NodeTuple> entries = entries(mapping);
                file = entries.containsKey("path") ? text(entries.get("path").getValueNode()) : null;
                for (String key : entries.keySet()) {
                    if (!key.equals("path")) {
                        notes.notCarried(entries.get(key).getKeyNode(), where + "." + key,
                                "the descriptor's envFiles are paths only");
                    }
                }
            }
            if (file == null) {
                notes.notCarried(item, where, "expected a path");
            } else {
                out.add(stack.rebase(file));
            }
        }
        if (!out.isEmpty()) {
            fields.put("envFiles", out);
        }
    }

    private void environment(Node value, String where) {
        Map<String, String> settings = new TreeMap<>();
        List<String> passed = new ArrayList<>();
        Node firstPassed = null;
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String text = text(item);
                if (text == null) {
                    notes.notCarried(item, where, "expected KEY=VALUE, found a " + kind(item));
                    continue;
                }
                int equals = text.indexOf('=');
                if (equals < 0) {
                    settings.put(text, "${" + text + "}");
                    passed.add(text);
                    firstPassed = firstPassed == null ? item : firstPassed;
                } else {
                    settings.put(text.substring(0, equals), text.substring(equals + 1));
                    keepSecretOut(text.substring(0, equals), settings, item, where);
                }
            }
        } else if (value instanceof MappingNode mapping) {
            for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
                Node setting = entry.getValue().getValueNode();
                String text = text(setting);
                if (text == null && isNull(setting)) {
                    settings.put(entry.getKey(), "${" + entry.getKey() + "}");
                    passed.add(entry.getKey());
                    firstPassed = firstPassed == null ? setting : firstPassed;
                } else if (text == null) {
                    notes.notCarried(setting, where + "." + entry.getKey(), "expected a value, found a "
                            + kind(setting));
                } else {
                    settings.put(entry.getKey(), text);
                    keepSecretOut(entry.getKey(), settings, setting, where + "." + entry.getKey());
                }
            }
        } else if (!isNull(value)) {
            notes.notCarried(value, where, "expected a list or a mapping, found a " + kind(value));
        }
        for (String key : List.copyOf(settings.keySet())) {
            if (!Identifiers.isPlainKey(key)) {
                settings.remove(key);
                notes.notCarried(value, where, "setting '" + key + "': the descriptor's setting names are letters,"
                        + " digits, '_', '.' and '-', not starting with a digit");
            }
        }
        if (!passed.isEmpty()) {
            notes.add(firstPassed, where, passed.size() + " setting(s) without a value (" + preview(passed)
                    + ") are written as NAME: ${NAME}: Compose passes the same value from the shell or .env, but sets"
                    + " it empty, with a warning, where the variable is unset instead of leaving it out");
        }
        if (!settings.isEmpty()) {
            fields.put("environment", settings);
        }
    }

    /**
     * A value that is certainly a secret (a private key, a token) must not be written into the descriptor: it becomes
     * a reference to a secret variable of the setting's name, and the note says so without quoting it.
     */
    private void keepSecretOut(String key, Map<String, String> settings, Node at, String where) {
        String value = settings.get(key);
        if (Interpolated.isOnlyReference(value) || Credentials.reason(null, value).isEmpty()) {
            return;
        }
        String variable = key.replaceAll("[^A-Za-z0-9_]", "_");
        settings.put(key, "${" + variable + "}");
        stack.secretVariable(variable);
        notes.add(at, where, "the value " + Credentials.reason(null, value).get().replace("whose value ", "")
                + " and is not copied: written as ${" + variable + "}, a secret variable; set it where Compose runs");
    }

    private static String preview(List<String> names) {
        return names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private void labels(Node value, String where) {
        Map<String, String> labels = keyValues(value, where);
        if (!labels.isEmpty()) {
            fields.put("labels", labels);
        }
    }

    /** A list of {@code KEY=VALUE} or a mapping, as Compose writes labels and build args. */
    private Map<String, String> keyValues(Node value, String where) {
        Map<String, String> out = new TreeMap<>();
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String text = text(item);
                if (text == null) {
                    notes.notCarried(item, where, "expected KEY=VALUE, found a " + kind(item));
                    continue;
                }
                int equals = text.indexOf('=');
                out.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
            }
        } else if (value instanceof MappingNode mapping) {
            for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
                String text = text(entry.getValue().getValueNode());
                out.put(entry.getKey(), text == null ? "" : text);
            }
        }
        return out;
    }

    private void ports(Node value, String where) {
        if (!(value instanceof SequenceNode sequence)) {
            notes.notCarried(value, where, "expected a list, found a " + kind(value));
            return;
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String port = item instanceof MappingNode mapping ? longPort(mapping, where) : shortPort(item, where);
            if (port != null) {
                out.add(port);
            }
        }
        if (!out.isEmpty()) {
            fields.put("ports", out);
        }
    }

    private String shortPort(Node item, String where) {
        String text = text(item);
        if (text == null) {
            notes.notCarried(item, where, "expected a port, found a " + kind(item));
            return null;
        }
        String protocol = null;
        String body = text;
        int slash = text.lastIndexOf('/');
        if (slash > text.lastIndexOf('}')) {
            protocol = text.substring(slash + 1);
            body = text.substring(0, slash);
        }
        List<String> parts = Interpolated.split(body, ':');
        String host = parts.size() == 2 ? parts.get(0) : null;
        String container = parts.get(parts.size() - 1);
        String why = null;
        if (parts.size() > 2) {
            why = "it binds to one address of the host (" + parts.get(0) + "), which the descriptor cannot state;"
                    + " publishing it on every address would widen it";
        } else if (!PORT_NUMBER.matcher(container).matches()) {
            why = "the container port '" + container + "' is not a single number (ranges cannot be stated)";
        } else if (host != null && !PORT_NUMBER.matcher(host).matches()
                && !(Interpolated.isOnlyReference(host) && host.indexOf("${", 1) < 0)) {
            why = "the host port '" + host + "' is neither a number nor one ${VARIABLE} (without a nested one)";
        } else if (protocol != null && !PROTOCOL.matcher(protocol).matches()) {
            why = "the descriptor's ports are tcp or udp";
        }
        if (why != null) {
            notes.notCarried(item, where, "port '" + text + "': " + why);
            return null;
        }
        return text;
    }

    private String longPort(MappingNode mapping, String where) {
        Map<String, NodeTuple> entries = entries(mapping);
        String target = entries.containsKey("target") ? text(entries.get("target").getValueNode()) : null;
        String published = entries.containsKey("published") ? text(entries.get("published").getValueNode()) : null;
        String protocol = entries.containsKey("protocol") ? text(entries.get("protocol").getValueNode()) : null;
        for (String key : entries.keySet()) {
            if (!Set.of("target", "published", "protocol", "mode", "name", "app_protocol").contains(key)) {
                notes.notCarried(entries.get(key).getKeyNode(), where + "." + key, "the descriptor's ports are"
                        + " HOST:CONTAINER/PROTOCOL only");
                return null;
            }
        }
        if (target == null) {
            notes.notCarried(mapping, where, "a port without a target");
            return null;
        }
        String shortForm = (published == null ? "" : published + ":") + target
                + (protocol == null || protocol.equals("tcp") ? "" : "/" + protocol);
        ScalarNode synthetic = new ScalarNode(org.yaml.snakeyaml.nodes.Tag.STR, shortForm, mapping.getStartMark(),
                mapping.getEndMark(), org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
        return shortPort(synthetic, where);
    }

    private void volumes(Node value, String where) {
        if (!(value instanceof SequenceNode sequence)) {
            notes.notCarried(value, where, "expected a list, found a " + kind(value));
            return;
        }
        List<String> out = new ArrayList<>();
        List<String> tmpfs = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String volume = item instanceof MappingNode mapping ? longVolume(mapping, where, tmpfs)
                    : shortVolume(item, where);
            if (volume != null) {
                out.add(volume);
            }
        }
        if (!out.isEmpty()) {
            fields.put("volumes", out);
        }
        if (!tmpfs.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<String> existing = (List<String>) fields.get("tmpfs");
            List<String> all = new ArrayList<>(existing == null ? List.of() : existing);
            all.addAll(tmpfs);
            fields.put("tmpfs", all);
        }
    }

    private String shortVolume(Node item, String where) {
        String text = text(item);
        if (text == null) {
            notes.notCarried(item, where, "expected a volume, found a " + kind(item));
            return null;
        }
        List<String> parts = Interpolated.split(text, ':');
        if (parts.size() == 1) {
            notes.notCarried(item, where, "anonymous volume '" + text + "': the descriptor's volumes name their"
                    + " source (NAME:/path or ./host/path:/path)");
            return null;
        }
        if (parts.size() > 3) {
            notes.notCarried(item, where, "volume '" + text + "' has more parts than SOURCE:TARGET:MODE");
            return null;
        }
        return volume(parts.get(0), parts.get(1), parts.size() == 3 ? parts.get(2) : "", item, where, text);
    }

    /** {@code source:target[:ro]}, the source rebased when it is a relative path; other modes become notes. */
    private String volume(String source, String target, String modes, Node at, String where, String written) {
        if (!target.startsWith("/") || source.isEmpty()) {
            notes.notCarried(at, where, "volume '" + written + "': the descriptor's volumes are SOURCE:/absolute/path");
            return null;
        }
        boolean readOnly = false;
        List<String> dropped = new ArrayList<>();
        for (String mode : modes.isEmpty() ? new String[0] : modes.split(",")) {
            if (mode.equals("ro")) {
                readOnly = true;
            } else if (!mode.equals("rw")) {
                dropped.add(mode);
            }
        }
        if (!dropped.isEmpty()) {
            notes.notCarried(at, where, "volume '" + written + "': mount option(s) " + String.join(",", dropped)
                    + " (the descriptor states read-only only)");
        }
        String rebased = isPath(source) ? stack.rebase(source) : source;
        return rebased + ":" + target + (readOnly ? ":ro" : "");
    }

    private String longVolume(MappingNode mapping, String where, List<String> tmpfs) {
        Map<String, NodeTuple> entries = entries(mapping);
        String type = entries.containsKey("type") ? text(entries.get("type").getValueNode()) : "volume";
        String source = entries.containsKey("source") ? text(entries.get("source").getValueNode()) : null;
        String target = entries.containsKey("target") ? text(entries.get("target").getValueNode()) : null;
        String readOnly = entries.containsKey("read_only") ? text(entries.get("read_only").getValueNode()) : null;
        for (String key : entries.keySet()) {
            if (!Set.of("type", "source", "target", "read_only").contains(key)) {
                notes.notCarried(entries.get(key).getKeyNode(), where + "." + key, "the descriptor's volumes are"
                        + " SOURCE:TARGET[:ro] only");
            }
        }
        if (target == null) {
            notes.notCarried(mapping, where, "a volume without a target");
            return null;
        }
        if ("tmpfs".equals(type)) {
            tmpfs.add(target);
            return null;
        }
        if (!"volume".equals(type) && !"bind".equals(type)) {
            notes.notCarried(mapping, where, "volume type '" + type + "' (the descriptor has volume, bind, tmpfs)");
            return null;
        }
        if (source == null) {
            notes.notCarried(mapping, where, "anonymous volume at " + target + ": the descriptor's volumes name"
                    + " their source");
            return null;
        }
        String modes = "true".equalsIgnoreCase(readOnly) ? "ro" : "";
        return volume(source, target, modes, mapping, where, type + " " + source + " -> " + target);
    }

    private static boolean isPath(String source) {
        return source.startsWith(".") || source.startsWith("/") || source.startsWith("~") || source.contains("/");
    }

    private void networks(Node value, String where) {
        List<String> out = new ArrayList<>();
        Set<String> aliases = new LinkedHashSet<>();
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String text = text(item);
                if (text != null) {
                    out.add(stack.networkName(text));
                }
            }
        } else if (value instanceof MappingNode mapping) {
            for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
                out.add(stack.networkName(entry.getKey()));
                Node settings = entry.getValue().getValueNode();
                if (!(settings instanceof MappingNode attached)) {
                    continue;
                }
                for (Map.Entry<String, NodeTuple> setting : entries(attached).entrySet()) {
                    Node node = setting.getValue().getValueNode();
                    if (setting.getKey().equals("aliases") && node instanceof SequenceNode list) {
                        list.getValue().stream().map(ComposeYaml::text).filter(a -> a != null).forEach(aliases::add);
                    } else {
                        notes.notCarried(setting.getValue().getKeyNode(), where + "." + entry.getKey() + "."
                                + setting.getKey(), "the descriptor states network aliases only");
                    }
                }
            }
        }
        if (!aliases.isEmpty()) {
            fields.put("aliases", new ArrayList<>(aliases));
        }
        if (!out.isEmpty()) {
            fields.put("networks", out);
        }
    }

    private void dependsOn(Node value, String where) {
        List<Object> out = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String target = stack.dependency(text(item), item, where);
                if (target != null) {
                    out.add(dependency(target, "started"));
                }
            }
        } else if (value instanceof MappingNode mapping) {
            for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
                String target = stack.dependency(entry.getKey(), entry.getValue().getKeyNode(), where);
                if (target == null) {
                    continue;
                }
                String condition = "started";
                Node settings = entry.getValue().getValueNode();
                if (settings instanceof MappingNode options) {
                    for (Map.Entry<String, NodeTuple> option : entries(options).entrySet()) {
                        Node node = option.getValue().getValueNode();
                        String text = text(node);
                        if (option.getKey().equals("condition")) {
                            condition = switch (text == null ? "" : text) {
                                case "service_healthy" -> "healthy";
                                case "service_completed_successfully" -> "completed";
                                case "service_started" -> "started";
                                default -> {
                                    notes.notCarried(node, where + "." + entry.getKey() + ".condition", "unknown"
                                            + " condition '" + text + "'; written as started");
                                    yield "started";
                                }
                            };
                        } else if (!(option.getKey().equals("required") && "true".equals(text))
                                && !(option.getKey().equals("restart") && "false".equals(text))) {
                            notes.notCarried(option.getValue().getKeyNode(), where + "." + entry.getKey() + "."
                                    + option.getKey(), "the descriptor states the start condition only");
                        }
                    }
                }
                out.add(dependency(target, condition));
            }
        }
        if (!out.isEmpty()) {
            fields.put("dependsOn", out);
        }
    }

    /** A name where the descriptor's default condition is the one meant, else {@code {service, condition}}. */
    private Object dependency(String target, String condition) {
        String byDefault = stack.isJob(target) ? "completed" : stack.hasHealthcheck(target) ? "healthy" : "started";
        if (condition.equals(byDefault)) {
            return stack.serviceName(target);
        }
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("service", stack.serviceName(target));
        edge.put("condition", condition);
        return edge;
    }

    private void healthcheck(Node value, String where) {
        if (!(value instanceof MappingNode mapping)) {
            notes.notCarried(value, where, "expected a mapping, found a " + kind(value));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
            Node node = entry.getValue().getValueNode();
            String key = entry.getKey();
            String at = where + "." + key;
            switch (key) {
                case "test" -> {
                    if (node instanceof SequenceNode sequence) {
                        List<String> test = sequence.getValue().stream().map(ComposeYaml::text).toList();
                        if (test.size() == 1 && "NONE".equals(test.get(0))) {
                            out.put("disable", true);
                        } else {
                            out.put("test", new ArrayList<>(test));
                        }
                    } else if (text(node) != null) {
                        out.put("test", text(node));
                    }
                }
                case "interval", "timeout", "start_period" -> {
                    String duration = text(node) == null ? null : ComposeValues.duration(text(node));
                    if (duration == null) {
                        notes.notCarried(node, at, "'" + text(node) + "' is not a whole number of seconds");
                    } else {
                        out.put(key.equals("start_period") ? "startPeriod" : key, duration);
                    }
                }
                case "retries" -> {
                    String text = text(node);
                    if (text != null && text.matches("\\d+")) {
                        out.put("retries", Integer.parseInt(text));
                    } else {
                        notes.notCarried(node, at, "retries must be a whole number");
                    }
                }
                case "disable" -> {
                    if ("true".equals(text(node))) {
                        out.put("disable", true);
                    }
                }
                default -> notes.notCarried(entry.getValue().getKeyNode(), at, "the descriptor's healthcheck has"
                        + " test, interval, timeout, retries, startPeriod and disable");
            }
        }
        if (Boolean.TRUE.equals(out.get("disable"))) {
            out.keySet().retainAll(Set.of("disable"));
        }
        if (!out.isEmpty()) {
            fields.put("healthcheck", out);
        }
    }

    private void secrets(Node value, String where) {
        if (!(value instanceof SequenceNode sequence)) {
            return;
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String secret = text(item);
            if (item instanceof MappingNode mapping) {
                Map<String, NodeTuple> entries = entries(mapping);
                secret = entries.containsKey("source") ? text(entries.get("source").getValueNode()) : null;
                for (String key : entries.keySet()) {
                    if (!key.equals("source")) {
                        notes.notCarried(entries.get(key).getKeyNode(), where + "." + key, "the descriptor mounts"
                                + " a secret under /run/secrets/NAME only");
                    }
                }
            }
            if (secret != null && !SECRET_NAME.matcher(secret).matches()) {
                notes.notCarried(item, where, "secret '" + secret + "': the descriptor's secret names are variable"
                        + " names (letters, digits, '_'), and renaming it would move its file under /run/secrets");
            } else if (secret != null) {
                out.add(secret);
                stack.secretUsed(secret, item, where);
            }
        }
        if (!out.isEmpty()) {
            fields.put("secrets", out);
        }
    }

    private void deploy(Node value, String where) {
        if (!(value instanceof MappingNode mapping)) {
            return;
        }
        for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
            Node node = entry.getValue().getValueNode();
            String at = where + "." + entry.getKey();
            if (entry.getKey().equals("replicas")) {
                replicas(node, at);
            } else if (entry.getKey().equals("resources") && node instanceof MappingNode resources) {
                for (Map.Entry<String, NodeTuple> kind : entries(resources).entrySet()) {
                    Node amounts = kind.getValue().getValueNode();
                    String target = switch (kind.getKey()) {
                        case "reservations" -> "requests";
                        case "limits" -> "limits";
                        default -> null;
                    };
                    if (target == null || !(amounts instanceof MappingNode values)) {
                        notes.notCarried(kind.getValue().getKeyNode(), at + "." + kind.getKey(), "the descriptor"
                                + " states reservations and limits of cpus and memory");
                        continue;
                    }
                    for (Map.Entry<String, NodeTuple> amount : entries(values).entrySet()) {
                        Node amountNode = amount.getValue().getValueNode();
                        String amountAt = at + "." + kind.getKey() + "." + amount.getKey();
                        switch (amount.getKey()) {
                            case "cpus" -> cpus(amountNode, amountAt, target);
                            case "memory" -> memory(amountNode, amountAt, target);
                            default -> notes.notCarried(amount.getValue().getKeyNode(), amountAt, "the descriptor"
                                    + " has no field for " + amount.getKey() + " (GPUs: state vram and the host's gpu"
                                    + " kind by hand; the import invents no numbers)");
                        }
                    }
                }
            } else {
                notes.notCarried(entry.getValue().getKeyNode(), at, "the descriptor states replicas and resources"
                        + " of deploy only");
            }
        }
    }

    private void cpus(Node value, String where, String target) {
        String text = text(value);
        BigDecimal cpus = text == null ? null : ComposeValues.cpus(text);
        if (cpus == null) {
            notes.notCarried(value, where, "'" + text + "' is not a number of CPUs");
            return;
        }
        resources(target).put("cpu", cpus.scale() <= 0 ? (Object) cpus.longValueExact() : (Object) cpus.doubleValue());
    }

    private void memory(Node value, String where, String target) {
        String text = text(value);
        String size = text == null ? null : ComposeValues.size(text);
        if (size == null) {
            notes.notCarried(value, where, "'" + text + "' is not a size the descriptor can state exactly");
            return;
        }
        resources(target).put("memory", size);
    }

    /** The descriptor's {@code resources} (the requests placement uses) or its {@code limits}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> resources(String target) {
        Map<String, Object> resources = (Map<String, Object>) fields.computeIfAbsent("resources",
                k -> new LinkedHashMap<>());
        if (target.equals("requests")) {
            return resources;
        }
        return (Map<String, Object>) resources.computeIfAbsent("limits", k -> new LinkedHashMap<>());
    }

    private void replicas(Node value, String where) {
        String text = text(value);
        if (text != null && text.matches("\\d+")) {
            fields.put("replicas", Integer.parseInt(text));
        } else {
            notes.notCarried(value, where, "replicas must be a whole number");
        }
    }
}
