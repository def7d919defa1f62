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
        List<Map.Entry<String, T>> sorted = new ArrayList<>(amounts.entrySet());
        sorted.sort(Map.Entry.<String, T>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, sorted.size()); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(sorted.get(i).getKey()).append(' ').append(format.apply(sorted.get(i).getValue()));
        }
        if (sorted.size() > SHOWN) {
            sb.append(" and ").append(sorted.size() - SHOWN).append(" more");
        }
        return sb.toString();
    }
}
