package nl.overstap.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.overstap.BuiltSites;
import nl.overstap.Fixtures;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF and ODT of every training note and migration guide, read back as their readers would. */
class DownloadsTest {
    /** A training note with every kind of Markdown block the documents must carry over. */
    static final String NOTE = """
            -- training/element-basics.nl.md --
            ---
            id: element-basics
            title: Element voor beginners
            summary: Chatten in Element.
            audience: Alle medewerkers.
            goals: [Een chat beginnen, Een kamer vinden]
            tasks:
              - {task: Chat beginnen, old: Klik op Chat., new: Klik op Start chat.}
              - {task: Bellen, old: Klik op Bellen in Teams., new: Klik op de belknop in de kamer.}
            duration: 60
            alternative: element
            replaces: [microsoft-teams]
            reviewed: 2026-11-01
            ---
            ## Wat verandert {#changes}

            - **Kamers** in plaats van *kanalen*.
            - Herstelsleutel:
              - bewaar hem goed
              - deel hem nooit

            ## Oefeningen {#exercises}

            1. Log in.
            2. Zoek de kamer met `Ctrl+K`.

            > Vraag het de trainer als het niet lukt.

            ## Valkuilen {#pitfalls}

            Lees [de handleiding](https://element.io/help) en [onze pagina](../../alternatieven/element/index.html).

            ![De kamerlijst](../../../assets/site.css)

            ## Spiekbrief {#cheatsheet}

            | Ik wil | Zo doe je het |
            |---|---|
            | Zoeken | Ctrl+K |
            | Nieuwe regel | Shift+Enter |

            ## Voor de trainer {#trainer}

            ### Opbouw

            Begin met de herstelsleutel.
            -- training/element-basics.en.md --
            ---
            id: element-basics
            title: Element for beginners
            summary: Chatting in Element.
            audience: Everyone.
            goals: [Start a chat]
            tasks:
              - {task: Start a chat, old: Click Chat., new: Click Start chat.}
            ---
            ## What changes {#changes}
            ## Exercises {#exercises}
            ## Pitfalls {#pitfalls}
            ## Cheat sheet {#cheatsheet}
            ## For the trainer {#trainer}
            """;

