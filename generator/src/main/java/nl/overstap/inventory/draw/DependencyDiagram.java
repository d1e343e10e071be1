package nl.overstap.inventory.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.overstap.inventory.draw.GraphLayout.Box;
import nl.overstap.inventory.draw.GraphLayout.Link;
import nl.overstap.inventory.draw.GraphLayout.Point;

/**
 * Draws the dependency map: one box per application, an arrow from each application to what it
 * needs, laid out by {@link GraphLayout}, with a legend on top. The box's border and a text
 * marker say the jurisdiction (solid: EU; dashed with a triangle: outside the EU; dotted with a
 * question mark: unknown), a thick border and a "!" badge say critical; the fill colour only
 * repeats that.
 */
public final class DependencyDiagram {
    static final double LABEL_SIZE = 13;
    static final double DETAIL_SIZE = 11;
    static final double PAD = 8;
    /** The widest a label or detail line may be before it is shortened. */
    static final double MAX_TEXT = 200;
    static final double MIN_WIDTH = 64;
    static final double BADGE = 16;
    static final double HEIGHT_ONE_LINE = 28;
    static final double HEIGHT_TWO_LINES = 42;
    static final double STROKE = 1.5;
    static final double CRITICAL_STROKE = 3.5;

    private DependencyDiagram() {
    }

    /**
     * The map of {@code nodes} and {@code edges} as a standalone {@code <svg>} element, its ids
     * prefixed with a name made from the title and a digest of the content.
     *
     * @throws IllegalArgumentException when two nodes share an id or an edge names an unknown one
     */
    public static String svg(List<Node> nodes, List<Edge> edges, DiagramText text) {
        StringBuilder content = new StringBuilder(text.title()).append('\n').append(text.description());
        nodes.forEach(node -> content.append('\n').append(node));
        edges.forEach(edge -> content.append('\n').append(edge));
        return svg(nodes, edges, text, SvgWriter.idPrefix(text.title(), content.toString()));
    }

    /**
     * As {@link #svg(List, List, DiagramText)}, with the ids of its title and description starting
     * with {@code idPrefix} (a letter, then letters, digits, '-' or '_'). With no nodes, a small
     * drawing that shows the description instead of a map. Equal input gives equal output.
     *
     * @throws IllegalArgumentException when two nodes share an id, an edge names an unknown one or
     *                                  the prefix is not usable as an id
     */
    public static String svg(List<Node> nodes, List<Edge> edges, DiagramText text, String idPrefix) {
        SvgWriter.checkedPrefix(idPrefix);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (index.putIfAbsent(nodes.get(i).id(), i) != null) {
                throw new IllegalArgumentException("two nodes have the id '" + nodes.get(i).id() + "'");
            }
        }
        Set<Link> links = new LinkedHashSet<>();
        for (Edge edge : edges) {
            links.add(new Link(require(index, edge.from(), edge), require(index, edge.to(), edge)));
        }
        if (nodes.isEmpty()) {
            return Nothing.svg(idPrefix, text.title(), text.description());
        }
        List<Shape> shapes = nodes.stream().map(Shape::of).toList();
        GraphLayout.Result layout = GraphLayout.run(shapes.stream().map(Shape::box).toList(), List.copyOf(links));

