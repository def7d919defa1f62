package dev.infraarchitect.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The user's FreeMarker templates, read from the override directory only. Locked down: templates cannot instantiate
 * classes ({@code ?new}), reach the Java API ({@code ?api}) or include files from outside the directory.
 */
final class OverrideTemplates {

    private final Path directory;
    private final Configuration configuration;
    private final IOException unreadable;

    OverrideTemplates(Path directory) {
        this.directory = directory;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
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
        IOException failure = null;
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(directory.toFile()));
        } catch (IOException e) {
            failure = e;
        }
        this.configuration = cfg;
        this.unreadable = failure;
    }

    String render(String name, Record model) {
        try {
            if (unreadable != null) {
                throw new IOException("cannot read template directory " + directory + ": " + unreadable.getMessage());
            }
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter(8 * 1024);
            template.process(model, new BoundedWriter(out, BoundedWriter.MAX_CHARS, BoundedWriter.MAX_NANOS));
            return out.toString();
        } catch (TemplateException e) {
            throw new Templates.TemplateFailure(name, e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new Templates.TemplateFailure(name, e.getMessage(), e);
        } catch (SecurityException e) {
            // FileTemplateLoader's answer to a symbolic link in the override directory that leads outside it
            throw new Templates.TemplateFailure(name, e.getMessage(), e);
        }
    }
}
