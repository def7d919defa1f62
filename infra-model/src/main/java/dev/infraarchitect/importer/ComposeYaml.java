package dev.infraarchitect.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a Compose file into SnakeYAML's node tree, which keeps every value's line and column. Anchors and aliases
 * are resolved by the composer (an alias is the anchored node itself), and merge keys ({@code <<}) are folded into
 * their mappings here, by SnakeYAML's own merge, before anything looks at the tree.
 */
final class ComposeYaml {

    /** Real stacks alias a shared block per service; a few thousand is generous and still stops a billion laughs. */
    private static final int MAX_ALIASES = 5_000;
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private final String file;
    private final MappingNode root;

    private ComposeYaml(String file, MappingNode root) {
        this.file = file;
        this.root = root;
    }

    String file() {
        return file;
    }

    MappingNode root() {
        return root;
    }

    /** Reads and composes {@code path}; {@code file} names it in messages. */
    static ComposeYaml read(Path path, String file) throws ComposeImportException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        Node node;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            node = new Yaml(options).compose(reader);
        } catch (NoSuchFileException e) {
            throw new ComposeImportException("Compose file " + file + " not found");
        } catch (MarkedYAMLException e) {
            throw new ComposeImportException(located(file, e.getProblemMark(), "not valid YAML: " + e.getProblem()
                    + context(e)));
        } catch (YAMLException e) {
            throw new ComposeImportException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ComposeImportException("cannot read Compose file " + file + ": " + e.getMessage(), e);
        }
        if (node == null) {
            throw new ComposeImportException(file + ":1:1: the Compose file is empty; it needs a 'services' section");
        }
        if (!(node instanceof MappingNode mapping)) {
            throw new ComposeImportException(at(file, node) + ": a Compose file is a mapping with a 'services' section,"
                    + " not a " + kind(node));
        }
        try {
            new MergeKeys(options).flattenAll(mapping);
        } catch (MarkedYAMLException e) {
            throw new ComposeImportException(located(file, e.getProblemMark(), "not valid YAML: " + e.getProblem()));
        } catch (DuplicateKey e) {
            throw new ComposeImportException(at(file, e.key) + ": not valid YAML: found duplicate key "
                    + e.key.getValue() + "; Compose refuses it too");
        }
        return new ComposeYaml(file, mapping);
    }

    /** {@code file:line:column} of where {@code node} starts. */
    static String at(String file, Node node) {
        Mark mark = node.getStartMark();
        return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    /** SnakeYAML's context ("while parsing a block mapping") with where that began. */
    private static String context(MarkedYAMLException e) {
        if (e.getContext() == null) {
            return "";
        }
        Mark mark = e.getContextMark();
        return " (" + e.getContext() + (mark == null ? "" : " that starts at " + (mark.getLine() + 1) + ":"
                + (mark.getColumn() + 1)) + ")";
    }

    private static String located(String file, Mark mark, String problem) {
        return mark == null ? file + ": " + problem
                : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": " + problem;
    }

    /** The entries of a mapping by key text, in the order written; later duplicates were refused by the loader. */
    static Map<String, NodeTuple> entries(MappingNode mapping) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                out.put(key.getValue(), tuple);
            }
        }
        return out;
    }

    /** The text of a scalar as written, or {@code null} for a YAML null ({@code ~}, {@code null} or nothing). */
    static String text(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return null;
        }
        return isNull(scalar) ? null : scalar.getValue();
    }

    static boolean isNull(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return false;
        }
        if (scalar.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            return false;
        }
        String value = scalar.getValue();
        return value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                || value.equals("NULL");
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        if (node instanceof SequenceNode) {
            return "list";
        }
        return isNull(node) ? "null" : "scalar";
    }

    /** A key written twice in one mapping (merge keys aside), found before the merge hides it. */
    private static final class DuplicateKey extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient ScalarNode key;

        DuplicateKey(ScalarNode key) {
            super(null, null, false, false);
            this.key = key;
        }
    }

    private static void refuseDuplicates(MappingNode mapping) {
        Set<String> keys = new java.util.HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !key.getTag().equals(Tag.MERGE)
                    && !keys.add(key.getValue())) {
                throw new DuplicateKey(key);
            }
        }
    }

    /** SnakeYAML's own merge-key folding, applied to every mapping of the tree once. */
    private static final class MergeKeys extends SafeConstructor {

        MergeKeys(LoaderOptions options) {
            super(options);
        }

        void flattenAll(Node start) {
            Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
            pending.push(start);
            while (!pending.isEmpty()) {
                Node node = pending.pop();
                if (!seen.add(node)) {
                    continue;
                }
                if (node instanceof MappingNode mapping) {
                    refuseDuplicates(mapping);
                    flattenMapping(mapping);
                    for (NodeTuple tuple : mapping.getValue()) {
                        pending.push(tuple.getValueNode());
                    }
                } else if (node instanceof SequenceNode sequence) {
                    sequence.getValue().forEach(pending::push);
                }
            }
        }
    }
}
