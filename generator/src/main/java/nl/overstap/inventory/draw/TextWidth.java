package nl.overstap.inventory.draw;

import java.text.Normalizer;

/**
 * Estimates how wide a line of text is drawn, without asking AWT or the system for fonts: the
 * advance widths of DejaVu Sans (the font the PDFs embed; Verdana, its look-alike, is about as wide)
 * for printable ASCII, read from the font's metrics in thousandths of an em. Other characters take
 * the width of their base letter (é as e) or a wide guess, so estimates err on the wide side.
 */
final class TextWidth {
    private static final int[] REGULAR = {318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318,
        337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770,
        632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685,
        390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635,
        635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};
    private static final int[] BOLD = {348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
        683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457,
        365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716,
        493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838};
    /** Ideographs and other wide scripts: a full em. */
    private static final int WIDE = 1000;
    /** Anything else outside ASCII: as wide as the widest common letters. */
    private static final int OTHER = 800;
    static final String ELLIPSIS = "\u2026";

    private TextWidth() {
    }

    /** The width of {@code text} at {@code size} pixels, in pixels. */
    static double of(String text, double size, boolean bold) {
        long thousandths = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            thousandths += advance(c, bold);
            i += Character.charCount(c);
        }
        return thousandths * size / 1000.0;
    }

    private static int advance(int c, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        if (c >= 32 && c < 127) {
            return table[c - 32];
        }
        if (c == 0x2026 || Character.isIdeographic(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
            return WIDE;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK || Character.isISOControl(c)) {
            return 0;
        }
        // A letter with a diacritic is about as wide as its base letter.
        String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        int first = base.codePointAt(0);
        return first >= 32 && first < 127 ? table[first - 32] : OTHER;
    }

    /**
     * {@code text} as it fits in {@code max} pixels: whole when it fits, else as many characters as
     * fit followed by an ellipsis. Never splits a surrogate pair.
     */
    static String fit(String text, double max, double size, boolean bold) {
        if (of(text, size, bold) <= max) {
            return text;
        }
        double room = max - of(ELLIPSIS, size, bold);
        int end = 0;
        double used = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            double next = advance(c, bold) * size / 1000.0;
            if (used + next > room) {
                break;
            }
            used += next;
            end += Character.charCount(c);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
