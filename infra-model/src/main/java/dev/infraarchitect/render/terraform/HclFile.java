package dev.infraarchitect.render.terraform;

import dev.infraarchitect.render.GeneratedFile;
import java.util.List;

/**
 * A Terraform file before it is printed: comment lines for after the generated-by header, and its body. Printing
 * straight into the file's bytes spares the large root files a String and its encoding.
 */
record HclFile(List<String> comments, HclBody body) {

    HclFile(HclBody body) {
        this(List.of(), body);
    }

    GeneratedFile print(String path) {
        return HclWriter.file(path, comments, body);
    }
}
