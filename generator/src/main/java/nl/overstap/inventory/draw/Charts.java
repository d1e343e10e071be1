package nl.overstap.inventory.draw;

import java.util.List;

/** Charts of the exposure figures, as standalone {@code <svg>} elements. */
public final class Charts {
    private static final double SIZE = 13;
    private static final double PAD = 12;
    private static final double MAX_LABEL = 260;
    private static final double BAR = 240;
    private static final double BAR_HEIGHT = 18;
    private static final double ROW = 30;

    private Charts() {
    }

    /**
     * Horizontal bars, one per share in the order given: its label on the left, a bar filled to
     * {@code part / whole} (empty when the whole is 0) and its value text on the right, all real
     * text. Ids are prefixed with a name made from the title and a digest of the content. With no
     * shares, a small drawing that shows the description.
     */
    public static String shares(String title, String description, List<Share> shares) {
        StringBuilder content = new StringBuilder(title).append('\n').append(description);
        shares.forEach(share -> content.append('\n').append(share));
        return shares(title, description, shares, SvgWriter.idPrefix(title, content.toString()));
    }

    /**
     * As {@link #shares(String, String, List)}, with the ids of its title and description starting
     * with {@code idPrefix} (a letter, then letters, digits, '-' or '_').
     */
    public static String shares(String title, String description, List<Share> shares, String idPrefix) {
        SvgWriter.checkedPrefix(idPrefix);
        if (shares.isEmpty()) {
            return Nothing.svg(idPrefix, title, description);
        }
        double labelColumn = 0;
        double valueColumn = 0;
        for (Share share : shares) {
            labelColumn = Math.max(labelColumn, TextWidth.of(share.label(), SIZE, false));
            valueColumn = Math.max(valueColumn, TextWidth.of(share.valueText(), SIZE, false));
        }
        labelColumn = Math.ceil(Math.min(labelColumn, MAX_LABEL));
        double barX = PAD + labelColumn + 12;
        double width = Math.ceil(barX + BAR + 10 + valueColumn + PAD);
        double height = PAD + shares.size() * ROW - (ROW - BAR_HEIGHT) + PAD;
        SvgWriter svg = new SvgWriter().open(idPrefix, width, height, title, description);
        svg.empty("rect", "x", 0.0, "y", 0.0, "width", width, "height", height, "fill", Palette.PAGE);
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            double y = PAD + i * ROW;
            double baseline = y + 13.5;
            svg.start("g", "class", "share");
            svg.text("title", share.label() + ": " + share.valueText());
            svg.text("text", TextWidth.fit(share.label(), labelColumn, SIZE, false), "x", PAD, "y", baseline,
                    "font-size", SvgWriter.num(SIZE), "fill", Palette.TEXT);
            svg.empty("rect", "x", barX, "y", y, "width", BAR, "height", BAR_HEIGHT, "fill", Palette.BAR_TRACK,
                    "stroke", Palette.BAR_TRACK_STROKE, "stroke-width", "1");
            double filled = BAR * share.fraction();
            if (filled > 0) {
                svg.empty("rect", "class", "bar", "x", barX, "y", y, "width", filled, "height", BAR_HEIGHT,
                        "fill", Palette.BAR_FILL);
            }
            svg.text("text", share.valueText(), "x", barX + BAR + 10, "y", baseline, "font-size", SvgWriter.num(SIZE),
                    "fill", Palette.TEXT);
            svg.end("g");
        }
        return svg.close();
    }
}
