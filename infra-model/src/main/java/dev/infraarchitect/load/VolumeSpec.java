package dev.infraarchitect.load;

import dev.infraarchitect.model.Interpolation;
import java.util.ArrayList;
import java.util.List;

/** Splits a Compose short volume spec on its colons, keeping a reference such as {@code ${DATA:-./data}} whole. */
final class VolumeSpec {

    private VolumeSpec() {
    }

    static String[] split(String spec) {
        if (!Interpolation.mayReference(spec)) {
            return spec.split(":", -1);
        }
        List<int[]> spans = Interpolation.references(spec).stream().map(r -> new int[] {r.start(), r.end()}).toList();
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < spec.length(); i++) {
            final int at = i;
            if (spec.charAt(i) == ':' && spans.stream().noneMatch(s -> at >= s[0] && at < s[1])) {
                parts.add(spec.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(spec.substring(from));
        return parts.toArray(String[]::new);
    }
}
