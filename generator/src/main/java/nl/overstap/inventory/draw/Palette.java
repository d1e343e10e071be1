package nl.overstap.inventory.draw;

/**
 * The colours of the drawings. Colour is never the only signal (borders and text markers carry
 * the same meaning); still every text keeps at least 4.5:1 contrast on what it is drawn on and
 * every line or shape at least 3:1 on the white page (WCAG 2.1, 1.4.3 and 1.4.11), which
 * {@code PaletteTest} checks with the WCAG formula.
 */
final class Palette {
    static final String PAGE = "#ffffff";
    static final String TEXT = "#1b1b1b";
    static final String MUTED_TEXT = "#4a4a4a";
    static final String EDGE = "#555555";

    static final String EU_FILL = "#e4f2e7";
    static final String EU_STROKE = "#2a7a3b";
    static final String NON_EU_FILL = "#fbe5e1";
    static final String NON_EU_STROKE = "#b0281f";
    static final String UNKNOWN_FILL = "#eeeeee";
    static final String UNKNOWN_STROKE = "#5c5c5c";

    /** The critical badge: a dark disc with a white "!". */
    static final String BADGE_FILL = "#1b1b1b";
    static final String BADGE_TEXT = "#ffffff";

    static final String BAR_FILL = "#1d5c96";
    static final String BAR_TRACK = "#ffffff";
    static final String BAR_TRACK_STROKE = "#6b6b6b";

    private Palette() {
    }

    static String fill(Tone tone) {
        return switch (tone) {
            case EU -> EU_FILL;
            case NON_EU -> NON_EU_FILL;
            case UNKNOWN -> UNKNOWN_FILL;
        };
    }

    static String stroke(Tone tone) {
        return switch (tone) {
            case EU -> EU_STROKE;
            case NON_EU -> NON_EU_STROKE;
            case UNKNOWN -> UNKNOWN_STROKE;
        };
    }

    /** The border pattern: solid under EU control, dashed outside it, dotted when unknown. */
    static String dashes(Tone tone) {
        return switch (tone) {
            case EU -> "";
            case NON_EU -> "7 3";
            case UNKNOWN -> "2 2";
        };
    }

    /** The text marker in front of a label: none for EU, a triangle outside it, "?" when unknown. */
    static String marker(Tone tone) {
        return switch (tone) {
            case EU -> "";
            case NON_EU -> "\u25B2";
            case UNKNOWN -> "?";
        };
    }

    /** WCAG 2.1 contrast ratio of two "#rrggbb" colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
