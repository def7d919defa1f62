package dev.infraarchitect.render.terraform;

import dev.infraarchitect.model.Interpolation;
import java.util.List;
import java.util.Set;

/**
 * Descriptor text in Terraform: Compose interpolation becomes Terraform variables of the same name, {@code $$}
 * becomes the literal {@code $} it stands for, and everything else is escaped so Terraform reads it as written.
 * {@code ${NAME}} (and the {@code ?} forms, whose check the variable's own declaration makes) is
 * {@code ${var.NAME}}; {@code ${NAME:-default}} and {@code ${NAME-default}} use the default when the variable is
 * empty; {@code ${NAME:+other}} and {@code ${NAME+other}} give {@code other} when it is not.
 */
final class DescriptorText {

    private DescriptorText() {
    }

    /** The text as an HCL string or template; {@code used} collects the variables it references. */
    static HclExpression of(String text, Set<String> used) {
        if (!Interpolation.mayReference(text)) {
            return HclExpression.string(text);
        }
        return HclExpression.template(template(text, used));
    }

    /** The variables {@code text} references. */
    static List<String> references(String text) {
        return Interpolation.mayReference(text)
                ? Interpolation.references(text).stream().map(Interpolation.Reference::name).toList()
                : List.of();
    }

    private static String template(String text, Set<String> used) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Interpolation.Reference r : outer(text)) {
            literal(out, text.substring(at, r.start()));
            used.add(r.name());
            String variable = "var." + r.name();
            switch (r.operator()) {
                case ":-", "-" -> out.append("${").append(variable).append(" != \"\" ? ").append(variable)
                        .append(" : \"").append(template(r.argument(), used)).append("\"}");
                case ":+", "+" -> out.append("${").append(variable).append(" != \"\" ? \"")
                        .append(template(r.argument(), used)).append("\" : \"\"}");
                default -> out.append("${").append(variable).append('}');
            }
            at = r.end();
        }
        literal(out, text.substring(at));
        return out.toString();
    }

    private static List<Interpolation.Reference> outer(String text) {
        List<Interpolation.Reference> all = Interpolation.references(text);
        List<Interpolation.Reference> outer = new java.util.ArrayList<>();
        int end = -1;
        for (Interpolation.Reference r : all) {
            if (r.start() >= end) {
                outer.add(r);
                end = r.end();
            }
        }
        return outer;
    }

    /** Literal text inside a quoted template: {@code $$} is {@code $}, and nothing may start an interpolation. */
    private static void literal(StringBuilder out, String text) {
        String plain = text.replace("$$", "$");
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            char next = i + 1 < plain.length() ? plain.charAt(i + 1) : 0;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> out.append(c).append(next == '{' ? String.valueOf(c) : "");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
