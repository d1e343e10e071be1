package nl.overstap.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
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
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * FreeMarker, locked down (R14, R15): {@code .ftlh} templates escape HTML by default, {@code ?new}
 * resolves nothing, {@code ?api} is off, errors are thrown (never printed into a page), and the
 * data model is plain maps, lists and strings. A theme folder's {@code templates/} comes first.
 */
final class Templates {
    static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;
    private final Configuration configuration;

    Templates(Optional<Path> theme) {
        configuration = configure(loader(theme));
    }

    static Configuration configure(TemplateLoader loader) {
        Configuration configuration = new Configuration(VERSION);
        configuration.setTemplateLoader(loader);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
        return configuration;
    }

    private static TemplateLoader loader(Optional<Path> theme) {
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (theme.isPresent() && Files.isDirectory(theme.get().resolve("templates"))) {
                loaders.add(new FileTemplateLoader(theme.get().resolve("templates").toFile(), false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "templates"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    Configuration configuration() {
        return configuration;
    }

    /** Renders {@code template} with {@code model}; a template error names the template and line. */
    String render(String template, Map<String, Object> model) throws IOException, TemplateException {
        StringWriter out = new StringWriter(16_384);
        configuration.getTemplate(template).process(model, out);
        return out.toString();
    }
}
