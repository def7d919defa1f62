package dev.infraarchitect.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Compose's interpolation syntax in descriptor text, which the generators pass on as written: {@code ${NAME}},
 * {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?message}}, {@code ${NAME?message}},
 * {@code ${NAME:+other}}, {@code ${NAME+other}} and {@code $NAME}; {@code $$} is a literal {@code $}. A default may
 * itself hold references ({@code ${A:-${B}}}). A {@code $} followed by anything else (or by nothing) is malformed,
 * as Compose rejects it: a literal {@code $} is written {@code $$}.
 */
public final class Interpolation {

    /**
     * One reference: the variable's {@code name}, the {@code operator} after it ({@code ":-"}, {@code "-"},
     * {@code ":?"}, {@code "?"}, {@code ":+"}, {@code "+"}, or {@code ""} for none), its {@code argument} as written
     * ({@code ""} for none) and where it stands in the text ({@code start} inclusive, {@code end} exclusive).
     */
    public record Reference(String name, String operator, String argument, int start, int end) {

        /** Whether the reference supplies its own value when the variable is unset ({@code :-}, {@code -}). */
        public boolean hasDefault() {
            return operator.equals(":-") || operator.equals("-");
        }
    }

    /** A {@code ${...}} whose inside is not a reference, e.g. {@code ${1abc}} or an unclosed {@code ${A}. */
    public record Malformed(int start, String text) {
    }

    private static final List<String> OPERATORS = List.of(":-", ":?", ":+", "-", "?", "+");

    private Interpolation() {
    }

    /** Whether {@code text} may hold a reference (it contains a {@code $}): the cheap test before parsing. */
    public static boolean mayReference(String text) {
        return text != null && text.indexOf('$') >= 0;
    }

    /** The references of {@code text}, outermost first, in order; nested ones inside arguments follow theirs. */
    public static List<Reference> references(String text) {
        List<Reference> out = new ArrayList<>();
        scan(text, out, new ArrayList<>());
        return out;
    }

    /** The malformed {@code ${...}} of {@code text}, in order. */
    public static List<Malformed> malformed(String text) {
        List<Malformed> out = new ArrayList<>();
        scan(text, new ArrayList<>(), out);
        return out;
    }

    /** Whether {@code text} is exactly one reference and nothing else, e.g. {@code ${POSTGRES_PASSWORD}}. */
    public static boolean isOnlyReference(String text) {
        if (!mayReference(text)) {
            return false;
        }
        List<Reference> refs = new ArrayList<>();
        scan(text, refs, new ArrayList<>());
        return !refs.isEmpty() && refs.get(0).start() == 0 && refs.get(0).end() == text.length();
    }

    /** The text with every {@code $$} read as {@code $} and references left out: what remains literal. */
    public static String literalPart(String text) {
        if (!mayReference(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Reference r : outer(text)) {
            sb.append(text, i, r.start());
            i = r.end();
        }
        sb.append(text.substring(i));
        return sb.toString().replace("$$", "$");
    }

    /** {@code text} split on {@code separator} where it stands outside references ({@code ${DATA:-./d}:/data}). */
    public static String[] split(String text, char separator) {
        if (!mayReference(text)) {
            return text.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        }
        List<Reference> spans = outer(text);
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            final int at = i;
            if (text.charAt(i) == separator && spans.stream().noneMatch(r -> at >= r.start() && at < r.end())) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts.toArray(String[]::new);
    }

    private static List<Reference> outer(String text) {
        List<Reference> all = references(text);
        List<Reference> outer = new ArrayList<>();
        int end = -1;
        for (Reference r : all) {
            if (r.start() >= end) {
                outer.add(r);
                end = r.end();
            }
        }
        return outer;
    }

    private static void scan(String text, List<Reference> refs, List<Malformed> bad) {
        scan(text, 0, text.length(), refs, bad);
    }

    private static void scan(String text, int from, int to, List<Reference> refs, List<Malformed> bad) {
        int i = from;
        while (i < to) {
            int dollar = text.indexOf('$', i);
            if (dollar < 0 || dollar >= to) {
                return;
            }
            if (dollar + 1 >= to) {
                bad.add(new Malformed(dollar, "$"));
                return;
            }
            char next = text.charAt(dollar + 1);
            if (next == '$') {
                i = dollar + 2;
            } else if (next == '{') {
                int close = closing(text, dollar + 2, to);
                if (close < 0) {
                    bad.add(new Malformed(dollar, text.substring(dollar, to)));
                    return;
                }
                int nameEnd = nameEnd(text, dollar + 2, close);
                String name = text.substring(dollar + 2, nameEnd);
                String operator = operatorAt(text, nameEnd, close);
                if (name.isEmpty() || operator == null) {
                    bad.add(new Malformed(dollar, text.substring(dollar, close + 1)));
                } else {
                    int argStart = nameEnd + operator.length();
                    refs.add(new Reference(name, operator, text.substring(argStart, close), dollar, close + 1));
                    scan(text, argStart, close, refs, bad);
                }
                i = close + 1;
            } else if (isNameStart(next)) {
                int end = nameEnd(text, dollar + 1, to);
                refs.add(new Reference(text.substring(dollar + 1, end), "", "", dollar, end));
                i = end;
            } else {
                bad.add(new Malformed(dollar, text.substring(dollar, Math.min(to, dollar + 2))));
                i = dollar + 1;
            }
        }
    }

    private static int closing(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < to && text.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static String operatorAt(String text, int at, int close) {
        if (at == close) {
            return "";
        }
        for (String op : OPERATORS) {
            if (text.startsWith(op, at) && at + op.length() <= close) {
                return op;
            }
        }
        return null;
    }

    private static int nameEnd(String text, int from, int to) {
        int i = from;
        if (i < to && isNameStart(text.charAt(i))) {
            i++;
            while (i < to && (isNameStart(text.charAt(i)) || Character.isDigit(text.charAt(i)))) {
                i++;
            }
        }
        return i;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
