package nl.overstap.inventory.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextWidthTest {
    @Test
    void widthsFollowTheFontsAdvances() {
        // DejaVu Sans: "m" is 974/1000 em, "i" 278; at 10 px.
        assertEquals(9.74, TextWidth.of("m", 10, false), 1e-9);
        assertEquals(2.78, TextWidth.of("i", 10, false), 1e-9);
        assertTrue(TextWidth.of("Teams", 13, true) > TextWidth.of("Teams", 13, false));
        assertEquals(TextWidth.of("e", 12, false), TextWidth.of("\u00e9", 12, false), 1e-9);
        assertEquals(0, TextWidth.of("", 12, false));
    }

    @Test
    void textThatFitsIsKeptWhole() {
        assertEquals("Teams", TextWidth.fit("Teams", 200, 13, true));
    }

    @Test
    void longTextIsCutWithAnEllipsisWithinTheWidth() {
        String long_ = "Zaaksysteem voor vergunningen, toezicht en handhaving";
        String fitted = TextWidth.fit(long_, 120, 13, true);
        assertTrue(fitted.endsWith(TextWidth.ELLIPSIS), fitted);
        assertTrue(long_.startsWith(fitted.substring(0, fitted.length() - 1)), fitted);
        assertTrue(TextWidth.of(fitted, 13, true) <= 120, fitted);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00".repeat(40);
        String fitted = TextWidth.fit(emoji, 50, 13, false);
        String kept = fitted.substring(0, fitted.length() - 1);
        assertEquals(0, kept.length() % 2, fitted);
        kept.codePoints().forEach(c -> assertEquals(0x1F600, c));
    }
}
