package nl.overstap.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.overstap.BuiltSites;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker, offline, finds no error on any page of the bundled guide, nor in its CSS. */
class HtmlValidityTest {

    /** Collects errors with their page and place; warnings are not failures. */
    static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String page = "";

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path site = BuiltSites.bundled();
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        List<String> pages = BuiltSites.files(site, ".html");
        assertTrue(pages.size() > 100, "pages: " + pages.size());
        for (String page : pages) {
            collector.page = page;
            try (InputStream in = Files.newInputStream(site.resolve(page))) {
                InputSource source = new InputSource(in);
                source.setEncoding("UTF-8");
                validator.checkHtmlInputSource(source);
            }
        }
        assertEquals(List.of(), collector.errors);
    }

    /** A course's booklet as a web page, stylesheet inline, is valid HTML too. */
    @Test
    void courseBookletIsValidHtml() throws Exception {
        Path course = BuiltSites.exampleCourse();
        Collector collector = new Collector();
        collector.page = "open-werkplek-dag-1.html";
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        try (InputStream in = Files.newInputStream(course.resolve(collector.page))) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
        assertEquals(List.of(), collector.errors);
    }

    /** The sample inventory's report, in both languages, with its inline drawings. */
    @Test
    void inventoryReportIsValidHtmlAndCss() throws Exception {
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        for (nl.overstap.model.Language language : nl.overstap.model.Language.values()) {
            Path report = BuiltSites.sampleReport(language);
            collector.page = language.tag() + "/index.html";
            try (InputStream in = Files.newInputStream(report.resolve("index.html"))) {
                InputSource source = new InputSource(in);
                source.setEncoding("UTF-8");
                validator.checkHtmlInputSource(source);
            }
            collector.page = language.tag() + "/report.css";
            validator.checkCssFile(report.resolve("report.css").toFile(), false);
        }
        assertEquals(List.of(), collector.errors);
    }

    /** The checker itself is live: a page with a duplicate id and a misplaced element is reported. */
    @Test
    void checkerReportsInvalidHtml() throws Exception {
        Collector collector = new Collector();
        collector.page = "broken.html";
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        String page = "<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body>"
                + "<p id=\"a\">x</p><p id=\"a\"><div>y</div></p><li>z</li></body></html>";
        InputSource source = new InputSource(new java.io.ByteArrayInputStream(
                page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        assertTrue(collector.errors.size() >= 2, collector.errors.toString());
        assertTrue(collector.errors.toString().contains("Duplicate ID"), collector.errors.toString());
    }

    @Test
    void stylesheetIsValidCss() throws Exception {
        Collector collector = new Collector();
        collector.page = "assets/site.css";
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        validator.checkCssFile(BuiltSites.bundled().resolve("assets/site.css").toFile(), false);
        assertEquals(List.of(), collector.errors);
    }
}
