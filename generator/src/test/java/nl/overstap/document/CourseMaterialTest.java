package nl.overstap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.overstap.BuiltSites;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.CourseRequest;
import nl.overstap.Generator.CourseResult;
import nl.overstap.Generator.LoadRequest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example course and variations of it: booklet, cheat sheets and web page, read back. */
class CourseMaterialTest {
    private static final String NAME = "open-werkplek-dag-1";

    private static Path example(String file) {
        return BuiltSites.exampleCourse().resolve(file);
    }

    @Test
    void exampleCourseMakesTheBookletThreeWaysAndTheCheatSheets() {
        assertEquals(List.of(NAME + "-spiekbrieven.pdf", NAME + ".html", NAME + ".odt", NAME + ".pdf"),
                BuiltSites.files(BuiltSites.exampleCourse(), "").stream().filter(f -> !f.startsWith(".")).toList());
    }

    @Test
    void bookletHasCoverContentsAndEveryPartInOrder() throws IOException {
        ReadBack.Pdf pdf = ReadBack.pdf(Files.readAllBytes(example(NAME + ".pdf")));
        assertEquals("De open werkplek, dag 1: chatten, bestanden en teksten", pdf.title());
        assertEquals("nl", pdf.language());
        String text = pdf.text();
        List<String> inOrder = List.of("CURSUSMATERIAAL", "De open werkplek, dag 1", "Voor wie", "14 december 2026",
                "Gemeente Voorbeeld", "Totale duur 270 minuten", "Inhoud", "Inleiding",
                "Afspraken in onze gemeente", "Element: de basis", "Nextcloud Bestanden: de basis",
                "LibreOffice Writer: de basis", "Noodplan bij uitval van digitale diensten",
                // the parts themselves, after the contents
                "Neem je laptop en je telefoon mee.", "Besluiten vastleggen Het zaaksysteem",
                "Leerdoelen", "Oude en nieuwe werkwijze", "Wat verandert er voor jou", "Oefeningen", "Valkuilen",
                "Spiekbrief", "Nextcloud Bestanden: de basis");
        int at = 0;
        for (String part : inOrder) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, "'" + part + "' missing or out of order after position " + at + ":\n" + text);
            at = found + part.length();
        }
        assertFalse(text.contains("Voor de trainer"), "participants get no trainer notes");
        assertTrue(Pattern.compile("Element: de basis \\.+ \\d+").matcher(text).find(),
                "the contents give page numbers: " + text.substring(0, 1500));
        assertEquals(1, pdf.tags().stream().filter("H1"::equals).count(), "the course title is the one H1");
        assertEquals(List.of("Inhoud", "Inleiding", "Afspraken in onze gemeente", "Element: de basis",
                "Nextcloud Bestanden: de basis", "LibreOffice Writer: de basis",
                "Noodplan bij uitval van digitale diensten"), pdf.outline(), "the viewer's outline lists the parts");
        assertTrue(pdf.pages() > 10, "pages: " + pdf.pages());
    }

    @Test
    void cheatSheetsAreOnePageEachInTheOrderOfTheCourse() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(example(NAME + "-spiekbrieven.pdf").toFile())) {
            assertEquals(3, pdf.getNumberOfPages(), "one page per training note");
            List<String> titles = List.of("Element: de basis", "Nextcloud Bestanden: de basis",
                    "LibreOffice Writer: de basis");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains(titles.get(page - 1)), "page " + page + ": " + text);
            }
        }
        ReadBack.Pdf sheets = ReadBack.pdf(Files.readAllBytes(example(NAME + "-spiekbrieven.pdf")));
        assertTrue(sheets.text().contains("Ctrl+K en een deel van de naam typen"), sheets.text());
        assertTrue(sheets.tags().contains("Table") && sheets.tags().contains("TH"), sheets.tags().toString());
    }

    @Test
    void odtBookletHasAContentsIndexHeadingsAndTables() throws IOException {
        ReadBack.Odt odt = ReadBack.odt(Files.readAllBytes(example(NAME + ".odt")));
        assertTrue(odt.hasTableOfContents());
        assertEquals("nl", odt.language());
        List<ReadBack.Heading> headings = odt.headings();
        assertEquals(new ReadBack.Heading(1, "De open werkplek, dag 1: chatten, bestanden en teksten"), headings.get(0));
        for (ReadBack.Heading heading : List.of(new ReadBack.Heading(2, "Inleiding"),
                new ReadBack.Heading(2, "Afspraken in onze gemeente"), new ReadBack.Heading(2, "Element: de basis"),
                new ReadBack.Heading(3, "Leerdoelen"), new ReadBack.Heading(3, "Oude en nieuwe werkwijze"),
                new ReadBack.Heading(3, "Spiekbrief"), new ReadBack.Heading(2, "Noodplan bij uitval van digitale diensten"))) {
            assertTrue(headings.contains(heading), heading + " not in " + headings);
        }
        assertTrue(odt.tables().stream().anyMatch(t -> t.rows().get(0).equals(List.of("Wat", "Waar"))
                && t.headerRows() == 1), "the course's own table");
        assertTrue(odt.tables().stream().filter(t -> t.rows().get(0).equals(List.of("Taak", "Zo deed je het",
                "Zo doe je het nu"))).count() == 3, "a task table per training note");
        assertFalse(odt.text().contains("Voor de trainer"));
    }

    @Test
    void webPageIsTheBookletWithItsOwnPrintStylesheetAndWorkingContents() throws IOException {
        Document page = Jsoup.parse(example(NAME + ".html").toFile());
        assertEquals("nl", page.selectFirst("html").attr("lang"));
        String css = page.select("head > style").html();
        assertTrue(css.contains("@page") && css.contains("@media screen"), css);
        assertTrue(page.select("link, script, img, iframe").isEmpty(), "self-contained: nothing is fetched");
        List<Element> contents = page.select("nav.toc a[href]");
        assertEquals(6, contents.size());
        for (Element link : contents) {
            assertEquals(1, page.select("[id=" + link.attr("href").substring(1) + "]").size(), link.outerHtml());
        }
    }

    @Test
    void aThemeGivesTheDocumentsItsOwnStylesheet(@TempDir Path dir) throws IOException {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Files.createDirectories(dir.resolve("theme/assets"));
        Files.writeString(dir.resolve("theme/assets/handout.css"), "/* our house style */ h1 { color: #7a004b; }\n");
        Files.writeString(dir.resolve("course.yaml"), "title: Chat\naudience: Iedereen\ndate: 2026-12-14\n"
                + "parts:\n  - training: element-basics\n");
        CourseResult result = Generator.course(new CourseRequest(new LoadRequest(List.of(dir.resolve("catalogue"))),
                dir.resolve("course.yaml"), dir.resolve("out"), java.util.Optional.of(dir.resolve("theme"))));
        assertTrue(result.ok(), result.problems().sorted().toString());
        String css = Jsoup.parse(dir.resolve("out/course.html").toFile()).select("head > style").html();
        assertTrue(css.contains("our house style") && !css.contains("@page"), css);
        // The theme names no font; the PDF falls back to the shipped ones rather than dropping the text.
        ReadBack.Pdf pdf = ReadBack.pdf(Files.readAllBytes(dir.resolve("out/course.pdf")));
        assertTrue(pdf.text().contains("Element voor beginners") && pdf.text().contains("Chat beginnen"), pdf.text());
        assertTrue(pdf.fontsEmbedded() && pdf.fonts().stream().allMatch(f -> f.contains("DejaVu")), pdf.fonts().toString());
    }

    @Test
    void trainerNotesAndOtherLanguagesOnRequest(@TempDir Path dir) throws IOException {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Fixtures.write(dir.resolve("catalogue"), DownloadsTest.NOTE.replace("-- training/element-basics.en.md --",
                "-- unused/element-basics.en.md --"));
        Files.writeString(dir.resolve("course.yaml"), """
                title: Element for everyone
                language: en
                audience: All staff
                date: 2026-12-14
                trainerNotes: true
                parts:
                  - training: element-basics
                """);
        CourseResult result = Generator.course(new CourseRequest(new LoadRequest(List.of(dir.resolve("catalogue"))),
                dir.resolve("course.yaml"), dir.resolve("out")));
        assertTrue(result.ok(), result.problems().sorted().toString());
        assertEquals(List.of("course-cheat-sheets.pdf", "course.html", "course.odt", "course.pdf"), result.files());
        ReadBack.Pdf pdf = ReadBack.pdf(Files.readAllBytes(dir.resolve("out/course.pdf")));
        assertEquals("en", pdf.language());
        assertTrue(pdf.text().contains("Contents") && pdf.text().contains("Learning goals"), pdf.text());
        assertTrue(pdf.text().contains("Voor de trainer") && pdf.text().contains("Begin met de herstelsleutel."),
                "a trainer's copy has the trainer notes");
        Document page = Jsoup.parse(dir.resolve("out/course.html").toFile());
        Element part = page.selectFirst("section.part");
        assertEquals("This text has not been translated into English yet; it is shown in Dutch.",
                part.selectFirst(".fallback-note").text());
        assertEquals("nl", part.selectFirst("h2").attr("lang"), "the Dutch text is marked as Dutch");
    }
}
