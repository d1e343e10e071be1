package nl.overstap.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import nl.overstap.model.Language;
import nl.overstap.render.Handout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds, the dev server's and the command line's, remake only the documents whose handout changed. */
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

    @Test
    void aNewProcessFindsTheDocumentsOfThePreviousOutputThroughItsManifest(@TempDir Path out) throws IOException {
        List<Documents.Job> jobs = Documents.both(List.of(handout("a", "een"), handout("b", "twee")));
        DocumentCache first = new DocumentCache();
        SortedMap<String, byte[]> made = Documents.make(jobs, first);
        assertEquals(0, first.kept());
        for (var file : made.entrySet()) {
            Files.write(out.resolve(file.getKey()), file.getValue());
        }
        String manifest = new String(first.manifest(made), StandardCharsets.UTF_8);
        assertEquals(4, manifest.lines().count(), manifest);
        Files.writeString(out.resolve(DocumentCache.MANIFEST), manifest);
        assertEquals(0, lastKept(jobs, out), "without its marker the folder is not an earlier output");

        Files.writeString(out.resolve(".overstap-site"), "");
        assertEquals(4, lastKept(jobs, out));

        // An altered file is made again and not trusted; a manifest line that leaves the folder is ignored.
        Files.writeString(out.resolve("a.pdf"), "altered");
        Files.writeString(out.resolve(DocumentCache.MANIFEST), manifest.replace(" b.odt\n", " ../b.odt\n"));
        DocumentCache cache = DocumentCache.fromOutput(out);
        SortedMap<String, byte[]> again = Documents.make(jobs, cache);
        assertEquals(2, cache.kept());
        assertArrayEquals(made.get("a.pdf"), again.get("a.pdf"));
    }

    private static int lastKept(List<Documents.Job> jobs, Path out) {
        DocumentCache cache = DocumentCache.fromOutput(out);
        Documents.make(jobs, cache);
        return cache.kept();
    }
}
