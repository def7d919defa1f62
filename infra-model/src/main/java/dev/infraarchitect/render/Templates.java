package dev.infraarchitect.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker templates of the generators: a user's override directory first, the plugin's own
 * ({@code /dev/infraarchitect/templates/} on the classpath) second. Locked down: templates cannot instantiate classes
 * ({@code ?new}) or reach the Java API ({@code ?api}). One instance is built per run and is thread-safe. FreeMarker
 * is set up by the first template asked for, so a run whose generators use no template does not pay for it.
 */
public final class Templates {

    static final String CLASSPATH_ROOT = "/dev/infraarchitect/templates";

    private final Path overrideDirectory;
    private Configuration configuration; // guarded by this

    /** @param overrideDirectory a directory whose files replace the plugin's templates of the same name, or null */
    public Templates(Path overrideDirectory) {
        this.overrideDirectory = overrideDirectory;
    }

    private synchronized Configuration configuration() {
        if (configuration == null) {
            configuration = configure(overrideDirectory);
        }
        return configuration;
    }

    private static Configuration configure(Path overrideDirectory) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setTemplateLoader(loader(overrideDirectory));
        return cfg;
    }

    private static TemplateLoader loader(Path overrideDirectory) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrideDirectory != null && Files.isDirectory(overrideDirectory)) {
            try {
                loaders.add(new FileTemplateLoader(overrideDirectory.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template directory " + overrideDirectory, e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT));
        return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
    }

    /**
     * The file at {@code path}: {@code name} (e.g. {@code adr/decision.md.ftl}) rendered with {@code model}, best given
     * as maps, lists, strings and numbers built by the generator. A broken override template surfaces as a
     * {@link TemplateFailure}.
     */
    public GeneratedFile file(String path, String name, Object model) {
        try {
            Template template = configuration().getTemplate(name);
            StringWriter out = new StringWriter(8 * 1024);
            template.process(model, out);
            return GeneratedFile.text(path, out.toString());
        } catch (TemplateException e) {
            throw new TemplateFailure(name, e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new TemplateFailure(name, e.getMessage(), e);
        } catch (SecurityException e) {
            // FileTemplateLoader's answer to a symbolic link in the override directory that leads outside it
            throw new TemplateFailure(name, e.getMessage(), e);
        }
    }

    /** A template that could not be found or failed while rendering. */
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
