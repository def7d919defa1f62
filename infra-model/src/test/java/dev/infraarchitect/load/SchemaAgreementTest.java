package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema and the loader must agree: what editors mark as valid loads, and what they mark as
 * invalid is rejected by the loader too. Invalid cases state in their first lines why both reject them:
 * {@code # schema: <text in a schema message>} and {@code # loader: <text in the loader's message>}.
 */
class SchemaAgreementTest {

    private static final String SCHEMA = "/dev/infraarchitect/schema/infra-descriptor.schema.json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema DESCRIPTOR_SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is not on the classpath");
            }
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema;
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(SCHEMA)) {
            schema = new ObjectMapper().readTree(in);
        }
        assertThat(meta.validate(schema)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void validDescriptorsPassTheSchemaAndLoad(String name, Path file) throws IOException {
        assertAccepted(file, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void invalidDescriptorsAreRejectedByBoth(String name, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String schemaReason = expectation(text, "# schema:");
        String loaderReason = expectation(text, "# loader:");

        Set<ValidationMessage> errors = DESCRIPTOR_SCHEMA.validate(YAML.readTree(text));
        assertThat(errors).as("schema errors for %s", name).isNotEmpty();
        assertThat(errors).map(ValidationMessage::getMessage).as("schema errors for %s", name)
                .anySatisfy(message -> assertThat(message).contains(schemaReason));

        assertThatThrownBy(() -> DescriptorLoader.parse(text, name)).as("loader on %s", name)
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining(loaderReason);
    }

    @Test
    void atLeastTenInvalidCases() {
        assertThat(invalidCases()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleDescriptors")
    void everyExampleDescriptorPassesTheSchemaAndLoads(String name, Path file) throws IOException {
        assertAccepted(file, name);
    }

    private static void assertAccepted(Path file, String name) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Set<ValidationMessage> errors = DESCRIPTOR_SCHEMA.validate(YAML.readTree(text));
        assertThat(errors).as("schema errors for %s", name).isEmpty();
        try {
            assertThat(DescriptorLoader.parse(text, name).services()).isNotEmpty();
        } catch (DescriptorException e) {
            fail("the loader rejects " + name + ":\n" + e.getMessage());
        }
    }

    private static String expectation(String text, String prefix) {
        return text.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> line.substring(prefix.length()).trim())
                .orElseThrow(() -> new AssertionError("an invalid case must start with a '" + prefix + "' line"));
    }

    static List<Object[]> validCases() {
        return cases("schema-agreement/valid");
    }

    static List<Object[]> invalidCases() {
        return cases("schema-agreement/invalid");
    }

    private static List<Object[]> cases(String folder) {
        URL url = SchemaAgreementTest.class.getClassLoader().getResource(folder);
        assertThat(url).as(folder + " on the test classpath").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(p -> new Object[] {p.getFileName().toString(), p}).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code src/examples/<name>/src/main/infra/infra.yaml}, found from the repository root. */
    static List<Object[]> exampleDescriptors() throws IOException {
        Path examples = repositoryRoot().resolve("src/examples");
        try (Stream<Path> dirs = Files.list(examples)) {
            List<Object[]> found = dirs.map(d -> d.resolve("src/main/infra/infra.yaml")).filter(Files::isRegularFile)
                    .sorted().map(p -> new Object[] {examples.relativize(p).toString(), p}).toList();
            assertThat(found).as("example descriptors under " + examples).isNotEmpty();
            return found;
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("src/examples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no src/examples above " + Path.of("").toAbsolutePath());
    }
}
