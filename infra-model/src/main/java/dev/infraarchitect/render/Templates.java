package dev.infraarchitect.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The pages the generators write in Markdown: each has a built-in layout in Java and a template name, and a
 * FreeMarker file of that name in the user's override directory replaces the built-in layout. FreeMarker is set up
 * by the first override asked for: it costs a cold build a few hundred milliseconds, which a build that keeps the
 * plugin's own layouts does not pay. One instance is built per run and is thread-safe.
 */
public final class Templates {

    private final Path overrideDirectory;
    private OverrideTemplates overrides; // guarded by this

    /** @param overrideDirectory a directory whose templates replace the built-in layouts of the same name, or null */
    public Templates(Path overrideDirectory) {
        this.overrideDirectory = overrideDirectory;
    }

    /**
     * The file at {@code path}: the override template {@code name} (e.g. {@code adr/decision.md.ftl}) rendered with
     * {@code model} when the override directory holds one, else {@code builtIn} applied to {@code model}. The model is
     * a public record whose components (strings, lists and further such records) are the template's variables. A
     * broken override template surfaces as a {@link TemplateFailure}.
     */
    public <M extends Record> GeneratedFile file(String path, String name, M model, Function<M, String> builtIn) {
        if (overrideDirectory != null && Files.exists(overrideDirectory.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            return GeneratedFile.text(path, overrides(name).render(name, model));
        }
        return GeneratedFile.text(path, builtIn.apply(model));
    }

    private synchronized OverrideTemplates overrides(String name) {
        if (overrides == null) {
            try {
                overrides = new OverrideTemplates(overrideDirectory);
            } catch (IOException e) {
                throw new TemplateFailure(name, "cannot read template directory " + overrideDirectory + ": "
                        + e.getMessage(), e);
            }
        }
        return overrides;
    }

    /** An override template that could not be read or failed while rendering. */
    public static final class TemplateFailure extends RuntimeException {

        private final String template;

        TemplateFailure(String template, String detail, Exception cause) {
            super("template " + template + " failed: " + detail, cause);
            this.template = template;
        }

        public String template() {
            return template;
        }
    }
}
