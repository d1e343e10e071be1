package nl.overstap.inventory.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * The key above the dependency map: a sample box for each jurisdiction and one for a critical
 * service, each with its text, in rows that wrap at the drawing's width.
 */
final class Legend {
    static final double MIN_WRAP = 420;
    private static final double SIZE = 12;
    private static final double SAMPLE_WIDTH = 30;
    private static final double SAMPLE_HEIGHT = 18;
    private static final double ROW = 26;
    private static final double GAP = 18;

    private enum Kind { EU, NON_EU, UNKNOWN, CRITICAL }

    private record Item(Kind kind, String text, double x, double y) {
    }

    private final List<Item> items;
    private final double width;
    private final double height;

    private Legend(List<Item> items, double width, double height) {
        this.items = items;
        this.width = width;
        this.height = height;
    }

    static Legend of(DiagramText text, double wrap) {
        List<Item> items = new ArrayList<>();
        double x = GraphLayout.MARGIN;
        double y = GraphLayout.MARGIN;
        double widest = 0;
        String[] texts = {text.legendEu(), text.legendNonEu(), text.legendUnknown(), text.legendCritical()};
        for (Kind kind : Kind.values()) {
            String line = TextWidth.fit(texts[kind.ordinal()], wrap - 2 * GraphLayout.MARGIN - SAMPLE_WIDTH - 6, SIZE,
                    false);
            double itemWidth = SAMPLE_WIDTH + 6 + TextWidth.of(line, SIZE, false);
            if (x > GraphLayout.MARGIN && x + itemWidth > wrap - GraphLayout.MARGIN) {
                x = GraphLayout.MARGIN;
                y += ROW;
            }
            items.add(new Item(kind, line, x, y));
            widest = Math.max(widest, x + itemWidth);
            x += itemWidth + GAP;
        }
        return new Legend(items, Math.ceil(widest + GraphLayout.MARGIN), y + ROW + 4);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    void draw(SvgWriter svg) {
        svg.start("g", "class", "legend");
        for (Item item : items) {
            double x = item.x();
            double y = item.y();
            Tone tone = switch (item.kind()) {
                case EU -> Tone.EU;
                case NON_EU -> Tone.NON_EU;
                case UNKNOWN, CRITICAL -> Tone.UNKNOWN;
            };
            boolean critical = item.kind() == Kind.CRITICAL;
            List<Object> rect = new ArrayList<>(List.of("x", x, "y", y, "width", SAMPLE_WIDTH, "height",
                    SAMPLE_HEIGHT, "rx", "3", "fill", critical ? Palette.PAGE : Palette.fill(tone),
                    "stroke", critical ? Palette.TEXT : Palette.stroke(tone),
                    "stroke-width", SvgWriter.num(critical ? DependencyDiagram.CRITICAL_STROKE : DependencyDiagram.STROKE)));
            if (!critical && !Palette.dashes(tone).isEmpty()) {
                rect.addAll(List.of("stroke-dasharray", Palette.dashes(tone)));
            }
            svg.empty("rect", rect.toArray());
            double middle = x + SAMPLE_WIDTH / 2;
            if (critical) {
                DependencyDiagram.Badge.draw(svg, middle, y + SAMPLE_HEIGHT / 2);
            } else if (!Palette.marker(tone).isEmpty()) {
                svg.text("text", Palette.marker(tone), "x", middle, "y", y + 13.5, "font-size", "12",
                        "font-weight", "bold", "text-anchor", "middle", "fill", Palette.TEXT);
            }
            svg.text("text", item.text(), "x", x + SAMPLE_WIDTH + 6, "y", y + 13.5, "font-size", SvgWriter.num(SIZE),
                    "fill", Palette.TEXT);
        }
        svg.end("g");
    }
}
