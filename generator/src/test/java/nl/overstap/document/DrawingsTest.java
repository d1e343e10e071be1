package nl.overstap.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.overstap.inventory.draw.Charts;
import nl.overstap.inventory.draw.DependencyDiagram;
import nl.overstap.inventory.draw.DiagramText;
import nl.overstap.inventory.draw.Edge;
import nl.overstap.inventory.draw.Node;
import nl.overstap.inventory.draw.Share;
import nl.overstap.inventory.draw.Tone;
import nl.overstap.model.Language;
import nl.overstap.render.Handout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Inline SVG drawings (the inventory report's map and charts) in a handout reach both documents:
 * the PDF draws them as tagged figures with alternative text and still passes PDF/UA-1 in
 * veraPDF; the ODT embeds each as an SVG picture in a frame whose title and description are the
 * drawing's.
 */
class DrawingsTest {
    static final DiagramText TEXT = new DiagramText("Afhankelijkheden", "Welke applicatie welke andere nodig heeft.",
            "Binnen de EU", "Buiten de EU", "Onbekend", "Kritieke dienst");
    static final String MAP = DependencyDiagram.svg(List.of(
            new Node("teams", "MS Teams", "Microsoft \u00b7 US", Tone.NON_EU, true),
            new Node("entra-id", "Entra ID", "Microsoft \u00b7 US", Tone.NON_EU, true),
            new Node("zaak", "Zaaksysteem", "Centric \u00b7 NL", Tone.EU, false),
            new Node("portaal", "Burgerportaal & <co>", "", Tone.UNKNOWN, false)),
            List.of(new Edge("teams", "entra-id"), new Edge("zaak", "entra-id"), new Edge("portaal", "zaak")), TEXT);
    static final String CHART = Charts.shares("Blootstelling", "Aandeel onder jurisdictie buiten de EU.",
            List.of(new Share("Gebruikers", 310, 450, "69 % (310 van 450)"), new Share("Kritiek", 0, 0, "geen")));

    static Handout handout() {
        String html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Rapport</title>"
                + "<style>body { font-family: 'DejaVu Sans'; } figure svg { max-width: 100%; height: auto; }</style>"
                + "</head><body><h1>Rapport</h1><p>Het landschap in een kaart.</p>"
                + "<figure>" + MAP + "<figcaption>Figuur 1: de afhankelijkheden</figcaption></figure>"
                + "<figure>" + CHART + "<figcaption>Figuur 2: de blootstelling</figcaption></figure>"
                + "<p>Einde.</p></body></html>";
        return new Handout("rapport.nl", "Rapport", "Een rapport met tekeningen.", Language.NL,
                LocalDate.of(2026, 12, 1), html);
    }

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void thePdfWithDrawingsIsPdfUa1() throws Exception {
        byte[] pdf = Pdf.of(handout());
        assertEquals(List.of(), PdfUaTest.failedRules(new ByteArrayInputStream(pdf)));
        ReadBack.Pdf read = ReadBack.pdf(pdf);
        assertTrue(read.text().contains("Figuur 1: de afhankelijkheden"), read.text());
        assertTrue(read.text().contains("Einde."), read.text());
        assertTrue(read.fontsEmbedded());
    }

    @Test
    void eachDrawingIsAFigureWhoseAlternativeTextIsItsTitleAndDescription() throws IOException {
        List<String> alternatives = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(Pdf.of(handout()))) {
            collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot(), alternatives);
        }
        assertEquals(List.of("Afhankelijkheden. Welke applicatie welke andere nodig heeft.",
                "Blootstelling. Aandeel onder jurisdictie buiten de EU."), alternatives);
    }

    private static void collectFigures(PDStructureNode node, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals("Figure")) {
                    alternatives.add(element.getAlternateDescription());
                }
                collectFigures(element, alternatives);
            }
        }
    }

    @Test
    void thePdfIsTheSameEveryTimeAndWithoutDrawingsUnchanged() {
        assertArrayEquals(Pdf.of(handout()), Pdf.of(handout()));
    }

    @Test
    void aDrawingWithoutAnyNameIsRefused() {
        Handout nameless = new Handout("x.nl", "X", "X", Language.NL, LocalDate.of(2026, 12, 1),
                "<html lang=\"nl\"><body><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + "<rect width=\"10\" height=\"10\"/></svg></body></html>");
        for (var maker : List.<java.util.function.Function<Handout, byte[]>>of(Pdf::of, Odt::of)) {
            var error = assertThrows(IllegalArgumentException.class, () -> maker.apply(nameless));
            assertTrue(error.getMessage().startsWith("x.nl: ") && error.getMessage().contains("alternative text"),
                    error.getMessage());
        }
    }

    @Test
    void theOdtEmbedsEachDrawingAsAnSvgPictureWithTitleAndDescription() throws Exception {
        byte[] odt = Odt.of(handout());
        org.w3c.dom.Document content = xml(entry(odt, "content.xml"));
        String draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
        String svgNs = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
        String xlink = "http://www.w3.org/1999/xlink";
        NodeList frames = content.getElementsByTagNameNS(draw, "frame");
        assertEquals(2, frames.getLength());
        List<String> titles = List.of("Afhankelijkheden", "Blootstelling");
        List<String> descriptions = List.of(TEXT.description(), "Aandeel onder jurisdictie buiten de EU.");
        for (int i = 0; i < 2; i++) {
            Element frame = (Element) frames.item(i);
            assertEquals(titles.get(i), frame.getElementsByTagNameNS(svgNs, "title").item(0).getTextContent());
            assertEquals(descriptions.get(i), frame.getElementsByTagNameNS(svgNs, "desc").item(0).getTextContent());
            Element image = (Element) frame.getElementsByTagNameNS(draw, "image").item(0);
            String href = image.getAttributeNS(xlink, "href");
            assertTrue(href.matches("Pictures/[0-9a-f]{16}\\.svg"), href);
            org.w3c.dom.Document picture = xml(entry(odt, href));
            assertEquals("http://www.w3.org/2000/svg", picture.getDocumentElement().getNamespaceURI());
            assertEquals(titles.get(i), picture.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0)
                    .getTextContent());
            assertTrue(frame.getAttributeNS(svgNs, "width").endsWith("cm"), frame.getAttributeNS(svgNs, "width"));
        }
        String manifest = new String(entry(odt, "META-INF/manifest.xml"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("image/svg+xml"), manifest);
        String picture = new String(entry(odt, ((Element) content.getElementsByTagNameNS(draw, "image").item(0))
                .getAttributeNS(xlink, "href")), StandardCharsets.UTF_8);
        assertTrue(picture.contains("Burgerportaal &amp; &lt;co&gt;"), "escaped text in the picture");
        assertTrue(ReadBack.odt(odt).text().contains("Figuur 1: de afhankelijkheden"));
        assertArrayEquals(odt, Odt.of(handout()));
    }

    static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in the package");
    }

    static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