        Legend legend = Legend.of(text, Math.max(layout.width(), Legend.MIN_WRAP));
        double width = Math.max(layout.width(), legend.width());
        double height = legend.height() + layout.height();
        SvgWriter svg = new SvgWriter().open(idPrefix, width, height, text.title(), text.description());
        svg.empty("rect", "x", 0.0, "y", 0.0, "width", width, "height", height, "fill", Palette.PAGE);
        legend.draw(svg);
        svg.start("g", "transform", "translate(0 " + SvgWriter.num(legend.height()) + ")");
        int e = 0;
        for (Link link : links) {
            arrow(svg, nodes.get(link.from()), nodes.get(link.to()), layout.routes().get(e++));
        }
        for (int i = 0; i < nodes.size(); i++) {
            shapes.get(i).draw(svg, layout.corners().get(i), text);
        }
        svg.end("g");
        return svg.close();
    }

    private static int require(Map<String, Integer> index, String id, Edge edge) {
        Integer found = index.get(id);
        if (found == null) {
            throw new IllegalArgumentException("the edge from '" + edge.from() + "' to '" + edge.to()
                    + "' names '" + id + "', which is not a node");
        }
        return found;
    }

    /** An arrow along {@code route}, its head at the last point. */
    private static void arrow(SvgWriter svg, Node from, Node to, List<Point> route) {
        svg.start("g", "class", "edge", "data-from", from.id(), "data-to", to.id());
        svg.text("title", from.label() + " \u2192 " + to.label());
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < route.size(); i++) {
            Point p = route.get(i);
            d.append(i == 0 ? "M" : " L").append(SvgWriter.num(p.x())).append(' ').append(SvgWriter.num(p.y()));
        }
        svg.empty("path", "d", d.toString(), "fill", "none", "stroke", Palette.EDGE, "stroke-width", "1.2");
        if (route.size() >= 2) {
            svg.empty("polygon", "points", head(route.get(route.size() - 2), route.get(route.size() - 1)),
                    "fill", Palette.EDGE);
        }
        svg.end("g");
    }

    /** A triangle with its tip at {@code tip}, pointing the way from {@code before}. */
    static String head(Point before, Point tip) {
        double dx = tip.x() - before.x();
        double dy = tip.y() - before.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            dx = 1;
            dy = 0;
            length = 1;
        }
        double ux = dx / length;
        double uy = dy / length;
        double back = 8;
        double half = 4;
        double bx = tip.x() - ux * back;
        double by = tip.y() - uy * back;
        return SvgWriter.num(tip.x()) + "," + SvgWriter.num(tip.y()) + " "
                + SvgWriter.num(bx - uy * half) + "," + SvgWriter.num(by + ux * half) + " "
                + SvgWriter.num(bx + uy * half) + "," + SvgWriter.num(by - ux * half);
    }

    /** A node's box: its size from the estimated width of its texts, and how it is drawn. */
    record Shape(Node node, String label, String detail, double width, double height) {
        static Shape of(Node node) {
            double lead = lead(node);
            String label = TextWidth.fit(node.label(), MAX_TEXT - lead, LABEL_SIZE, true);
            String detail = TextWidth.fit(node.detail(), MAX_TEXT, DETAIL_SIZE, false);
            double text = Math.max(lead + TextWidth.of(label, LABEL_SIZE, true), TextWidth.of(detail, DETAIL_SIZE, false));
            double width = Math.max(MIN_WIDTH, Math.ceil(PAD + text + PAD));
            return new Shape(node, label, detail, width, detail.isEmpty() ? HEIGHT_ONE_LINE : HEIGHT_TWO_LINES);
        }

        /** Room taken in front of the label by the critical badge and the jurisdiction marker. */
        private static double lead(Node node) {
            double lead = node.critical() ? BADGE + 4 : 0;
            String marker = Palette.marker(node.tone());
            return marker.isEmpty() ? lead : lead + TextWidth.of(marker, LABEL_SIZE, true) + 4;
        }

        Box box() {
            return new Box(width, height);
        }

        void draw(SvgWriter svg, Point corner, DiagramText text) {
            double x = corner.x();
            double y = corner.y();
            Tone tone = node.tone();
            svg.start("g", "class", "node", "data-id", node.id());
            StringBuilder tip = new StringBuilder(node.label());
            if (!node.detail().isEmpty()) {
                tip.append(" \u2014 ").append(node.detail());
            }
            tip.append(" \u2014 ").append(text.legend(tone));
            if (node.critical()) {
                tip.append(" \u2014 ").append(text.legendCritical());
            }
            svg.text("title", tip.toString());
            List<Object> rect = new ArrayList<>(List.of("x", x, "y", y, "width", width, "height", height, "rx", "4",
                    "fill", Palette.fill(tone), "stroke", Palette.stroke(tone),
                    "stroke-width", SvgWriter.num(node.critical() ? CRITICAL_STROKE : STROKE)));
            if (!Palette.dashes(tone).isEmpty()) {
                rect.addAll(List.of("stroke-dasharray", Palette.dashes(tone)));
            }
            svg.empty("rect", rect.toArray());
            double baseline = y + 18;
            double left = x + PAD;
            if (node.critical()) {
                Badge.draw(svg, left + BADGE / 2, baseline - 4.5);
                left += BADGE + 4;
            }
            String marker = Palette.marker(tone);
            if (!marker.isEmpty()) {
                svg.text("text", marker, "x", left, "y", baseline, "font-size", SvgWriter.num(LABEL_SIZE),
                        "font-weight", "bold", "fill", Palette.TEXT);
                left += TextWidth.of(marker, LABEL_SIZE, true) + 4;
            }
            svg.text("text", label, "x", left, "y", baseline, "font-size", SvgWriter.num(LABEL_SIZE),
                    "font-weight", "bold", "fill", Palette.TEXT);
            if (!detail.isEmpty()) {
                svg.text("text", detail, "x", x + PAD, "y", y + 33, "font-size", SvgWriter.num(DETAIL_SIZE),
                        "fill", Palette.MUTED_TEXT);
            }
            svg.end("g");
        }
    }

    /** The critical marker: a dark disc with a white "!", centred on (cx, cy). */
    static final class Badge {
        private Badge() {
        }

        static void draw(SvgWriter svg, double cx, double cy) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", SvgWriter.num(BADGE / 2), "fill", Palette.BADGE_FILL);
            svg.text("text", "!", "x", cx, "y", cy + 4, "font-size", "11", "font-weight", "bold",
                    "text-anchor", "middle", "fill", Palette.BADGE_TEXT);
        }
    }
}
