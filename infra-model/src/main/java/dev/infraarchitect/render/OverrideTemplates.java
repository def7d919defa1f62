package dev.infraarchitect.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The user's FreeMarker templates, read from the override directory only. Locked down: templates cannot instantiate
 * classes ({@code ?new}), reach the Java API ({@code ?api}) or include files from outside the directory.
 */
final class OverrideTemplates {

    private final Configuration configuration;

    /** @throws IOException when {@code directory} cannot be read */
    OverrideTemplates(Path directory) throws IOException {
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
        cfg.setTemplateLoader(new FileTemplateLoader(directory.toFile()));
        this.configuration = cfg;
    }

    String render(String name, Record model) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter(8 * 1024);
            template.process(plain(model), new BoundedWriter(out, BoundedWriter.MAX_CHARS, BoundedWriter.MAX_NANOS));
            return out.toString();
        } catch (TemplateException e) {
            throw new Templates.TemplateFailure(name, e.getMessageWithoutStackTop(), e);
        } catch (IOException | SecurityException e) {
            // SecurityException: FileTemplateLoader's answer to a symbolic link in the override directory that leads
            // outside it
            throw new Templates.TemplateFailure(name, e.getMessage(), e);
        }
    }

    /**
     * The model as a template sees it: a record as a hash of its components, a list as a list, strings as they are.
     * FreeMarker would wrap a record as a Java bean, whose methods lead from {@code getClass()} to the class's
     * protection domain and methods; a hash of values leads nowhere.
     */
    static Object plain(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> hash = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    hash.put(component.getName(), plain(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component + " of a page model", e);
                }
            }
            return hash;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(plain(item));
            }
            return items;
        }
        return value;
    }
}
