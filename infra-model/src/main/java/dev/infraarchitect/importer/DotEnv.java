package dev.infraarchitect.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables of a Compose {@code .env} file: {@code NAME=value} lines, {@code #} comments, an optional
 * {@code export}, values unquoted (an inline comment after a blank is dropped), single-quoted (literal) or
 * double-quoted ({@code \n}, {@code \t}, {@code \"} and {@code \\} escapes), as Compose reads them.
 */
final class DotEnv {

    private DotEnv() {
    }

    /** The variables of {@code file} in the order written, the last of a repeated name winning; empty if absent. */
    static Map<String, String> read(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return Collections.emptyMap();
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Map<String, String> parse(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            String name = (equals < 0 ? line : line.substring(0, equals)).strip();
            if (name.isEmpty()) {
                continue;
            }
            out.put(name, equals < 0 ? "" : value(line.substring(equals + 1).strip()));
        }
        return out;
    }

    private static String value(String text) {
        if (text.length() >= 2 && text.charAt(0) == '\'') {
            int close = text.indexOf('\'', 1);
            return close < 0 ? text : text.substring(1, close);
        }
        if (text.length() >= 2 && text.charAt(0) == '"') {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(++i);
                    out.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> next;
                    });
                } else {
                    out.append(c);
                }
            }
            return text;
        }
        int comment = text.indexOf(" #");
        return (comment < 0 ? text : text.substring(0, comment)).strip();
    }
}
