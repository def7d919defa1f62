package dev.infraarchitect.load;

/**
 * The reason a parser gave for refusing a descriptor, without the text it refused. Jackson's own messages quote the
 * offending token ("Unrecognized token 'hunter2'"), and that token may be a secret typed in the wrong place; the
 * location printed with the message already says where to look.
 */
final class ParserMessages {

    private ParserMessages() {
    }

    static String withoutText(String message) {
        if (message == null) {
            return "invalid syntax";
        }
        if (message.startsWith("Unrecognized token")) {
            return "invalid syntax: a value that is not a string in double quotes, a number, true, false, null, a list"
                    + " or an object";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "invalid syntax: the file ends inside a value, a list or an object";
        }
        if (message.startsWith("Unexpected character")) {
            return "invalid syntax: unexpected character" + expecting(message);
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "invalid syntax: a control character inside a string; write it as an escape such as \\n";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "invalid syntax: an unknown escape in a string (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX are known)";
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Leading zeroes")
                || message.startsWith("Non-standard token")) {
            return "invalid syntax: a malformed number";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "invalid syntax: a closing bracket or brace that does not match the one opened";
        }
        return "invalid syntax";
    }

    /** What the parser expected, which is grammar, never the refused text: "was expecting a colon ...". */
    private static String expecting(String message) {
        int at = message.indexOf("was expecting ");
        if (at < 0) {
            at = message.indexOf("expected ");
        }
        if (at < 0) {
            return "";
        }
        String rest = message.substring(at);
        int end = rest.indexOf('\n');
        rest = end < 0 ? rest : rest.substring(0, end);
        // grammar words only: Jackson's list of expected tokens quotes 'null', 'true' and 'false', nothing else
        return rest.length() <= 120 && !containsQuoteOtherThanKeywords(rest) ? "; " + rest : "";
    }

    private static boolean containsQuoteOtherThanKeywords(String text) {
        String stripped = text.replace("'null'", "").replace("'true'", "").replace("'false'", "")
                .replace("':'", "").replace("','", "").replace("'\"'", "").replace("'}'", "").replace("']'", "");
        return stripped.indexOf('\'') >= 0;
    }
}
