package nl.overstap.inventory.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DependencyDiagramTest {
    static final DiagramText TEXT = new DiagramText("Afhankelijkheden van Gemeente Voorbeeldrijk",
            "Welke applicatie welke andere nodig heeft, en onder welke jurisdictie.", "Binnen de EU",
            "Buiten de EU", "Jurisdictie onbekend", "Kritieke dienst");
    static final String HOSTILE = "<script>alert(1)</script> & \"x\" 'y'";
    static final String LONG = "Zaaksysteem voor vergunningen, toezicht en handhaving met koppeling naar het omgevingsloket";

    /** A small landscape with a cycle (zaak, dms, portaal), a self-loop and a dependency asked for twice. */
    static final List<Node> NODES = List.of(
            new Node("teams", "MS Teams", "Microsoft \u00b7 US", Tone.NON_EU, true),
            new Node("entra-id", "Entra ID", "Microsoft \u00b7 US", Tone.NON_EU, true),
            new Node("exchange", "Exchange Online", "Microsoft \u00b7 US", Tone.NON_EU, false),
            new Node("zaak", LONG, "Centric \u00b7 NL", Tone.EU, true),
            new Node("dms", "Documentbeheer", "", Tone.EU, false),
            new Node("portaal", "Burgerportaal", "onbekend", Tone.UNKNOWN, false),
            new Node("hostile", HOSTILE, HOSTILE, Tone.UNKNOWN, false),
            new Node("alleen", "Losse applicatie", "", Tone.EU, false));
    static final List<Edge> EDGES = List.of(new Edge("teams", "entra-id"), new Edge("teams", "exchange"),
            new Edge("exchange", "entra-id"), new Edge("zaak", "dms"), new Edge("dms", "portaal"),
            new Edge("portaal", "zaak"), new Edge("hostile", "hostile"), new Edge("hostile", "entra-id"),
            new Edge("teams", "entra-id"));

    record Rect(double x, double y, double w, double h) {
        boolean overlaps(Rect o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        /** Whether (px, py) lies on this rectangle's outline, within {@code tolerance}. */
        boolean onOutline(double px, double py, double tolerance) {
            boolean nearOutside = px >= x - tolerance && px <= x + w + tolerance && py >= y - tolerance
                    && py <= y + h + tolerance;
            boolean deepInside = px > x + tolerance && px < x + w - tolerance && py > y + tolerance
                    && py < y + h - tolerance;
            return nearOutside && !deepInside;
        }
    }

    static Map<String, Rect> boxes(Document document) {
        Map<String, Rect> boxes = new HashMap<>();
        for (Element node : Svgs.groups(document, "node")) {
            Element rect = Svgs.child(node, "rect");
            boxes.put(node.getAttribute("data-id"), new Rect(Svgs.number(rect, "x"), Svgs.number(rect, "y"),
                    Svgs.number(rect, "width"), Svgs.number(rect, "height")));
        }
        return boxes;
    }

    /** The points of a path of the form "M x y L x y ...". */
    static List<double[]> points(Element path) {
        List<double[]> points = new ArrayList<>();
        for (String step : path.getAttribute("d").split("(?=[ML])")) {
            String[] xy = step.substring(1).strip().split(" ");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return points;
    }

    @Test
    void followsTheRulesForEveryDrawing() {
        Svgs.checkRules(DependencyDiagram.svg(NODES, EDGES, TEXT));
    }

    @Test
    void titleAndDescriptionCarryTheTexts() {
        Document document = Svgs.parse(DependencyDiagram.svg(NODES, EDGES, TEXT));
        Element root = document.getDocumentElement();
        assertEquals(TEXT.title(), Svgs.child(root, "title").getTextContent());
        assertEquals(TEXT.description(), Svgs.child(root, "desc").getTextContent());
    }

    @Test
    void everyNodeIsDrawnOnceWithItsLabelAndFullTextInItsTitle() {
        Document document = Svgs.parse(DependencyDiagram.svg(NODES, EDGES, TEXT));
        List<Element> drawn = Svgs.groups(document, "node");
        assertEquals(NODES.size(), drawn.size());
        for (Node node : NODES) {
            Element group = drawn.stream().filter(g -> g.getAttribute("data-id").equals(node.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("no box for " + node.id()));
            String title = Svgs.child(group, "title").getTextContent();
            assertTrue(title.startsWith(node.label()), title);
            assertTrue(title.contains(TEXT.legend(node.tone())), title);
            assertEquals(node.critical(), title.contains(TEXT.legendCritical()), title);
            String shown = Svgs.children(group, "text").stream().map(Element::getTextContent).toList().toString();
            if (node.label().equals(LONG)) {
                assertFalse(shown.contains(LONG), shown);
                assertTrue(shown.contains(LONG.substring(0, 20)) && shown.contains(TextWidth.ELLIPSIS), shown);
            } else {
                assertTrue(shown.contains(node.label()), shown + " lacks " + node.label());
            }
        }
    }

    @Test
    void boxesDoNotOverlap() {
        List<Rect> rects = List.copyOf(boxes(Svgs.parse(DependencyDiagram.svg(NODES, EDGES, TEXT))).values());
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                assertFalse(rects.get(i).overlaps(rects.get(j)), rects.get(i) + " overlaps " + rects.get(j));
            }
        }
    }

    /** Each distinct dependency is one arrow that leaves the box that needs and ends on the box needed. */
    @Test
    void everyDependencyIsOneArrowBetweenItsBoxes() {
        Document document = Svgs.parse(DependencyDiagram.svg(NODES, EDGES, TEXT));
        Map<String, Rect> boxes = boxes(document);
        Set<String> expected = new LinkedHashSet<>();
        EDGES.forEach(edge -> expected.add(edge.from() + "->" + edge.to()));
        List<String> drawn = new ArrayList<>();
        for (Element edge : Svgs.groups(document, "edge")) {
            String from = edge.getAttribute("data-from");
            String to = edge.getAttribute("data-to");
            drawn.add(from + "->" + to);
            List<double[]> route = points(Svgs.child(edge, "path"));
            assertTrue(route.size() >= 2, from + "->" + to);
            double[] start = route.get(0);
            double[] end = route.get(route.size() - 1);
            assertTrue(boxes.get(from).onOutline(start[0], start[1], 2), from + "->" + to + " starts off its box");
            assertTrue(boxes.get(to).onOutline(end[0], end[1], 2), from + "->" + to + " ends off its box");
            String tip = Svgs.child(edge, "polygon").getAttribute("points").split(" ")[0];
            assertEquals(SvgWriter.num(end[0]) + "," + SvgWriter.num(end[1]), tip, "arrow head at the end");
        }
        assertEquals(List.copyOf(expected), drawn);
    }

    @Test
    void sameInputGivesSameBytes() {
        assertEquals(DependencyDiagram.svg(NODES, EDGES, TEXT), DependencyDiagram.svg(NODES, EDGES, TEXT));
    }

    @Test
    void hostileTextIsEscapedAndReadsBackUnchanged() {
        String svg = DependencyDiagram.svg(NODES, EDGES, TEXT);
        assertFalse(svg.contains("<script"), "raw markup in the output");
        Document document = Svgs.checkRules(svg);
        Element hostile = Svgs.groups(document, "node").stream()
                .filter(g -> g.getAttribute("data-id").equals("hostile")).findFirst().orElseThrow();
        List<String> texts = Svgs.children(hostile, "text").stream().map(Element::getTextContent).toList();
        assertTrue(Svgs.child(hostile, "title").getTextContent().startsWith(HOSTILE));
        assertTrue(texts.stream().anyMatch(t -> HOSTILE.startsWith(t.replace(TextWidth.ELLIPSIS, ""))), texts.toString());
        assertTrue(Svgs.elements(document.getDocumentElement()).stream()
                .noneMatch(e -> e.getLocalName().equals("script")));
    }

    @Test
    void controlCharactersDoNotBreakTheXml() {
        List<Node> nodes = List.of(new Node("a", "nul\u0000bell\u0007 \ud800 end", "", Tone.EU, false));
        Svgs.checkRules(DependencyDiagram.svg(nodes, List.of(), TEXT));
    }

    @Test
    void jurisdictionAndCriticalityAreShownByBorderAndTextNotColourAlone() {
        Document document = Svgs.parse(DependencyDiagram.svg(NODES, EDGES, TEXT));
        for (Element group : Svgs.groups(document, "node")) {
            Node node = NODES.stream().filter(n -> n.id().equals(group.getAttribute("data-id"))).findFirst()
                    .orElseThrow();
            Element rect = Svgs.child(group, "rect");
            List<String> texts = Svgs.children(group, "text").stream().map(Element::getTextContent).toList();
            switch (node.tone()) {
                case EU -> assertFalse(rect.hasAttribute("stroke-dasharray"), node.id());
                case NON_EU -> {
                    assertEquals("7 3", rect.getAttribute("stroke-dasharray"), node.id());
                    assertTrue(texts.contains("\u25B2"), node.id() + " " + texts);
                }
                case UNKNOWN -> {
                    assertEquals("2 2", rect.getAttribute("stroke-dasharray"), node.id());
                    assertTrue(texts.contains("?"), node.id() + " " + texts);
                }
            }
            assertEquals(node.critical(), texts.contains("!"), node.id() + " " + texts);
            assertEquals(node.critical() ? 3.5 : 1.5, Svgs.number(rect, "stroke-width"), node.id());
        }
    }

    @Test
    void legendExplainsEveryMarker() {
        Document document = Svgs.parse(DependencyDiagram.svg(NODES, EDGES, TEXT));
        Element legend = Svgs.groups(document, "legend").get(0);
        List<String> texts = Svgs.children(legend, "text").stream().map(Element::getTextContent).toList();
        assertEquals(List.of(TEXT.legendEu(), "\u25B2", TEXT.legendNonEu(), "?", TEXT.legendUnknown(), "!",
                TEXT.legendCritical()), texts);
    }

    @Test
    void twoDiagramsOnOnePageHaveDifferentIds() {
        String first = DependencyDiagram.svg(NODES, EDGES, TEXT);
        String second = DependencyDiagram.svg(NODES.subList(0, 3), EDGES.subList(0, 3), TEXT);
        String idFirst = Svgs.parse(first).getDocumentElement().getAttribute("aria-labelledby");
        String idSecond = Svgs.parse(second).getDocumentElement().getAttribute("aria-labelledby");
        assertNotEquals(idFirst, idSecond);
        assertTrue(idFirst.startsWith("svg-afhankelijkheden-van"), idFirst);
        String chosen = DependencyDiagram.svg(NODES, EDGES, TEXT, "kaart-2");
        assertEquals("kaart-2-title kaart-2-desc",
                Svgs.parse(chosen).getDocumentElement().getAttribute("aria-labelledby"));
        assertThrows(IllegalArgumentException.class, () -> DependencyDiagram.svg(NODES, EDGES, TEXT, "2 \"x\""));
    }

    @Test
    void noNodesGivesASmallDrawingThatSaysSo() {
        String svg = DependencyDiagram.svg(List.of(), List.of(), TEXT);
        Document document = Svgs.checkRules(svg);
        String shown = Svgs.elements(document.getDocumentElement()).stream()
                .filter(e -> e.getLocalName().equals("text")).map(Element::getTextContent)
                .reduce("", (a, b) -> a + " " + b).strip();
        assertEquals(TEXT.description(), shown);
        assertTrue(Svgs.groups(document, "node").isEmpty());
    }

    @Test
    void aSingleNodeWithoutEdgesIsDrawn() {
        Document document = Svgs.checkRules(DependencyDiagram.svg(NODES.subList(0, 1), List.of(), TEXT));
        assertEquals(1, Svgs.groups(document, "node").size());
    }

    @Test
    void aLongCycleAndSelfLoopsLayOutQuickly() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            nodes.add(new Node("n" + i, "Applicatie " + i, "", Tone.EU, false));
            edges.add(new Edge("n" + i, "n" + ((i + 1) % 300)));
            edges.add(new Edge("n" + i, "n" + i));
        }
        String svg = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> DependencyDiagram.svg(nodes, edges, TEXT));
        Document document = Svgs.checkRules(svg);
        assertEquals(600, Svgs.groups(document, "edge").size());
    }

    @Test
    void anEdgeToAnUnknownNodeIsRejectedByName() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> DependencyDiagram.svg(NODES, List.of(new Edge("teams", "sharepoint")), TEXT));
        assertTrue(error.getMessage().contains("'sharepoint'"), error.getMessage());
    }

    @Test
    void twoNodesWithOneIdAreRejected() {
        var error = assertThrows(IllegalArgumentException.class, () -> DependencyDiagram.svg(
                List.of(NODES.get(0), new Node("teams", "Teams (2)", "", Tone.EU, false)), List.of(), TEXT));
        assertTrue(error.getMessage().contains("'teams'"), error.getMessage());
    }
}
