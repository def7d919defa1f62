package dev.infraarchitect.render.kubernetes;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The labels of a service's objects. {@code app.kubernetes.io/name} and {@code app.kubernetes.io/part-of} select its
 * pods; tier and phase are informational. The descriptor's own labels become labels when Kubernetes accepts them as
 * such, as annotations when only the value is not a valid label value, and are left out when Kubernetes cannot
 * carry the key at all (or it is one of the generator's own), so that no object is rejected.
 */
final class Labels {

    static final String NAME = "app.kubernetes.io/name";
    static final String PART_OF = "app.kubernetes.io/part-of";
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String TIER = "infraarchitect.dev/tier";
    static final String PHASE = "infraarchitect.dev/phase";
    static final String ENVIRONMENT = "infraarchitect.dev/environment";
    static final String TOOL = "infra-architect";

    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)");
    private static final Pattern LABEL_PREFIX =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?");

    private final String project;
    private final Analysis analysis;

    Labels(String project, Analysis analysis) {
        this.project = project;
        this.analysis = analysis;
    }

    /** The labels that select {@code service}'s pods. */
    Mapping selector(String service) {
        return new Mapping().put(NAME, service).put(PART_OF, project);
    }

    /** Every label of {@code service}'s objects, sorted by key. */
    Mapping of(Service service) {
        int phase = analysis.phaseOf(service.name());
        if (service.labels().isEmpty()) { // the usual case: the generator's own labels, already in key order
            Mapping labels = new Mapping().put(MANAGED_BY, TOOL).put(NAME, service.name()).put(PART_OF, project);
            if (phase > 0) {
                labels.put(PHASE, Integer.toString(phase));
            }
            if (service.tier() != null) {
                labels.put(TIER, service.tier());
            }
            return labels;
        }
        SortedMap<String, String> labels = new TreeMap<>();
        service.labels().forEach((key, value) -> {
            if (isLabel(key, value)) {
                labels.put(key, value);
            }
        });
        labels.put(NAME, service.name());
        labels.put(PART_OF, project);
        labels.put(MANAGED_BY, TOOL);
        if (service.tier() != null) {
            labels.put(TIER, service.tier());
        }
        if (phase > 0) {
            labels.put(PHASE, Integer.toString(phase));
        }
        return mapping(labels);
    }

    /** The descriptor's labels that Kubernetes would refuse as labels, kept as annotations. */
    static SortedMap<String, String> annotations(Service service) {
        SortedMap<String, String> annotations = new TreeMap<>();
        service.labels().forEach((key, value) -> {
            if (!isLabel(key, value) && isAnnotationKey(key)) {
                annotations.put(key, value);
            }
        });
        return annotations;
    }

    static Mapping mapping(Map<String, String> sorted) {
        Mapping out = new Mapping();
        sorted.forEach(out::put);
        return out;
    }

    static boolean isLabel(String key, String value) {
        return isAnnotationKey(key) && value != null && LABEL_VALUE.matcher(value).matches()
                && !key.startsWith("app.kubernetes.io/") && !key.startsWith("infraarchitect.dev/");
    }

    private static boolean isAnnotationKey(String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            if (prefix.length() > 253 || !LABEL_PREFIX.matcher(prefix).matches()) {
                return false;
            }
        }
        return LABEL_NAME.matcher(name).matches() && !key.startsWith("app.kubernetes.io/")
                && !key.startsWith("infraarchitect.dev/");
    }
}
