package dev.infraarchitect.render.terraform;

import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A value a service needs that must never be written: one of its {@code secrets}, or an {@code environment} entry
 * that looks like a credential. It becomes a sensitive variable without default, named after service and key.
 */
record SensitiveInput(String service, String key, String variable, boolean declaredSecret) {

    /** The service's sensitive inputs, sorted by key; a key both declared secret and in the environment once. */
    static List<SensitiveInput> of(Service service) {
        SortedMap<String, SensitiveInput> byKey = null; // most services have none
        for (Map.Entry<String, String> e : service.environment().entrySet()) {
            if (Credentials.looksLikeCredential(e.getKey(), e.getValue())) {
                byKey = byKey == null ? new TreeMap<>() : byKey;
                byKey.put(e.getKey(), new SensitiveInput(service.name(), e.getKey(),
                        Names.variable(service.name(), e.getKey()), false));
            }
        }
        for (String secret : service.secrets()) {
            byKey = byKey == null ? new TreeMap<>() : byKey;
            byKey.put(secret, new SensitiveInput(service.name(), secret, Names.variable(service.name(), secret), true));
        }
        return byKey == null ? new ArrayList<>() : new ArrayList<>(byKey.values());
    }

    /** The environment entries of {@code service} that may be written as they are. */
    static SortedMap<String, String> plainEnvironment(Service service) {
        SortedMap<String, String> plain = new TreeMap<>();
        for (Map.Entry<String, String> e : service.environment().entrySet()) {
            if (!Credentials.looksLikeCredential(e.getKey(), e.getValue()) && !service.secrets().contains(e.getKey())) {
                plain.put(e.getKey(), e.getValue());
            }
        }
        return plain;
    }

    String origin() {
        return declaredSecret ? "Secret " + key + " of service " + service
                : "Value of " + key + " for service " + service + ", kept out of the generated files because it looks"
                        + " like a credential";
    }
}