    static Path site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Fixtures.write(dir.resolve("catalogue"), NOTE);
        site = BuiltSites.build(new LoadRequest(List.of(dir.resolve("catalogue"))), dir.resolve("site"));
    }

    private static byte[] file(String path) throws IOException {
        return Files.readAllBytes(site.resolve(path));
    }

    @Test
    void everyTrainingNoteAndGuideHasAPdfAndAnOdtInEachOfItsLanguages() {
        List<String> documents = BuiltSites.files(site, ".pdf");
        assertEquals(List.of("en/migrations/microsoft-teams--element/microsoft-teams--element.en.pdf",
                "en/training/element-basics/element-basics.en.pdf",
                "nl/overstappen/microsoft-teams--element/microsoft-teams--element.nl.pdf",
                "nl/training/element-basics/element-basics.nl.pdf"), documents);
        assertEquals(documents.stream().map(p -> p.replace(".pdf", ".odt")).toList(), BuiltSites.files(site, ".odt"));
    }

    @Test
    void pdfHasTheNoteText() throws IOException {
        ReadBack.Pdf pdf = ReadBack.pdf(file("nl/training/element-basics/element-basics.nl.pdf"));
        for (String text : List.of("Element voor beginners", "Chatten in Element.", "Alle medewerkers.", "60 minuten",
                "Een kamer vinden", "Klik op de belknop in de kamer.", "Kamers in plaats van kanalen.",
                "deel hem nooit", "Zoek de kamer met Ctrl+K.", "Vraag het de trainer", "Shift+Enter",
                "Begin met de herstelsleutel.", "Gecontroleerd op 2026-11-01")) {
            assertTrue(pdf.text().contains(text), "PDF lacks '" + text + "':\n" + pdf.text());
        }
        assertTrue(pdf.text().contains("Lees de handleiding en onze pagina."), "a link to the site becomes text");
        // A document has no site around it to load an image from: the image's alt text stands in for it.
        assertTrue(pdf.text().contains("[De kamerlijst]"), pdf.text());
        assertEquals(2, pdf.pages(), pdf.text());
    }

    @Test
    void pdfIsTaggedWithItsLanguageTitleHeadingsAndTableHeaders() throws IOException {
        ReadBack.Pdf pdf = ReadBack.pdf(file("nl/training/element-basics/element-basics.nl.pdf"));
        assertEquals("nl", pdf.language());
        assertEquals("Element voor beginners", pdf.title());
        assertTrue(pdf.marked(), "marked as tagged");
        assertTrue(pdf.displaysTitle(), "viewers show the title, not the file name");
        assertTrue(pdf.xmp().contains("pdfuaid:part") && pdf.xmp().contains("<pdfuaid:part>1</pdfuaid:part>")
                || pdf.xmp().contains("pdfuaid:part=\"1\""), pdf.xmp());
        for (String tag : List.of("H1", "H2", "H3", "P", "L", "LI", "Table", "TR", "TH", "TD", "Link")) {
            assertTrue(pdf.tags().contains(tag), "no " + tag + " in " + pdf.tags());
        }
        assertEquals(1, pdf.tags().stream().filter("H1"::equals).count(), "one title heading");
        ReadBack.Pdf english = ReadBack.pdf(file("en/training/element-basics/element-basics.en.pdf"));
        assertEquals("en", english.language());
        assertTrue(english.text().contains("Task The old way The new way"), english.text());
    }

    @Test
    void pdfEmbedsOnlyTheShippedFonts() throws IOException {
        ReadBack.Pdf pdf = ReadBack.pdf(file("nl/training/element-basics/element-basics.nl.pdf"));
        assertTrue(pdf.fontsEmbedded(), pdf.fonts().toString());
        assertFalse(pdf.fonts().isEmpty());
        assertTrue(pdf.fonts().stream().allMatch(name -> name.contains("DejaVu")), pdf.fonts().toString());
        assertTrue(pdf.fonts().stream().anyMatch(name -> name.contains("DejaVuSansMono")), "code is set in Mono");
    }

    @Test
    void odtHasRealHeadingsListsAndTables() throws IOException {
        ReadBack.Odt odt = ReadBack.odt(file("nl/training/element-basics/element-basics.nl.odt"));
        assertEquals("Element voor beginners", odt.title());
        assertEquals("nl", odt.language());
        assertEquals(List.of(new ReadBack.Heading(1, "Element voor beginners"), new ReadBack.Heading(2, "Leerdoelen"),
                new ReadBack.Heading(2, "Oude en nieuwe werkwijze"), new ReadBack.Heading(2, "Wat verandert"),
                new ReadBack.Heading(2, "Oefeningen"), new ReadBack.Heading(2, "Valkuilen"),
                new ReadBack.Heading(2, "Spiekbrief"), new ReadBack.Heading(2, "Voor de trainer"),
                new ReadBack.Heading(3, "Opbouw")), odt.headings());
        assertEquals(2, odt.tables().size());
        ReadBack.Table tasks = odt.tables().get(0);
        assertEquals(1, tasks.headerRows());
        assertEquals(List.of(List.of("Taak", "Zo deed je het", "Zo doe je het nu"),
                List.of("Chat beginnen", "Klik op Chat.", "Klik op Start chat."),
                List.of("Bellen", "Klik op Bellen in Teams.", "Klik op de belknop in de kamer.")), tasks.rows());
        assertEquals(List.of(List.of("Ik wil", "Zo doe je het"), List.of("Zoeken", "Ctrl+K"),
                List.of("Nieuwe regel", "Shift+Enter")), odt.tables().get(1).rows());
        assertTrue(odt.listItems().containsAll(List.of("Een chat beginnen", "bewaar hem goed", "Log in.")),
                odt.listItems().toString());
        assertTrue(odt.listItems().contains("Herstelsleutel: bewaar hem goeddeel hem nooit"),
                "the nested list sits in its item: " + odt.listItems());
        assertTrue(odt.text().contains("Vraag het de trainer als het niet lukt."), odt.text());
    }

    @Test
    void odtIsAValidPackageWithItsMediaTypeFirstAndFixedTimes() throws IOException {
        byte[] odt = file("nl/training/element-basics/element-basics.nl.odt");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/vnd.oasis.opendocument.text", new String(zip.readAllBytes()));
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertEquals(java.time.LocalDate.of(2026, 11, 1).atStartOfDay(), entry.getTimeLocal(), entry.getName());
            }
        }
        String meta = new String(readEntry(odt, "meta.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(meta.contains("<meta:creation-date>2026-11-01T00:00:00</meta:creation-date>")
                || meta.contains("2026-11-01T00:00:00"), meta);
        assertFalse(meta.contains("License"), "the template's own metadata is gone: " + meta);
    }

    @Test
    void theSameNoteGivesTheSameBytes() {
        var handouts = new java.util.ArrayList<nl.overstap.render.Handout>();
        var problems = new nl.overstap.problem.Problems();
        var catalogue = nl.overstap.Generator.load(new LoadRequest(List.of(site.getParent().resolve("catalogue"))))
                .catalogue();
        try (var renderer = new nl.overstap.render.HandoutRenderer(java.util.Optional.empty())) {
            handouts.addAll(renderer.site(catalogue, List.of(Language.values()), problems));
        }
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        var handout = handouts.get(0);
        assertArrayEquals(Pdf.of(handout), Pdf.of(handout));
        assertArrayEquals(Odt.of(handout), Odt.of(handout));
    }

    private static byte[] readEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " not in the package");
    }
}
