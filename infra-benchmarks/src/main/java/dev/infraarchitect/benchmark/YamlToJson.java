package dev.infraarchitect.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Writes a YAML descriptor as JSON, the format the plugin supports beyond 10,000 services, so that the build
 * targets measure large systems the way they are meant to be described.
 */
public final class YamlToJson {

    private YamlToJson() {
    }

    /** {@code args[0]}: the YAML file; {@code args[1]}: the JSON file to write. */
    public static void main(String[] args) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE); // SnakeYAML's default stops at 3 MiB
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
        JsonNode tree = yaml.readTree(new File(args[0]));
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(new File(args[1]), tree);
    }
}
