package dev.infraarchitect.importer;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes the imported descriptor with SnakeYAML's emitter: block style, two-space indents, no line folding, and
 * quotes wherever a plain scalar would read as another type ({@code 'no'}, {@code '8080:80'}), so that the
 * descriptor loader reads back exactly the text imported.
 */
final class DescriptorYaml {

    private DescriptorYaml() {
    }

    /** {@code header} lines as comments, then {@code root}; maps keep their order, values are strings, numbers, booleans, lists and maps. */
    static String write(List<String> header, Map<String, Object> root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        Yaml yaml = new Yaml(new Representer(options), options);
        StringBuilder out = new StringBuilder();
        for (String line : header) {
            out.append(line.isEmpty() ? "#" : "# " + line.replace("\n", " ")).append('\n');
        }
        if (!header.isEmpty()) {
            out.append('\n');
        }
        out.append(yaml.dump(root));
        return out.toString();
    }
}
