package nl.overstap.inventory.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** WCAG 2.1 AA contrast: 4.5:1 for text (1.4.3), 3:1 for lines and shapes that carry meaning (1.4.11). */
class PaletteTest {
    private static void atLeast(double ratio, String foreground, String background) {
        double contrast = Palette.contrast(foreground, background);
        assertTrue(contrast >= ratio, foreground + " on " + background + ": " + contrast);
    }

    @Test
    void theFormulaGivesTheKnownExtremes() {
        assertEquals(21.0, Palette.contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, Palette.contrast("#777777", "#777777"), 1e-9);
        // #767676 on white is the well-known lightest grey that still passes 4.5:1.
        assertEquals(4.54, Palette.contrast("#767676", "#ffffff"), 0.01);
    }

    @Test
    void textIsReadableOnEveryFill() {
        for (Tone tone : Tone.values()) {
            atLeast(4.5, Palette.TEXT, Palette.fill(tone));
            atLeast(4.5, Palette.MUTED_TEXT, Palette.fill(tone));
        }
        atLeast(4.5, Palette.TEXT, Palette.PAGE);
        atLeast(4.5, Palette.TEXT, Palette.BAR_TRACK);
        atLeast(4.5, Palette.BADGE_TEXT, Palette.BADGE_FILL);
    }

    @Test
    void linesAndShapesStandOutFromThePageAndTheirFill() {
        for (Tone tone : Tone.values()) {
            atLeast(3, Palette.stroke(tone), Palette.PAGE);
            atLeast(3, Palette.stroke(tone), Palette.fill(tone));
            // The badge sits on the box's fill.
            atLeast(3, Palette.BADGE_FILL, Palette.fill(tone));
        }
        atLeast(3, Palette.EDGE, Palette.PAGE);
        atLeast(3, Palette.BAR_FILL, Palette.PAGE);
        atLeast(3, Palette.BAR_FILL, Palette.BAR_TRACK);
        atLeast(3, Palette.BAR_TRACK_STROKE, Palette.PAGE);
    }
}
