package dev.infraarchitect.deploy;

import java.util.List;
import java.util.Map;

/** Reading parsed YAML and HCL trees, where one block is a map and repeated blocks are a list. */
final class Trees {

    private Trees() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static Map<String, Object> map(Map<String, Object> parent, String... keys) {
        Map<String, Object> current = parent;
        for (String key : keys) {
            current = map(current.get(key));
        }
        return current;
    }

    /** The blocks (or list items) under {@code key}: a list as it is, a single map as a list of one. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> blocks(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(Trees::map).toList();
        }
        return value instanceof Map<?, ?> ? List.of((Map<String, Object>) value) : List.of();
    }

    /** The items of a list value as text. */
    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    /** Whether a mount at {@code mount} holds {@code path}: the same folder or one above it. */
    static boolean covers(String mount, String path) {
        return path.equals(mount) || path.startsWith(mount.endsWith("/") ? mount : mount + "/");
    }
}
