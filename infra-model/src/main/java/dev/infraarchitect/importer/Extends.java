package dev.infraarchitect.importer;

import static dev.infraarchitect.importer.ComposeYaml.entries;
import static dev.infraarchitect.importer.ComposeYaml.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Applies {@code extends}: a service starts from another (of this file, or of the file named by {@code file}) and
 * overrides it, with Compose's merge rules: mappings merge key by key, the lists Compose merges are joined (the
 * service's own entries last, so that a later setting of one name wins), and everything else is replaced. An
 * {@code extends} that cannot be followed is a note, and the service keeps only what it states itself.
 */
final class Extends {

    private final Notes notes;
    private final Path folder;
    private final Map<String, MappingNode> services;
    private final Map<String, Map<String, MappingNode>> otherFiles = new HashMap<>();

    Extends(Notes notes, Path folder, Map<String, MappingNode> services) {
        this.notes = notes;
        this.folder = folder;
        this.services = services;
    }

    /** The service {@code name} with every {@code extends} of its chain applied. */
    MappingNode resolve(String name) {
        return resolve(name, services, new LinkedHashSet<>());
    }

    private MappingNode resolve(String name, Map<String, MappingNode> scope, Set<String> chain) {
        MappingNode own = scope.get(name);
        Map<String, NodeTuple> entries = entries(own);
        NodeTuple extendsEntry = entries.get("extends");
        if (extendsEntry == null) {
            return own;
        }
        String where = "services." + name + ".extends";
        Node value = extendsEntry.getValueNode();
        String base = text(value);
        String file = null;
        if (value instanceof MappingNode mapping) {
            Map<String, NodeTuple> settings = entries(mapping);
            base = settings.containsKey("service") ? text(settings.get("service").getValueNode()) : null;
            file = settings.containsKey("file") ? text(settings.get("file").getValueNode()) : null;
        }
        Map<String, MappingNode> baseScope = scope;
        if (file != null) {
            baseScope = otherFile(file, value, where);
            if (baseScope == null) {
                return own;
            }
            notes.add(value, where, "followed into " + file + "; relative paths of its service are read from this"
                    + " file's folder, not from " + file + "'s");
        }
        if (base == null || !baseScope.containsKey(base)) {
            notes.notCarried(value, where, "service '" + base + "' to extend is not found"
                    + (file == null ? "" : " in " + file));
            return own;
        }
        if (!chain.add((file == null ? "" : file + "#") + name)) {
            notes.notCarried(value, where, "extends forms a loop: " + String.join(" -> ", chain));
            return own;
        }
        MappingNode resolvedBase = resolve(base, baseScope, chain);
        return merge(resolvedBase, own);
    }

    private Map<String, MappingNode> otherFile(String file, Node at, String where) {
        if (otherFiles.containsKey(file)) {
            return otherFiles.get(file);
        }
        Map<String, MappingNode> scope = null;
        try {
            ComposeYaml other = ComposeYaml.read(folder.resolve(file), file);
            NodeTuple servicesEntry = entries(other.root()).get("services");
            if (servicesEntry != null && servicesEntry.getValueNode() instanceof MappingNode mapping) {
                scope = new HashMap<>();
                for (Map.Entry<String, NodeTuple> entry : entries(mapping).entrySet()) {
                    if (entry.getValue().getValueNode() instanceof MappingNode service) {
                        scope.put(entry.getKey(), service);
                    }
                }
            } else {
                notes.notCarried(at, where, file + " has no services");
            }
        } catch (ComposeImportException e) {
            notes.notCarried(at, where, "cannot follow it: " + e.getMessage());
        }
        otherFiles.put(file, scope);
        return scope;
    }

    /** {@code base} overridden by {@code own}, as Compose merges an extended service. */
    static MappingNode merge(MappingNode base, MappingNode own) {
        Map<String, NodeTuple> ownEntries = entries(own);
        List<NodeTuple> merged = new ArrayList<>();
        for (Map.Entry<String, NodeTuple> entry : entries(base).entrySet()) {
            NodeTuple override = ownEntries.get(entry.getKey());
            if (override == null) {
                merged.add(entry.getValue());
            } else {
                merged.add(new NodeTuple(override.getKeyNode(),
                        mergeValue(entry.getKey(), entry.getValue().getValueNode(), override.getValueNode())));
            }
        }
        Set<String> baseKeys = entries(base).keySet();
        for (Map.Entry<String, NodeTuple> entry : ownEntries.entrySet()) {
            if (!baseKeys.contains(entry.getKey()) && !entry.getKey().equals("extends")) {
                merged.add(entry.getValue());
            }
        }
        merged.removeIf(tuple -> "extends".equals(text(tuple.getKeyNode())));
        return new MappingNode(own.getTag(), true, merged, own.getStartMark(), own.getEndMark(), own.getFlowStyle());
    }

    private static Node mergeValue(String key, Node base, Node own) {
        if (base instanceof MappingNode baseMap && own instanceof MappingNode ownMap) {
            return merge(baseMap, ownMap);
        }
        if (base instanceof SequenceNode baseList && own instanceof SequenceNode ownList
                && StackContext.MERGED_LISTS.contains(key)) {
            List<Node> joined = new ArrayList<>(baseList.getValue());
            joined.addAll(ownList.getValue());
            return new SequenceNode(own.getTag(), true, joined, own.getStartMark(), own.getEndMark(),
                    ownList.getFlowStyle());
        }
        return own;
    }
}
