package dev.infraarchitect.plan;

import java.util.ArrayList;
import java.util.List;

/** Line building for the console plan: word wrapping to a width, padding, shortening and counted nouns. */
final class ConsoleText {

    private ConsoleText() {
    }

    /**
     * {@code head} followed by {@code pieces}, each after one space, broken into lines of at most {@code width}
     * characters; continuation lines start with {@code indent}. Only a single piece longer than a line overflows.
     */
    static List<String> wrap(String head, String indent, List<String> pieces, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        boolean lineHasPiece = false;
        for (String piece : pieces) {
            if (lineHasPiece && line.length() + 1 + piece.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent).append(piece);
            } else {
                line.append(' ').append(piece);
            }
            lineHasPiece = true;
        }
        lines.add(line.toString());
        return lines;
    }

    /** The words of {@code text}, for {@link #wrap}. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    /** {@code text} cut to {@code max} characters, ending in {@code ...} when cut. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /** {@code 1 error}, {@code 2 errors}. */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
