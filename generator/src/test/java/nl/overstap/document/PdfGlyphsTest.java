package nl.overstap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.overstap.model.Language;
import nl.overstap.render.Handout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * Every glyph in a PDF stands for a plain letter: no ligature glyphs, which DejaVu Sans would
 * otherwise put in place of "ff", "fi" and "ffi". Such a glyph's text is a presentation form
 * (U+FB01 for "fi"), which a viewer's search and a screen reader do not take for the two letters.
 */
class PdfGlyphsTest {
    @Test
    void wordsWithLigatureLettersKeepOneGlyphPerLetter() throws Exception {
        String html = "<!DOCTYPE html><html lang=\"nl\"><head><title>Profiel</title></head><body>"
                + "<h1>Officiële profielen</h1><p>Definities, <strong>flexibele</strong> afspraken en "
                + "<em>office-bestanden</em> in een fijne workflow.</p></body></html>";
        byte[] pdf = Pdf.of(new Handout("profiel", "Profiel", "Ligaturen", Language.NL, LocalDate.of(2026, 11, 1),
                html));
        List<String> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var fontName : resources.getFontNames()) {
                PDFont font = resources.getFont(fontName);
                assertTrue(font instanceof PDType0Font, font.getName());
                // A code is a glyph number of the whole font (two bytes); each glyph maps back to its text.
                for (int code = 1; code <= 0xFFFF; code++) {
                    String text = font.toUnicode(code);
                    if (text != null) {
                        glyphs.add(text);
                    }
                }
            }
        }
        assertTrue(glyphs.containsAll(List.of("f", "i", "l")), glyphs.toString());
        for (String text : glyphs) {
            assertEquals(1, text.codePointCount(0, text.length()), "a glyph for '" + text + "' in " + glyphs);
            int character = text.codePointAt(0);
            assertFalse(character >= 0xFB00 && character <= 0xFB06, "a ligature glyph for U+"
                    + Integer.toHexString(character).toUpperCase(java.util.Locale.ROOT) + " in " + glyphs);
        }
    }
}
