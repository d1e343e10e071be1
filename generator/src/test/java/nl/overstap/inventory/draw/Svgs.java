package nl.overstap.inventory.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Reads drawings back with the JDK's XML parser and checks what every drawing must satisfy. */
final class Svgs {
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private Svgs() {
    }

    /** {@code svg} parsed as a namespace-aware XML document; fails on anything not well-formed. */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** Every element below and including {@code root}, in document order. */
    static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Element element, List<Element> all) {
        all.add(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                collect(nested, all);
            }
        }
    }

    /** The {@code g} elements with class {@code kind}, in document order. */
    static List<Element> groups(Document document, String kind) {
        return elements(document.getDocumentElement()).stream()
                .filter(e -> e.getLocalName().equals("g") && e.getAttribute("class").equals(kind)).toList();
    }

    /** The first child element named {@code name}, or null. */
    static Element child(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    /**
     * The rules for every drawing: an SVG root in the SVG namespace, sized, with a view box of the
     * same size, role img, and aria-labelledby naming its own title and description; no style
     * attribute or element, no script, no event handler, no link anywhere.
     */
    static Document checkRules(String svg) {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        String w = root.getAttribute("width");
        String h = root.getAttribute("height");
        assertTrue(Double.parseDouble(w) > 0 && Double.parseDouble(h) > 0, w + " x " + h);
        assertEquals("0 0 " + w + " " + h, root.getAttribute("viewBox"));
        String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
        assertEquals(2, labelledBy.length, root.getAttribute("aria-labelledby"));
        Element title = child(root, "title");
        Element desc = child(root, "desc");
        assertNotNull(title, "no <title> child");
        assertNotNull(desc, "no <desc> child");
        assertEquals(labelledBy[0], title.getAttribute("id"));
        assertEquals(labelledBy[1], desc.getAttribute("id"));
        for (Element element : elements(root)) {
            String name = element.getLocalName();
            assertFalse(List.of("style", "script", "a", "foreignObject", "image", "use").contains(name),
                    "element <" + name + ">");
            var attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                String attribute = attributes.item(i).getNodeName().toLowerCase(Locale.ROOT);
                assertFalse(attribute.equals("style"), "style attribute on <" + name + ">");
                assertFalse(attribute.startsWith("on"), attribute + " on <" + name + ">");
                assertFalse(attribute.contains("href"), attribute + " on <" + name + ">");
            }
        }
        return document;
    }
}
