package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The field names the binder accepts and the JSON Schema that editors check against are written twice; this keeps
 * them from drifting. Every field set of the loader (each {@code static final Set<String>} of its classes) must be
 * exactly the properties of a closed object of the schema ({@code additionalProperties: false}), and every closed
 * object of the schema exactly one of the loader's field sets. A field added on one side only fails here, with the
 * nearest counterpart named.
 */
class FieldSetsAgreeWithSchemaTest {

    private static final String SCHEMA = "/dev/infraarchitect/schema/infra-descriptor.schema.json";

    @Test
    void everyFieldSetOfTheLoaderIsAClosedObjectOfTheSchema() throws Exception {
        Map<String, Set<String>> loader = loaderFieldSets();
        Map<String, Set<String>> schema = closedObjects(schema());
        assertThat(loader).as("field sets found in the loader").hasSizeGreaterThanOrEqualTo(10);

        List<String> problems = new ArrayList<>();
        loader.forEach((name, fields) -> {
            if (!schema.containsValue(fields)) {
                problems.add("loader " + name + " " + fields + " is no object of the schema; nearest: "
                        + nearest(fields, schema));
            }
        });
        schema.forEach((pointer, fields) -> {
            if (!loader.containsValue(fields)) {
                problems.add("schema " + pointer + " " + fields + " is no field set of the loader; nearest: "
                        + nearest(fields, loader));
            }
        });
        assertThat(problems).isEmpty();
    }

    /** Every {@code static final Set<String>} of the classes of the loader's package, by class and field name. */
    private static Map<String, Set<String>> loaderFieldSets() throws Exception {
        Map<String, Set<String>> sets = new TreeMap<>();
        for (Class<?> type : loaderClasses()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == Set.class
                        && field.getGenericType() instanceof ParameterizedType generic
                        && generic.getActualTypeArguments()[0] == String.class) {
                    field.setAccessible(true);
                    @SuppressWarnings("unchecked")
                    Set<String> fields = (Set<String>) field.get(null);
                    sets.put(type.getSimpleName() + "." + field.getName(), new TreeSet<>(fields));
                }
            }
        }
        return sets;
    }

    /** The classes compiled into the loader's package, found next to {@link DescriptorBinder}'s class file. */
    private static List<Class<?>> loaderClasses() throws Exception {
        Path folder = Path.of(DescriptorBinder.class.getResource("DescriptorBinder.class").toURI()).getParent();
        String prefix = DescriptorBinder.class.getPackageName() + ".";
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class")) {
                    classes.add(Class.forName(prefix + name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        return classes;
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = FieldSetsAgreeWithSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as(SCHEMA).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** The property names of every object with {@code additionalProperties: false}, by JSON pointer. */
    private static Map<String, Set<String>> closedObjects(JsonNode schema) {
        Map<String, Set<String>> objects = new TreeMap<>();
        collect(schema, "", objects);
        return objects;
    }

    private static void collect(JsonNode node, String pointer, Map<String, Set<String>> objects) {
        if (node.isObject()) {
            JsonNode additional = node.get("additionalProperties");
            if (node.has("properties") && additional != null && additional.isBoolean() && !additional.asBoolean()) {
                Set<String> names = new TreeSet<>();
                node.get("properties").fieldNames().forEachRemaining(names::add);
                objects.put(pointer.isEmpty() ? "/" : pointer, names);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                collect(child.getValue(), pointer + "/" + child.getKey(), objects);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, objects);
            }
        }
    }

    /** The candidate that differs from {@code fields} in the fewest names, and what differs. */
    private static String nearest(Set<String> fields, Map<String, Set<String>> candidates) {
        return candidates.entrySet().stream()
                .min(Comparator.comparingInt(candidate -> difference(fields, candidate.getValue()).size()))
                .map(candidate -> candidate.getKey() + ", differing in " + difference(fields, candidate.getValue()))
                .orElse("none");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> onlyOne = new TreeSet<>(a);
        onlyOne.addAll(b);
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        onlyOne.removeAll(both);
        return onlyOne;
    }
}
