package dev.infraarchitect.load;

import dev.infraarchitect.model.Location;
import java.util.function.Function;

/**
 * Finds where a JSON pointer was written by walking the read tree: a map entry answers with its key's position, a
 * list item with its own. Keeping the tree instead of a pointer index costs nothing extra and stays linear in size.
 */
final class NodeLocator implements Function<String, Location> {

    private final Node root;

    NodeLocator(Node root) {
        this.root = root;
    }

    @Override
    public Location apply(String pointer) {
        if (pointer.isEmpty()) {
            return root.location();
        }
        Node node = root;
        Location location = root.location();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (node instanceof Node.MapNode map) {
                Node.Entry entry = map.entries().get(segment);
                if (entry == null) {
                    return null;
                }
                location = entry.keyLocation();
                node = entry.value();
            } else if (node instanceof Node.ListNode list && segment.matches("[0-9]{1,9}")
                    && Integer.parseInt(segment) < list.items().size()) {
                node = list.items().get(Integer.parseInt(segment));
                location = node.location();
            } else {
                return null;
            }
        }
        return location;
    }
}
