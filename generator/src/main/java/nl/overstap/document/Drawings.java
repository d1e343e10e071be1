package nl.overstap.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Inline {@code <svg>} drawings in a handout (the inventory report's maps and charts), as the
 * PDF and ODT makers need them: with their alternative text, and as standalone SVG files.
 */
final class Drawings {
    private Drawings() {
    }

    /** The outermost {@code svg} elements below {@code root}, in document order. */
    static List<Element> of(Element root) {
        return root.select("svg").stream().filter(svg -> svg.parents().stream().noneMatch(p -> p.nameIs("svg")))
                .toList();
    }

    /**
     * Gives every drawing in {@code html} an {@code alt} attribute, which openhtmltopdf makes the
     * alternative text of the PDF/UA figure it tags the drawing with.
     *
     * @return whether there is any drawing
     * @throws IllegalArgumentException when a drawing has no accessible name
     */
    static boolean prepare(Document html) {
        List<Element> drawings = of(html.body());
        for (Element svg : drawings) {
            if (svg.attr("alt").isBlank()) {
                svg.attr("alt", alternativeText(svg));
            }
        }
        return !drawings.isEmpty();
    }

    /**
     * What a reader who cannot see {@code svg} is told: its {@code aria-label}, else the texts of
     * the elements its {@code aria-labelledby} names (in the report's drawings, title and
     * description), else its {@code title} child; each text closed with a full stop.
     *
     * @throws IllegalArgumentException when there is none of these
     */
    static String alternativeText(Element svg) {
        if (!svg.attr("aria-label").isBlank()) {
            return svg.attr("aria-label").strip();
        }
        List<String> texts = new ArrayList<>();
        for (String id : svg.attr("aria-labelledby").strip().split("\\s+")) {
            if (!id.isEmpty()) {
                // Its own title first: two drawings on one page may (wrongly) share ids.
                Element named = svg.getElementById(id);
                if (named == null && svg.ownerDocument() != null) {
                    named = svg.ownerDocument().getElementById(id);
                }
                if (named != null && !named.text().isBlank()) {
                    texts.add(sentence(named.text()));
                }
            }
        }
        if (texts.isEmpty()) {
            title(svg).ifPresent(title -> texts.add(sentence(title)));
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a drawing (<svg>) has no title, aria-label or aria-labelledby: "
                    + "PDF and ODT readers need its alternative text");
        }
        return String.join(" ", texts);
    }

    /** The text of the drawing's own {@code title} child, if any. */
    static Optional<String> title(Element svg) {
        return svg.children().stream().filter(child -> child.nameIs("title")).map(Element::text)
                .filter(text -> !text.isBlank()).findFirst();
    }

    /** The text of the drawing's own {@code desc} child, if any. */
    static Optional<String> description(Element svg) {
        return svg.children().stream().filter(child -> child.nameIs("desc")).map(Element::text)
                .filter(text -> !text.isBlank()).findFirst();
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.matches(".*[.!?:]$") ? stripped : stripped + ".";
    }

    /** {@code svg} as a standalone SVG file: XML in UTF-8, with the SVG namespace on its root. */
    static byte[] standalone(Element svg) {
        Document file = Document.createShell("");
        file.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element copy = svg.clone();
        copy.attr("xmlns", "http://www.w3.org/2000/svg");
        copy.removeAttr("alt");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + file.body().appendChild(copy).child(0)
                .outerHtml() + "\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** A length in pixels from an SVG {@code width} or {@code height} attribute, or -1 when it is missing or relative. */
    static double pixels(String length) {
        String value = length.strip();
        if (value.endsWith("px")) {
            value = value.substring(0, value.length() - 2);
        }
        try {
            double pixels = Double.parseDouble(value);
            return pixels > 0 && Double.isFinite(pixels) ? pixels : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
