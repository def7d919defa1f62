package dev.infraarchitect.importer;

import static dev.infraarchitect.importer.ComposeYaml.entries;
import static dev.infraarchitect.importer.ComposeYaml.isNull;
import static dev.infraarchitect.importer.ComposeYaml.text;

import dev.infraarchitect.model.Credentials;
import dev.infraarchitect.model.Interpolation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Turns an existing Compose file into a descriptor: services with everything the descriptor can state, the networks
 * and named volumes they use, the project name (so existing volumes keep their names), and every {@code ${VAR}}
 * the text references declared under {@code variables} (defaults from {@code .env}, none for secrets). Nothing is
 * invented: resources the file does not state stay absent. What cannot be carried is returned as notes.
 */
public final class ComposeImporter {

    private static final Set<String> DEFAULT_NETWORK_DRIVERS = Set.of("bridge");
    private static final java.util.regex.Pattern PROJECT_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private ComposeImporter() {
    }

    public static ImportResult importCompose(ImportRequest request) throws ComposeImportException {
        Path composeFile = request.compose().toAbsolutePath().normalize();
        String file = request.displayName();
        ComposeYaml compose = ComposeYaml.read(composeFile, file);
        Map<String, String> dotEnv;
        Path envFile = request.envFileOrDefault();
        try {
            dotEnv = DotEnv.read(envFile);
        } catch (IOException e) {
            throw new ComposeImportException("cannot read " + envFile.getFileName() + ": " + e.getMessage(), e);
        }
        Notes notes = new Notes(file);
        Map<String, NodeTuple> top = entries(compose.root());
        NodeTuple servicesEntry = top.get("services");
        if (servicesEntry == null || !(servicesEntry.getValueNode() instanceof MappingNode servicesNode)
                || servicesNode.getValue().isEmpty()) {
            Node at = servicesEntry == null ? compose.root() : servicesEntry.getValueNode();
            throw new ComposeImportException(ComposeYaml.at(file, at) + ": a Compose file needs a 'services' mapping"
                    + " with at least one service");
        }
        Map<String, MappingNode> declared = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, NodeTuple> entry : entries(servicesNode).entrySet()) {
            Node value = entry.getValue().getValueNode();
            if (!(value instanceof MappingNode service)) {
                throw new ComposeImportException(ComposeYaml.at(file, value) + ": service '" + entry.getKey()
                        + "' must be a mapping of settings, not a " + ComposeYaml.kind(value));
            }
            declared.put(entry.getKey(), service);
            String name = Names.descriptorName(entry.getKey());
            while (!taken.add(name)) {
                name = name + "-x";
            }
            names.put(entry.getKey(), name);
            if (!name.equals(entry.getKey())) {
                notes.add(entry.getValue().getKeyNode(), "services." + entry.getKey(), "named " + name + " in the"
                        + " descriptor (names are lower case letters, digits and '-'); other services still reach it"
                        + " as " + entry.getKey() + " through a network alias");
            }
        }
        Extends extendsResolver = new Extends(notes, composeFile.getParent(), declared);
        Map<String, MappingNode> services = new LinkedHashMap<>();
        declared.keySet().forEach(name -> services.put(name, extendsResolver.resolve(name)));

        Path descriptorFolder = request.descriptor().toAbsolutePath().normalize().getParent();
        StackContext stack = new StackContext(notes, composeFile.getParent(), descriptorFolder, dotEnv, names,
                withHealthcheck(services), jobs(services));

        Map<String, Object> descriptorServices = new LinkedHashMap<>();
        for (Map.Entry<String, MappingNode> service : services.entrySet()) {
            Map<String, Object> fields = ServiceImport.map(stack, service.getKey(), service.getValue());
            String name = names.get(service.getKey());
            if (!name.equals(service.getKey())) {
                @SuppressWarnings("unchecked")
                List<String> aliases = (List<String>) fields.computeIfAbsent("aliases", k -> new ArrayList<>());
                aliases.add(0, service.getKey());
            }
            descriptorServices.put(name, fields);
        }

        Map<String, Object> root = new LinkedHashMap<>();
        String projectName = projectName(top, composeFile, notes);
        root.put("project", Names.descriptorName(projectName));
        root.put("description", "Imported from " + composeFile.getFileName() + " by infra:import.");
        Map<String, Object> composeSection = new LinkedHashMap<>();
        composeSection.put("projectName", projectName);
        root.put("compose", composeSection);
        Map<String, Object> networks = networks(top.get("networks"), descriptorServices, notes);
        Map<String, Object> volumes = volumes(top.get("volumes"), notes);
        secrets(top.get("secrets"), stack, notes);
        for (Map.Entry<String, NodeTuple> entry : top.entrySet()) {
            String key = entry.getKey();
            if (!Set.of("services", "networks", "volumes", "secrets", "name", "version").contains(key)
                    && !key.startsWith("x-")) {
                notes.notCarried(entry.getValue().getKeyNode(), key, "the descriptor has no section for Compose's '"
                        + key + "'");
            }
        }
        SortedMap<String, Object> variables = variables(descriptorServices, stack);
        if (!variables.isEmpty()) {
            root.put("variables", variables);
        }
        if (!networks.isEmpty()) {
            root.put("networks", networks);
        }
        if (!volumes.isEmpty()) {
            root.put("volumes", volumes);
        }
        root.put("services", descriptorServices);

