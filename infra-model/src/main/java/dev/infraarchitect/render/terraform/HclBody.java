package dev.infraarchitect.render.terraform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The body of an HCL file or block: attributes first, then nested blocks, as {@code terraform fmt} style expects.
 * Adding an attribute after a block is refused so the order cannot be broken by accident. Comments and blank lines
 * may sit between attributes; the printer lays blocks out one blank line apart.
 */
final class HclBody {

    sealed interface Node permits Attribute, Block, Comment, Blank {
    }

    record Attribute(String name, HclExpression value) implements Node {
    }

    record Block(String type, List<String> labels, List<String> comments, HclBody body) implements Node {
    }

    record Comment(String text) implements Node {
    }

    record Blank() implements Node {
    }

    private final List<Node> nodes = new ArrayList<>();
    private boolean hasBlocks;

    HclBody attribute(String name, HclExpression value) {
        if (hasBlocks) {
            throw new IllegalStateException("attribute '" + name + "' after a nested block");
        }
        nodes.add(new Attribute(HclSyntax.identifier(name), value));
        return this;
    }

    HclBody attribute(String name, String literal) {
        return attribute(name, HclExpression.string(literal));
    }

    /** A comment line before the next attribute; it ends an alignment run like {@code terraform fmt} does. */
    HclBody comment(String text) {
        if (hasBlocks) {
            throw new IllegalStateException("comment between blocks: attach it to the block instead");
        }
        nodes.add(new Comment(HclSyntax.comment(text)));
        return this;
    }

    /** A blank line between attribute groups, each aligned on its own. */
    HclBody blank() {
        if (!nodes.isEmpty() && !(nodes.get(nodes.size() - 1) instanceof Blank)) {
            nodes.add(new Blank());
        }
        return this;
    }

    /** Appends a nested block and returns its body. */
    HclBody block(String type, String... labels) {
        return commentedBlock(List.of(), type, labels);
    }

    /** Appends a nested block preceded by comment lines and returns its body. */
    HclBody commentedBlock(List<String> comments, String type, String... labels) {
        while (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof Blank) {
            nodes.remove(nodes.size() - 1);
        }
        HclBody body = new HclBody();
        nodes.add(new Block(HclSyntax.identifier(type), List.copyOf(Arrays.asList(labels)),
                List.copyOf(HclSyntax.comments(comments)), body));
        hasBlocks = true;
        return body;
    }

    /**
     * The nodes in order, without trailing blank lines, for the printer alone (package-private): the list itself, not
     * a copy or a wrapper, because every printed body asks once and the printer reads it by index many times.
     */
    List<Node> nodes() {
        int end = nodes.size();
        while (end > 0 && nodes.get(end - 1) instanceof Blank) {
            end--;
        }
        return end == nodes.size() ? nodes : List.copyOf(nodes.subList(0, end));
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }
}
