package dev.infraarchitect.analysis.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The "largest: ollama 16Gi, vllm 8Gi" part of a violation: contributors by amount, largest first and then by name,
 * at most {@value #SHOWN} of them, then "and N more".
 */
public final class Contributors {

    /** How many contributors a message names before summarising the rest. */
    public static final int SHOWN = 5;

    private Contributors() {
    }

    /** Lists {@code amounts} (name to amount, none zero) largest first, rendering each amount with {@code format}. */
    public static <T extends Comparable<T>> String largest(Map<String, T> amounts, Function<T, String> format) {
        Comparator<Map.Entry<String, T>> order = Map.Entry.<String, T>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey());
        // the first SHOWN in that order, kept sorted while scanning: thousands of contributors are not sorted whole
        List<Map.Entry<String, T>> shown = new ArrayList<>(SHOWN + 1);
        for (Map.Entry<String, T> entry : amounts.entrySet()) {
            if (shown.size() == SHOWN && order.compare(entry, shown.get(SHOWN - 1)) >= 0) {
                continue;
            }
            int at = shown.size();
            while (at > 0 && order.compare(entry, shown.get(at - 1)) < 0) {
                at--;
            }
            shown.add(at, entry);
            if (shown.size() > SHOWN) {
                shown.remove(SHOWN);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shown.get(i).getKey()).append(' ').append(format.apply(shown.get(i).getValue()));
        }
        if (amounts.size() > SHOWN) {
            sb.append(" and ").append(amounts.size() - SHOWN).append(" more");
        }
        return sb.toString();
    }
}
