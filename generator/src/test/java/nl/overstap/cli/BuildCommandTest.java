package nl.overstap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.overstap.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    /** Fixture review dates are from November 2026; checking as of then keeps these tests valid later. */
    static final String TODAY = "2026-12-02";

    @TempDir
    Path dir;

    @Test
    void buildPrintsASummaryWithPagesPerLanguageAndDocuments() {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        CliRun run = CliRun.of("build", "--today", TODAY, "--catalogue", dir.resolve("catalogue").toString(), "--out",
                dir.resolve("site").toString(), "--archive");
        assertEquals(0, run.code(), run.out() + run.err());
        // The training note is Dutch only: its English page links the Dutch PDF and ODT.
        assertTrue(run.out().matches("(?s)built 42 pages \\(nl 21, en 21\\) and 6 documents \\(PDF, ODT; 0 unchanged since the "
                + "last build\\), \\d+ files "
                + "in \\d+ ms: .*site\\R"), run.out());
        assertTrue(Files.exists(dir.resolve("site/nl/index.html")));
        assertTrue(Files.exists(dir.resolve("site.zip")));
    }

    @Test
    void aRebuildTakesUnchangedDocumentsFromThePreviousOutputAndRemakesChangedOnes() throws IOException {
        Path catalogue = dir.resolve("catalogue");
        Fixtures.write(catalogue, Fixtures.VALID);
        Path site = dir.resolve("site");
        String[] build = {"build", "--today", TODAY, "--catalogue", catalogue.toString(), "--out", site.toString()};
        assertEquals(0, CliRun.of(build).code());
        Path pdf = site.resolve("nl/training/element-basics/element-basics.nl.pdf");
        byte[] made = Files.readAllBytes(pdf);

        CliRun again = CliRun.of(build);
        assertTrue(again.out().contains("and 6 documents (PDF, ODT; 6 unchanged since the last build)"), again.out());
        assertTrue(java.util.Arrays.equals(made, Files.readAllBytes(pdf)));

        // A document altered in the output is not trusted: it is made again, as is one whose text changed.
        Files.write(pdf, "not a PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path guide = catalogue.resolve("migrations/microsoft-teams--element.nl.md");
        Files.writeString(guide, Files.readString(guide).replace("## ", "## Stap: "));
        CliRun changed = CliRun.of(build);
        assertTrue(changed.out().contains("and 6 documents (PDF, ODT; 3 unchanged since the last build)"),
                changed.out());
        assertTrue(java.util.Arrays.equals(made, Files.readAllBytes(pdf)), "the altered PDF was made again");
    }

    @Test
    void noDownloadsLeavesOutTheDocumentsAndTheLinksToThem() throws IOException {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Path site = dir.resolve("site");
        CliRun run = CliRun.of("build", "--today", TODAY, "--catalogue", dir.resolve("catalogue").toString(), "--out",
                site.toString(), "--no-downloads");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)built 42 pages \\(nl 21, en 21\\) and no documents \\(--no-downloads\\), "
                + "\\d+ files in \\d+ ms: .*site\\R"), run.out());
        try (var files = Files.walk(site)) {
            assertEquals(java.util.List.of(), files.map(Path::toString)
                    .filter(name -> name.endsWith(".pdf") || name.endsWith(".odt")).toList());
        }
        String note = Files.readString(site.resolve("nl/training/element-basics/index.html"));
        assertFalse(note.contains(".pdf") || note.contains(".odt"), "no link to a document that was not made");
        assertTrue(Files.readString(site.resolve("nl/overstappen/microsoft-teams--element/index.html"))
                .contains("Element"));
    }

    @Test
    void languagesChooseWhichTreesAreBuilt() {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        CliRun run = CliRun.of("build", "--today", TODAY, "--catalogue", dir.resolve("catalogue").toString(), "--out",
                dir.resolve("site").toString(), "--languages", "nl");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().startsWith("built 21 pages (nl 21, en 0)"), run.out());
        assertFalse(Files.exists(dir.resolve("site/en")));
        CliRun unknown = CliRun.of("build", "--today", TODAY, "--out", dir.resolve("other").toString(),
                "--languages", "nl,de");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--languages: unknown language 'de'; the guide is built in nl and en"),
                unknown.err());
    }

    @Test
    void problemsExitOneAndWriteNothing() throws IOException {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Files.writeString(dir.resolve("catalogue/standards/matrix.yaml"), "id: matrix\n");
        CliRun run = CliRun.of("build", "--today", TODAY, "--catalogue", dir.resolve("catalogue").toString(), "--out",
                dir.resolve("site").toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("standards/matrix.yaml:1:1: error: missing required field 'name'"), run.out());
        assertTrue(run.out().endsWith("4 problems in 1 file; nothing was written\n"), run.out());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void unusableOutputOrBaseUrlIsAUsageError() throws IOException {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        CliRun overlap = CliRun.of("build", "--today", TODAY, "--catalogue", dir.resolve("catalogue").toString(), "--out",
                dir.resolve("catalogue/out").toString());
        assertEquals(2, overlap.code());
        assertTrue(overlap.err().contains("overlaps"), overlap.err());
        CliRun url = CliRun.of("build", "--today", TODAY, "--out", dir.resolve("site").toString(), "--base-url", "ftp://example.org/");
        assertEquals(2, url.code());
        assertTrue(url.err().contains("--base-url must be an absolute http or https URL"), url.err());
    }
}
