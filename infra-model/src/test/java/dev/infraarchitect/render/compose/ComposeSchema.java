package dev.infraarchitect.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.infraarchitect.render.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/** The official Compose JSON schema from {@code shared/conformance}, found by walking up from the working directory. */
final class ComposeSchema {

    static final String FILE = "compose-spec-2020-12.json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ComposeSchema() {
    }

    /** The schema, or a skipped test saying the conformance folder is absent. */
    static JsonSchema load() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("shared/conformance").resolve(FILE))) {
            dir = dir.getParent();
        }
        Assumptions.assumeTrue(dir != null, "shared/conformance/" + FILE
                + " not found above the working directory; skipping Compose schema validation");
        Path schema = dir.resolve("shared/conformance").resolve(FILE);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema.toUri());
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertValid(JsonSchema schema, GeneratedFile file) {
        Set<ValidationMessage> messages = schema.validate(parse(file.text()));
        assertThat(messages).as("schema violations in %s:%n%s", file.path(), file.text()).isEmpty();
    }
}
