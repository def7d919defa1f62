package dev.infraarchitect.render.terraform;

import dev.infraarchitect.model.Credentials;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.TerraformConfig;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code terraform} settings block of each environment and the shared backend file. Every environment keeps
 * its own state: the backend's location setting ({@code key}, {@code prefix} or {@code path} depending on the type)
 * becomes {@code <prefix>/<environment>/...}, where the prefix is the descriptor's own value of that setting if it
 * gave one, and the project name otherwise. A setting that looks like a credential ({@link Credentials}: by its
 * name, such as {@code access_key} or {@code password}, or by its value, such as a URL with a password) is never
 * written: Terraform allows no variables in a backend block, so it is left to partial configuration at
 * {@code terraform init}, and a comment in its place says how.
 */
final class StateBackend {

    static final String REQUIRED_VERSION = ">= 1.5";

    private static final Pattern NUMBER = Pattern.compile("0|-?[1-9][0-9]{0,17}");
    private static final Map<String, String> LOCATION_SETTING = Map.of(
            "s3", "key", "azurerm", "key", "oss", "key", "cos", "key", "gcs", "prefix", "consul", "path");

    private final Descriptor descriptor;
    private final TerraformConfig.Backend backend;

    StateBackend(Descriptor descriptor) {
        this.descriptor = descriptor;
        this.backend = descriptor.terraform().backend();
    }

    boolean configured() {
        return backend != null;
    }

    /** {@code environments/<env>/terraform.tf}: version constraints, providers and the per-environment backend. */
    HclFile settingsFile(String environment, String provider, String source, String version) {
        HclBody body = new HclBody();
        HclBody terraform = body.block("terraform");
        terraform.attribute("required_version", REQUIRED_VERSION);
        terraform.block("required_providers").attribute(provider, HclExpression.pairs(
                "source", HclExpression.string(source), "version", HclExpression.string(version)));
        if (backend != null) {
            HclBody block = terraform.commentedBlock(
                    List.of("Settings of shared/backend.tf, with this environment's own state."), "backend",
                    backend.type());
            settings(block, environment);
        }
        return new HclFile(body);
    }

    /** {@code shared/backend.tf}: the backend settings common to every environment. */
    HclFile sharedFile() {
        HclBody body = new HclBody();
        settings(body.block("terraform").block("backend", backend.type()), null);
        return new HclFile(List.of(
                "Remote state shared by every environment. Each environment's terraform.tf repeats these",
                "settings (Terraform does not allow variables in a backend block) with its own state location."),
                body);
    }

    private void settings(HclBody block, String environment) {
        String location = LOCATION_SETTING.get(backend.type());
        java.util.SortedMap<String, String> values = new java.util.TreeMap<>(backend.settings());
        if (environment != null && location != null) {
            String prefix = withoutTrailingSlashes(values.getOrDefault(location, descriptor.project()));
            values.put(location, "key".equals(location)
                    ? prefix + "/" + environment + "/terraform.tfstate"
                    : prefix + "/" + environment);
        }
        if ("s3".equals(backend.type()) && !values.containsKey("region") && descriptor.terraform().region() != null) {
            values.put("region", descriptor.terraform().region());
        }
        List<String> withheld = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (Credentials.looksLikeCredential(e.getKey(), e.getValue())) {
                withheld.add(e.getKey());
            } else {
                block.attribute(e.getKey(), value(e.getValue()));
            }
        }
        // Terraform allows no variables in a backend block, so a credential is left to partial configuration
        for (String key : withheld) {
            block.blank().comment(key + " looks like a credential and is not written here: give it at init with")
                    .comment("terraform init -backend-config=\"" + key + "=...\" or the backend's environment variable.");
        }
    }

    /** A loop: {@code replaceAll("/+$", "")} took quadratic time on a long run of slashes. */
    static String withoutTrailingSlashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(0, end);
    }

    private static HclExpression value(String text) {
        if ("true".equals(text) || "false".equals(text) || NUMBER.matcher(text).matches()) {
            return HclExpression.raw(text);
        }
        return HclExpression.string(text);
    }
}