        List<ImportNote> sorted = notes.sorted();
        List<String> header = new ArrayList<>();
        header.add("Imported from " + composeFile.getFileName() + " by infra:import. Resources (cpu, memory, vram)");
        header.add("are stated only where the Compose file states them; add them for placement and budgets.");
        header.add("Relative paths point from this file's folder, which is the generated Compose files' project");
        header.add("directory: Compose reads .env from here.");
        if (!sorted.isEmpty()) {
            header.add("");
            header.add("Not carried as written (" + sorted.size() + "):");
            sorted.forEach(note -> header.add("  " + note.line() + ":" + note.column() + ": " + note.path() + ": "
                    + note.message()));
        }
        return new ImportResult(DescriptorYaml.write(header, root), descriptorServices.size(), variables.size(),
                sorted);
    }

    /** Compose's {@code name:}, else the name Compose derives from the file's folder. */
    private static String projectName(Map<String, NodeTuple> top, Path composeFile, Notes notes) {
        NodeTuple name = top.get("name");
        String written = name == null ? null : text(name.getValueNode());
        if (written != null && PROJECT_NAME.matcher(written).matches()) {
            return written;
        }
        Path folder = composeFile.getParent();
        String derived = Names.composeProjectName(folder == null || folder.getFileName() == null ? "project"
                : folder.getFileName().toString());
        derived = derived.isEmpty() ? "project" : derived;
        if (written != null) {
            notes.notCarried(name.getValueNode(), "name", "'" + written + "' is not a literal Compose project name;"
                    + " the folder's name, " + derived + ", is written instead");
        }
        return derived;
    }

    /** Services whose healthcheck is stated and not disabled: the descriptor's default condition on them is healthy. */
    private static Set<String> withHealthcheck(Map<String, MappingNode> services) {
        Set<String> out = new HashSet<>();
        services.forEach((name, service) -> {
            NodeTuple check = entries(service).get("healthcheck");
            if (check != null && check.getValueNode() instanceof MappingNode mapping) {
                Map<String, NodeTuple> settings = entries(mapping);
                boolean disabled = settings.containsKey("disable")
                        && "true".equals(text(settings.get("disable").getValueNode()));
                Node test = settings.containsKey("test") ? settings.get("test").getValueNode() : null;
                boolean none = test instanceof org.yaml.snakeyaml.nodes.SequenceNode list && list.getValue().size() == 1
                        && "NONE".equals(text(list.getValue().get(0)));
                if (!disabled && !none && test != null) {
                    out.add(name);
                }
            }
        });
        return out;
    }

    /** Services another waits for with {@code service_completed_successfully}: one-shot jobs. */
    private static Set<String> jobs(Map<String, MappingNode> services) {
        Set<String> out = new HashSet<>();
        for (MappingNode service : services.values()) {
            NodeTuple dependsOn = entries(service).get("depends_on");
            if (dependsOn != null && dependsOn.getValueNode() instanceof MappingNode mapping) {
                entries(mapping).forEach((target, tuple) -> {
                    if (tuple.getValueNode() instanceof MappingNode options) {
                        NodeTuple condition = entries(options).get("condition");
                        if (condition != null && "service_completed_successfully".equals(
                                text(condition.getValueNode()))) {
                            out.add(target);
                        }
                    }
                });
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> networks(NodeTuple section, Map<String, Object> services, Notes notes) {
        SortedMap<String, Object> out = new TreeMap<>();
        for (Object service : services.values()) {
            Object used = ((Map<String, Object>) service).get("networks");
            if (used != null) {
                ((List<String>) used).forEach(name -> out.put(name, new LinkedHashMap<>()));
            }
        }
        if (section == null || !(section.getValueNode() instanceof MappingNode mapping)) {
            return new LinkedHashMap<>(out);
        }
        for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
            String name = Names.descriptorName(entry.getKey());
            Map<String, Object> settings = new LinkedHashMap<>();
            Node value = entry.getValue().getValueNode();
            String where = "networks." + entry.getKey();
            if (!name.equals(entry.getKey())) {
                notes.add(entry.getValue().getKeyNode(), where, "named " + name + " in the descriptor");
            }
            if (value instanceof MappingNode network) {
                for (Map.Entry<String, NodeTuple> setting : entries(network).entrySet()) {
                    Node node = setting.getValue().getValueNode();
                    String key = setting.getKey();
                    if (key.equals("internal")) {
                        if ("true".equals(text(node))) {
                            settings.put("internal", true);
                        }
                    } else if (key.equals("driver") && DEFAULT_NETWORK_DRIVERS.contains(text(node))) {
                        continue; // Compose's default driver
                    } else {
                        notes.notCarried(setting.getValue().getKeyNode(), where + "." + key, "the descriptor's"
                                + " networks state internal only"
                                + (key.equals("name") ? "; Compose names the network <project>_" + entry.getKey() : ""));
                    }
                }
            }
            if (out.containsKey(name)) {
                out.put(name, settings);
            } else {
                notes.notCarried(entry.getValue().getKeyNode(), where, "no service uses this network");
            }
        }
        return new LinkedHashMap<>(out);
    }

    /** External and renamed named volumes; plain ones need no declaration in the descriptor. */
    private static Map<String, Object> volumes(NodeTuple section, Notes notes) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (section == null || !(section.getValueNode() instanceof MappingNode mapping)) {
            return out;
        }
        for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
            Node value = entry.getValue().getValueNode();
            if (isNull(value) || !(value instanceof MappingNode volume)) {
                continue;
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            String where = "volumes." + entry.getKey();
            for (Map.Entry<String, NodeTuple> setting : entries(volume).entrySet()) {
                Node node = setting.getValue().getValueNode();
                switch (setting.getKey()) {
                    case "external" -> {
                        if ("true".equals(text(node))) {
                            settings.put("external", true);
                        }
                    }
                    case "name" -> settings.put("name", text(node));
                    case "driver" -> {
                        if (!"local".equals(text(node))) {
                            notes.notCarried(node, where + ".driver", "the descriptor's volumes use the local driver");
                        }
                    }
                    default -> notes.notCarried(setting.getValue().getKeyNode(), where + "." + setting.getKey(),
                            "the descriptor's volumes state external and name only");
                }
            }
            if (!settings.isEmpty()) {
                out.put(entry.getKey(), settings);
            }
        }
        return out;
    }

    /** Where each secret's value comes from: the descriptor's secrets come from an environment variable of their name. */
    private static void secrets(NodeTuple section, StackContext stack, Notes notes) {
        Map<String, NodeTuple> declared = section != null && section.getValueNode() instanceof MappingNode mapping
                ? entries(mapping) : Map.of();
        for (Map.Entry<String, Node> used : stack.secretsUsed().entrySet()) {
            NodeTuple declaration = declared.get(used.getKey());
            String source = null;
            Node at = used.getValue();
            if (declaration != null && declaration.getValueNode() instanceof MappingNode settings) {
                Map<String, NodeTuple> entries = entries(settings);
                at = declaration.getKeyNode();
                if (entries.containsKey("environment")) {
                    String variable = text(entries.get("environment").getValueNode());
                    if (used.getKey().equals(variable)) {
                        continue;
                    }
                    source = "the environment variable " + variable;
                } else if (entries.containsKey("file")) {
                    source = "the file " + text(entries.get("file").getValueNode());
                } else if (entries.containsKey("external")) {
                    source = "an external secret";
                }
            }
            notes.add(at, "secrets." + used.getKey(), "the value comes from " + (source == null ? "nowhere stated"
                    : source) + "; the generated Compose file reads it from the environment variable "
                    + used.getKey() + " instead (mounted at /run/secrets/" + used.getKey() + " as before)");
        }
    }

    /**
     * Every variable the imported text references, declared once: its {@code .env} value as default unless it looks
     * like a credential (then {@code secret: true} and no value), {@code required} where a reference demands it.
     */
    private static SortedMap<String, Object> variables(Map<String, Object> services, StackContext stack) {
        SortedMap<String, Boolean> required = new TreeMap<>();
        collect(services.values(), required);
        SortedMap<String, Object> out = new TreeMap<>();
        required.forEach((name, isRequired) -> {
            Map<String, Object> variable = new LinkedHashMap<>();
            String value = stack.dotEnv(name);
            boolean secret = stack.isSecretVariable(name) || Credentials.looksLikeCredential(name, value);
            if (secret) {
                variable.put("secret", true);
            } else if (value != null) {
                variable.put("default", value);
            }
            if (isRequired) {
                variable.put("required", true);
            }
            out.put(name, variable);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object value, SortedMap<String, Boolean> required) {
        if (value instanceof String text) {
            for (Interpolation.Reference reference : Interpolated.references(text)) {
                boolean demands = reference.operator().equals(":?") || reference.operator().equals("?");
                required.merge(reference.name(), demands, Boolean::logicalOr);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, required));
        } else if (value instanceof Collection<?> list) {
            list.forEach(item -> collect(item, required));
        }
    }
}
