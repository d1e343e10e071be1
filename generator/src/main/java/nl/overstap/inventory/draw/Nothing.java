package nl.overstap.inventory.draw;

import java.util.ArrayList;
import java.util.List;

/** The drawing shown when there is nothing to draw: the description as text, in a small frame. */
final class Nothing {
    private static final double WIDTH = 480;
    private static final double SIZE = 13;
    private static final double LINE = 18;

    private Nothing() {
    }

    static String svg(String idPrefix, String title, String description) {
        List<String> lines = wrap(description, WIDTH - 2 * 16);
        double height = 16 + lines.size() * LINE + 12;
        SvgWriter svg = new SvgWriter().open(idPrefix, WIDTH, height, title, description);
        svg.empty("rect", "x", 0.5, "y", 0.5, "width", WIDTH - 1, "height", height - 1, "fill", Palette.PAGE,
                "stroke", Palette.UNKNOWN_STROKE, "stroke-dasharray", "4 3");
        for (int i = 0; i < lines.size(); i++) {
            svg.text("text", lines.get(i), "x", 16.0, "y", 16 + LINE * i + 13, "font-size", SvgWriter.num(SIZE),
                    "fill", Palette.TEXT);
        }
        return svg.close();
    }

    /** {@code text} broken at spaces into lines of at most {@code max} pixels; a longer word is shortened. */
    static List<String> wrap(String text, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || TextWidth.of(candidate, SIZE, false) <= max) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(TextWidth.fit(line.toString(), max, SIZE, false));
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(TextWidth.fit(line.toString(), max, SIZE, false));
        return lines;
    }
}
