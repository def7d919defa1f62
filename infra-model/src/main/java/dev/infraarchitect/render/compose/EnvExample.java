package dev.infraarchitect.render.compose;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Variable;
import dev.infraarchitect.render.GeneratedFile;
import java.util.regex.Pattern;

/**
 * {@code .env.example} beside the Compose files: every declared variable with its description and default, in the
 * dotenv format Compose reads. Secret variables are listed without a value; a secret never has a default.
 */
final class EnvExample {

    /** Characters a dotenv value may hold unquoted without Compose reading anything into them. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@,+=-]*");

    private EnvExample() {
    }

    static GeneratedFile render(Descriptor descriptor, String path) {
        StringBuilder out = new StringBuilder();
        out.append("# Variables of ").append(descriptor.project()).append(", referenced by the Compose files in this"
                + " folder.\n");
        out.append("# Copy to .env in the project directory (the descriptor's folder) and fill in; never commit the"
                + " filled-in file.\n");
        for (Variable variable : descriptor.variables().values()) {
            out.append('\n');
            StringBuilder about = new StringBuilder();
            if (variable.description() != null) {
                about.append(variable.description().strip().replaceAll("\\s+", " "));
            }
            String flags = (variable.required() ? "required" : "") + (variable.required() && variable.secret()
                    ? ", " : "") + (variable.secret() ? "secret" : "");
            if (!flags.isEmpty()) {
                about.append(about.length() == 0 ? "" : " ").append('(').append(flags).append(')');
            }
            if (about.length() > 0) {
                out.append("# ").append(about).append('\n');
            }
            out.append(variable.name()).append('=');
            if (!variable.secret() && variable.defaultValue() != null) {
                out.append(value(variable.defaultValue()));
            }
            out.append('\n');
        }
        return GeneratedFile.text(path, out.toString());
    }

    /** Plain when safe; else single-quoted (literal in dotenv); else double-quoted with escapes. */
    static String value(String text) {
        if (PLAIN.matcher(text).matches()) {
            return text;
        }
        if (text.indexOf('\'') < 0 && text.indexOf('\n') < 0) {
            return "'" + text + "'";
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("$", "$$") + '"';
    }
}
