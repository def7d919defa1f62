package dev.infraarchitect.importer;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A Compose file's services in one normal form, for comparing an original with the file generated from its import:
 * scalars as written (no YAML 1.1 typing, so {@code 3000:3000} stays text), paths resolved against the project
 * directory, short and long syntaxes and Compose's defaults folded into one shape per setting.
 */
final class ComposeServices {

    static final List<String> ATTRIBUTES = List.of("image", "build", "command", "entrypoint", "environment",
            "env_file", "depends_on", "healthcheck", "ports", "volumes", "networks", "restart", "user", "working_dir",
            "hostname", "container_name", "shm_size", "ulimits", "profiles", "cap_add", "cap_drop", "devices",
            "extra_hosts", "tmpfs");

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private ComposeServices() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> read(Path file, Path projectDirectory) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10_000);
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.MERGE, MERGE, "<");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, textOnly);
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = yaml.load(reader);
        }
        Map<String, Map<String, Object>> out = new TreeMap<>();
        Map<String, Object> services = (Map<String, Object>) root.get("services");
        services.forEach((name, value) -> out.put(name, service((Map<String, Object>) value, projectDirectory)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> service, Path base) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String attribute : ATTRIBUTES) {
            Object value = service.get(attribute);
            Object normal = switch (attribute) {
                case "build" -> value == null ? null : build(value, base);
                case "environment" -> value == null ? null : keyValues(value, true);
                case "env_file" -> value == null ? null : envFiles(value, base);
                case "depends_on" -> value == null ? null : dependsOn(value);
                case "healthcheck" -> value == null ? null : healthcheck((Map<String, Object>) value);
                case "ports" -> value == null ? null : ((List<Object>) value).stream().map(ComposeServices::port)
                        .toList();
                case "volumes" -> value == null ? null : ((List<Object>) value).stream()
                        .map(v -> volume(v, base)).toList();
                case "networks" -> value == null ? null : new TreeSet<>(value instanceof Map<?, ?> map
                        ? (java.util.Set<String>) map.keySet() : (List<String>) value);
                case "restart" -> value == null ? "no" : value;
                case "shm_size" -> value == null ? null : bytes(value.toString());
                case "ulimits" -> value == null ? null : ulimits((Map<String, Object>) value);
                case "extra_hosts" -> value == null ? null : value instanceof Map<?, ?> map
                        ? map.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).sorted().toList()
                        : ((List<String>) value).stream().sorted().toList();
                case "tmpfs", "profiles", "cap_add", "cap_drop", "devices" -> value instanceof String text
                        ? List.of(text) : value;
                default -> value;
            };
            if (normal != null) {
                out.put(attribute, normal);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object build(Object value, Path base) {
        Map<String, Object> out = new TreeMap<>();
        if (value instanceof String context) {
            out.put("context", path(context, base));
            return out;
        }
        Map<String, Object> build = (Map<String, Object>) value;
        out.put("context", path(String.valueOf(build.getOrDefault("context", ".")), base));
        if (build.get("dockerfile") != null) {
            out.put("dockerfile", build.get("dockerfile"));
        }
        if (build.get("target") != null) {
            out.put("target", build.get("target"));
        }
        if (build.get("args") != null) {
            out.put("args", keyValues(build.get("args"), false));
        }
        return out;
    }

    /** {@code KEY=VALUE} lists and mappings alike; a key without a value stands for {@code ${KEY}}. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> keyValues(Object value, boolean passThrough) {
        Map<String, String> out = new TreeMap<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                String text = String.valueOf(item);
                int equals = text.indexOf('=');
                out.put(equals < 0 ? text : text.substring(0, equals), equals < 0
                        ? (passThrough ? "${" + text + "}" : "") : text.substring(equals + 1));
            }
        } else {
            ((Map<String, Object>) value).forEach((k, v) -> out.put(k, v == null
                    ? (passThrough ? "${" + k + "}" : "") : String.valueOf(v)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object envFiles(Object value, Path base) {
        List<Object> items = value instanceof List<?> list ? (List<Object>) list : List.of(value);
        return items.stream().map(item -> item instanceof Map<?, ?> map ? String.valueOf(map.get("path"))
                : String.valueOf(item)).map(p -> path(p, base)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Object dependsOn(Object value) {
        Map<String, String> out = new TreeMap<>();
        if (value instanceof List<?> list) {
            list.forEach(name -> out.put(String.valueOf(name), "service_started"));
        } else {
            ((Map<String, Object>) value).forEach((name, options) -> out.put(name, options instanceof Map<?, ?> map
                    && map.get("condition") != null ? String.valueOf(map.get("condition")) : "service_started"));
        }
        return out;
    }

    private static Object healthcheck(Map<String, Object> check) {
        Map<String, Object> out = new TreeMap<>();
        Object test = check.get("test");
        if ("true".equals(String.valueOf(check.get("disable"))) || List.of("NONE").equals(test)) {
            out.put("disable", true);
            return out;
        }
        if (test instanceof String text) {
            out.put("test", List.of("CMD-SHELL", text));
        } else if (test != null) {
            out.put("test", test);
        }
        for (String timing : List.of("interval", "timeout", "start_period")) {
            if (check.get(timing) != null) {
                out.put(timing, seconds(String.valueOf(check.get(timing))));
            }
        }
        if (check.get("retries") != null) {
            out.put("retries", String.valueOf(check.get("retries")));
        }
        return out;
    }

    private static BigDecimal seconds(String duration) {
        var m = DURATION_PART.matcher(duration);
        BigDecimal total = BigDecimal.ZERO;
        while (m.find()) {
            BigDecimal unit = switch (m.group(2)) {
                case "ms" -> new BigDecimal("0.001");
                case "s" -> BigDecimal.ONE;
                case "m" -> BigDecimal.valueOf(60);
                case "h" -> BigDecimal.valueOf(3600);
                default -> BigDecimal.valueOf(86400);
            };
            total = total.add(new BigDecimal(m.group(1)).multiply(unit));
        }
        return total.stripTrailingZeros();
    }

    @SuppressWarnings("unchecked")
    private static String port(Object value) {
        if (value instanceof Map<?, ?> map) {
            Object published = map.get("published");
            Object protocol = map.get("protocol");
            return (published == null ? "" : published + ":") + map.get("target") + "/"
                    + (protocol == null ? "tcp" : protocol);
        }
        String text = String.valueOf(value);
        return text.matches(".*/(tcp|udp|sctp)$") ? text : text + "/tcp";
    }

    @SuppressWarnings("unchecked")
    private static String volume(Object value, Path base) {
        String source;
        String target;
        boolean readOnly;
        if (value instanceof Map<?, ?> map) {
            source = map.get("source") == null ? null : String.valueOf(map.get("source"));
            target = String.valueOf(map.get("target"));
            readOnly = "true".equals(String.valueOf(map.get("read_only")));
        } else {
            List<String> parts = Interpolated.split(String.valueOf(value), ':');
            if (parts.size() == 1) {
                return "anonymous " + parts.get(0);
            }
            source = parts.get(0);
            target = parts.get(1);
            readOnly = parts.size() == 3 && List.of(parts.get(2).split(",")).contains("ro");
        }
        boolean isPath = source != null && (source.startsWith(".") || source.startsWith("/") || source.contains("/"));
        return (isPath ? "bind " + path(source, base) : "volume " + source) + " -> " + target
                + (readOnly ? " (ro)" : "");
    }

    private static String path(String path, Path base) {
        if (path.startsWith("/") || path.startsWith("~") || path.startsWith("$") || path.contains("://")) {
            return path;
        }
        return base.resolve(path).normalize().toString();
    }

    private static Long bytes(String size) {
        String converted = size.matches("\\d+") ? size + "b" : size;
        var m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([bkmgt])i?b?", Pattern.CASE_INSENSITIVE).matcher(converted);
        if (!m.matches()) {
            return -1L;
        }
        int power = "bkmgt".indexOf(Character.toLowerCase(m.group(2).charAt(0)));
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Object ulimits(Map<String, Object> ulimits) {
        Map<String, String> out = new TreeMap<>();
        ulimits.forEach((name, value) -> out.put(name, value instanceof Map<?, ?> map
                ? map.get("soft") + "/" + map.get("hard") : value + "/" + value));
        return out;
    }
}
