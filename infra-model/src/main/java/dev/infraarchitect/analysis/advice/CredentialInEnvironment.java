package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.model.Credentials;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code environment} key or value that looks like a credential (see {@link Credentials#reason}). Environment
 * settings end up in generated files, logs and {@code docker inspect}; credentials belong in a secret variable or in
 * {@code secrets}. The setting is written as written (the plugin never rewrites it); a value that is only a reference
 * to a variable is not a credential. Messages name the service and key, never the value.
 */
public final class CredentialInEnvironment implements AdviceRule {

    @Override
    public String id() {
        return "credential-in-environment";
    }

    @Override
    public String description() {
        return "an environment setting with a credential-looking key has a literal value, written as written (the"
                + " value is never shown)";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : context.descriptor().services().values()) {
            for (Map.Entry<String, String> entry : service.environment().entrySet()) {
                Optional<String> reason = Credentials.reason(entry.getKey(), entry.getValue());
                if (reason.isPresent()) {
                    findings.add(context.finding(this, "service " + service.name() + " sets environment "
                            + entry.getKey() + ", " + reason.get() + ", as written; reference a variable: "
                            + entry.getKey() + ": ${" + entry.getKey().replaceAll("[^A-Za-z0-9_]", "_")
                            + "} (declared with secret: true), or move it to secrets",
                            List.of(service.name()), "services", service.name(), "environment", entry.getKey()));
                }
            }
        }
        return findings;
    }

    @Override
    public String toString() {
        return id();
    }
}
