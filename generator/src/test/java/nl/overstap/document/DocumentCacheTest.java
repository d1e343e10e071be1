package nl.overstap.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import nl.overstap.model.Language;
import nl.overstap.render.Handout;
import org.junit.jupiter.api.Test;

/** The dev server's rebuilds remake only the documents whose handout changed. */
class DocumentCacheTest {
    private static Handout handout(String name, String text) {
        return new Handout(name, "Titel " + name, "Over " + name, Language.NL, LocalDate.of(2026, 11, 1),
                "<!DOCTYPE html><html lang=\"nl\"><head><title>Titel " + name + "</title></head><body><h1>Titel " + name
                        + "</h1><p>" + text + "</p></body></html>");
    }

    @Test
    void keepsWhatDidNotChangeAndRemakesWhatDid() {
        DocumentCache cache = new DocumentCache();
        List<Documents.Job> first = Documents.both(List.of(handout("a", "een"), handout("b", "twee")));
        SortedMap<String, byte[]> made = Documents.make(first, cache);
        assertEquals(List.of("a.odt", "a.pdf", "b.odt", "b.pdf"), List.copyOf(made.keySet()));
        assertEquals(4, cache.size());

        List<Documents.Job> second = Documents.both(List.of(handout("a", "een"), handout("b", "drie")));
        SortedMap<String, byte[]> again = Documents.make(second, cache);
        assertSame(made.get("a.pdf"), again.get("a.pdf"), "unchanged: kept");
        assertSame(made.get("a.odt"), again.get("a.odt"));
        assertNotSame(made.get("b.pdf"), again.get("b.pdf"), "changed: made again");
        assertEquals(4, cache.size(), "the old b is forgotten");
        assertArrayEquals(Pdf.of(handout("b", "drie")), again.get("b.pdf"), "a kept document is the one made anew");
    }
}
