package nl.overstap.inventory.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker finds no error in a page with the drawings inline: four of them, ids and all. */
class InlineHtmlTest {
    @Test
    void aPageWithTheDrawingsInlineIsValidHtml() throws Exception {
        assertEquals(List.of(), check(ReportPage.html("")));
    }

    /** The checker is live: one drawing twice repeats its ids; its own prefix for the second one avoids that. */
    @Test
    void theSameDrawingTwiceNeedsItsOwnPrefix() throws Exception {
        String map = DependencyDiagram.svg(DependencyDiagramTest.NODES, DependencyDiagramTest.EDGES,
                DependencyDiagramTest.TEXT);
        String twice = "<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body>" + map + map
                + "</body></html>";
        assertTrue(check(twice).toString().contains("Duplicate ID"), check(twice).toString());
        String renamed = DependencyDiagram.svg(DependencyDiagramTest.NODES, DependencyDiagramTest.EDGES,
                DependencyDiagramTest.TEXT, "kaart-2");
        assertEquals(List.of(), check(twice.replaceFirst(java.util.regex.Pattern.quote(map),
                java.util.regex.Matcher.quoteReplacement(renamed))));
    }

    private static List<String> check(String page) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        InputSource source = new InputSource(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return errors;
    }
}
