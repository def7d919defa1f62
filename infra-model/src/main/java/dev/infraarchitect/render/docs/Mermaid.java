package dev.infraarchitect.render.docs;

import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Identifiers;
import dev.infraarchitect.render.markdown.Markdown;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Identifiers and labels that Mermaid accepts whatever a name contains. */
final class Mermaid {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Mermaid() {
    }

    /**
     * A node or subgraph id: {@code prefix_} and the name with {@code -} as {@code _} (names never contain
     * {@code _}, so this is one-to-one); anything not shaped like a name is hex-encoded under a different prefix.
     */
    static String id(String prefix, String name) {
        if (Identifiers.isLowerName(name)) {
            return prefix + "_" + name.replace('-', '_');
        }
        return prefix + "x_" + HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The arrow of an edge: {@code -->} for a {@code dependsOn} edge (start order), {@code -.->} for a
     * {@code talksTo} edge (traffic only), labelled {@code |port/protocol|} with whichever of the two it names.
     */
    static String arrow(Edge edge) {
        String arrow = edge.startsFirst() ? "-->" : "-.->";
        String label = edge.port() == null ? edge.protocol()
                : edge.protocol() == null ? edge.port().toString() : edge.port() + "/" + edge.protocol();
        // a port is digits and a protocol one of Edge.PROTOCOLS, so the label needs no quoting
        return label == null ? arrow : arrow + "|" + label + "|";
    }

    /** A quoted label: {@code "} becomes the entity {@code #quot;}, line breaks become spaces. */
    static String label(String text) {
        String quoted = text.replace("\"", "#quot;");
        return "\"" + (Markdown.hasLineBreak(quoted) ? LINE_BREAK.matcher(quoted).replaceAll(" ") : quoted) + "\"";
    }
}
