package nl.overstap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** R14 and R15: templates escape by default and FreeMarker can reach nothing it should not. */
class TemplateSafetyTest {
    /** The expression before ?no_esc: a name, or a lookup like t["key"], which never holds sanitised HTML. */
    private static final Pattern NO_ESC = Pattern.compile("([A-Za-z_.]+(?:\\[[^\\]]*\\])?)\\?no_esc");

    private static List<Path> templates() throws IOException, URISyntaxException {
        Path folder = Path.of(Templates.class.getResource("templates").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void everyTemplateEscapesHtmlAndOnlySanitisedHtmlIsInsertedRaw() throws Exception {
        List<Path> templates = templates();
        assertTrue(templates.size() >= 12);
        for (Path template : templates) {
            assertTrue(template.toString().endsWith(".ftlh"), template + " must be .ftlh to escape by default");
            String text = Files.readString(template);
            Matcher matcher = NO_ESC.matcher(text);
            while (matcher.find()) {
                String variable = matcher.group(1);
                assertTrue(variable.equals("html") || variable.endsWith(".html") || variable.endsWith("Html"),
                        template.getFileName() + ": ?no_esc on '" + variable + "', which is not sanitised HTML");
            }
            for (String builtIn : List.of("?interpret", "?eval", "?new", "?api", "<#ftl")) {
                assertFalse(text.contains(builtIn), template.getFileName() + " uses " + builtIn);
            }
        }
    }

    @Test
    void configurationIsLockedDown() {
        Configuration configuration = Templates.configure(new StringTemplateLoader());
        assertEquals(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER, configuration.getNewBuiltinClassResolver());
        assertFalse(configuration.isAPIBuiltinEnabled());
        assertEquals(TemplateExceptionHandler.RETHROW_HANDLER, configuration.getTemplateExceptionHandler());
        assertFalse(configuration.getLogTemplateExceptions());
        assertTrue(configuration.getRecognizeStandardFileExtensions());
    }

    @Test
    void newBuiltInCannotRunCommands() throws Exception {
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("evil.ftlh", "${'freemarker.template.utility.Execute'?new()('id')}");
        Configuration configuration = Templates.configure(loader);
        var template = configuration.getTemplate("evil.ftlh");
        assertEquals(HTMLOutputFormat.INSTANCE, template.getOutputFormat());
        assertThrows(TemplateException.class, () -> template.process(Map.of(), new StringWriter()));
    }

    @Test
    void valuesAreEscapedAndTemplateSyntaxInDataIsText() throws Exception {
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("page.ftlh", "<p title=\"${value}\">${value}</p>");
        Configuration configuration = Templates.configure(loader);
        StringWriter out = new StringWriter();
        configuration.getTemplate("page.ftlh").process(Map.of("value", "\"><script>${7*7}</script>"), out);
        assertEquals("<p title=\"&quot;&gt;&lt;script&gt;${7*7}&lt;/script&gt;\">&quot;&gt;&lt;script&gt;${7*7}"
                + "&lt;/script&gt;</p>", out.toString());
    }
}
