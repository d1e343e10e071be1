package nl.overstap.inventory.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {
    static final List<Share> SHARES = List.of(new Share("Gebruikers buiten de EU", 310, 450, "69 % (310 van 450)"),
            new Share("Kritieke diensten", 7, 12, "58 % (7 van 12)"),
            new Share("Bijzondere gegevens", 0, 0, "geen"),
            new Share("Alles", 5, 5, "100 % (5 van 5)"));

    static String chart() {
        return Charts.shares("Blootstelling", "Aandeel onder jurisdictie buiten de EU", SHARES);
    }

    private static Element track(Element group) {
        return Svgs.children(group, "rect").stream().filter(r -> !r.getAttribute("class").equals("bar")).findFirst()
                .orElseThrow();
    }

    private static Element bar(Element group) {
        return Svgs.children(group, "rect").stream().filter(r -> r.getAttribute("class").equals("bar")).findFirst()
                .orElse(null);
    }

    @Test
    void followsTheRulesForEveryDrawing() {
        Document document = Svgs.checkRules(chart());
        Element root = document.getDocumentElement();
        assertEquals("Blootstelling", Svgs.child(root, "title").getTextContent());
        assertEquals("Aandeel onder jurisdictie buiten de EU", Svgs.child(root, "desc").getTextContent());
    }

    @Test
    void eachShareIsABarFilledToItsFractionWithLabelAndValueAsText() {
        List<Element> groups = Svgs.groups(Svgs.parse(chart()), "share");
        assertEquals(SHARES.size(), groups.size());
        for (int i = 0; i < SHARES.size(); i++) {
            Share share = SHARES.get(i);
            Element group = groups.get(i);
            List<String> texts = Svgs.children(group, "text").stream().map(Element::getTextContent).toList();
            assertEquals(List.of(share.label(), share.valueText()), texts);
            double whole = Svgs.number(track(group), "width");
            Element bar = bar(group);
            double filled = bar == null ? 0 : Svgs.number(bar, "width");
            assertEquals(whole * share.part() / Math.max(1, share.whole()), filled, 0.05, share.label());
        }
    }

    @Test
    void aWholeOfZeroGivesAnEmptyBarAndStillShowsItsValue() {
        Element group = Svgs.groups(Svgs.parse(chart()), "share").get(2);
        assertEquals(null, bar(group));
        assertEquals("geen", Svgs.children(group, "text").get(1).getTextContent());
    }

    @Test
    void hostileTextIsEscaped() {
        String hostile = "<script>alert(1)</script> & \"x\"";
        String svg = Charts.shares(hostile, hostile, List.of(new Share(hostile, 1, 2, hostile)));
        assertFalse(svg.contains("<script"));
        Document document = Svgs.checkRules(svg);
        Element group = Svgs.groups(document, "share").get(0);
        assertEquals(List.of(hostile, hostile),
                Svgs.children(group, "text").stream().map(Element::getTextContent).toList());
    }

    @Test
    void sameInputGivesSameBytesAndOtherChartsOtherIds() {
        assertEquals(chart(), chart());
        String other = Charts.shares("Blootstelling", "Aandeel onder jurisdictie buiten de EU", SHARES.subList(0, 2));
        assertNotEquals(Svgs.parse(chart()).getDocumentElement().getAttribute("aria-labelledby"),
                Svgs.parse(other).getDocumentElement().getAttribute("aria-labelledby"));
        String chosen = Charts.shares("x", "y", SHARES, "gebruikers");
        assertEquals("gebruikers-title gebruikers-desc",
                Svgs.parse(chosen).getDocumentElement().getAttribute("aria-labelledby"));
    }

    @Test
    void noSharesGivesASmallDrawingWithTheDescription() {
        Document document = Svgs.checkRules(Charts.shares("Leeg", "Er zijn geen cijfers.", List.of()));
        String shown = Svgs.elements(document.getDocumentElement()).stream()
                .filter(e -> e.getLocalName().equals("text")).map(Element::getTextContent).findFirst().orElse("");
        assertEquals("Er zijn geen cijfers.", shown);
    }

    @Test
    void aPartOutsideTheWholeIsRejected() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Share("Gebruikers", 5, 4, "125 %"));
        assertTrue(error.getMessage().contains("'Gebruikers'"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Share("Gebruikers", -1, 4, "?"));
    }
}
