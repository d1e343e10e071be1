package nl.overstap.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import nl.overstap.BuiltSites;
import nl.overstap.Generator;
import nl.overstap.Generator.InventoryRequest;
import nl.overstap.Generator.InventoryResult;
import nl.overstap.load.InventoryFile;
import nl.overstap.model.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's files: what they hold, that they are private and self-contained, reproducible and all or nothing. */
class InventoryReportTest {
    @TempDir
    Path dir;

    private InventoryResult report(Path inventory, Path out, Language language, Optional<URI> guide) {
        return Generator.inventory(new InventoryRequest(Generator.LoadRequest.bundled(), inventory,
                new InventoryFile.CsvDefaults(Optional.empty(), LocalDate.of(2026, 12, 1)), out, Optional.empty(),
                language, Weights.DEFAULT, guide));
    }

    @Test
    void theReportHoldsEverySectionAndNothingFromElsewhere() throws IOException {
        Path out = BuiltSites.sampleReport(Language.NL);
        assertEquals(List.of(".overstap-site", "index.html", "rapport.odt", "rapport.pdf", "report.css"),
                BuiltSites.files(out, ""));
        Document page = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals("nl", page.selectFirst("html").attr("lang"));
        for (String id : List.of("summary", "map", "exposure", "roadmap", "continuity", "procurement", "matches",
                "method")) {
            assertTrue(page.getElementById(id) != null, id);
        }
        assertEquals(11, page.select("#continuity ~ section.service, section.service").size(), "a plan per critical service");
        assertEquals(3, page.select("figure svg").size(), "the map and two charts");
        assertTrue(page.select("[style]").isEmpty() && page.select("style, script").isEmpty(), "nothing inline");
        for (Element element : page.select("[src], [href]")) {
            String target = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            assertFalse(target.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !target.startsWith("#"),
                    "without a guide address nothing points elsewhere: " + element);
        }
        assertTrue(page.select("meta[name=robots]").attr("content").contains("noindex"));
        // Roadmap: rank 1 first, with its move, risk and effort
        Element first = page.selectFirst("caption#roadmap-table").parent().selectFirst("tbody tr");
        assertEquals("1 WhatsApp Business 80 1 (gids: weinig werk) 80,0", first.select("td, th").stream().limit(5)
                .map(Element::text).reduce((a, b) -> a + " " + b).orElseThrow());
        assertTrue(first.text().contains("Signal"), first.text());
        Element users = page.getElementById("exposure-users");
        assertEquals("Gebruik (gebruikers per applicatie opgeteld) 6518 79 % (5136 van 6518) 0 % (5 van 6518) "
                + "96 % (6236 van 6518)", users.text());
    }

    @Test
    void theDocumentsSayTheSameInPdfAndOdt() throws IOException {
        Path out = BuiltSites.sampleReport(Language.NL);
        try (var pdf = Loader.loadPDF(out.resolve("rapport.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Gemeente Voorbeeldrijk (fictief)"));
            assertTrue(text.contains("Noodplan") && text.contains("Routekaart") && text.contains("Inkoop"));
            assertTrue(pdf.getNumberOfPages() > 5, "pages: " + pdf.getNumberOfPages());
            assertEquals("nl", pdf.getDocumentCatalog().getLanguage());
        }
        try (ZipFile odt = new ZipFile(out.resolve("rapport.odt").toFile())) {
            String content = new String(odt.getInputStream(odt.getEntry("content.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(content.contains("Noodplan") && content.contains("WhatsApp Business"));
            assertTrue(content.contains("<text:h"), "real headings");
        }
    }

    @Test
    void englishReportUsesEnglishTexts() throws IOException {
        Path out = BuiltSites.sampleReport(Language.EN);
        assertEquals(List.of(".overstap-site", "index.html", "report.css", "report.odt", "report.pdf"),
                BuiltSites.files(out, ""));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<html lang=\"en\">") && html.contains("Continuity plan") && html.contains("Roadmap"));
        assertFalse(html.contains("Noodplan"));
    }

    @Test
    void sameInventorySameBytesAndAGuideAddressMakesLinks() throws IOException {
        report(BuiltSites.SAMPLE_INVENTORY, dir.resolve("a"), Language.NL, Optional.empty());
        for (String file : List.of("index.html", "rapport.pdf", "rapport.odt", "report.css")) {
            assertArrayEquals(Files.readAllBytes(BuiltSites.sampleReport(Language.NL).resolve(file)),
                    Files.readAllBytes(dir.resolve("a").resolve(file)), file);
        }
        report(BuiltSites.SAMPLE_INVENTORY, dir.resolve("b"), Language.NL,
                Optional.of(URI.create("https://gids.example.nl/overstap")));
        Document page = Jsoup.parse(dir.resolve("b/index.html").toFile(), "UTF-8");
        Element signal = page.selectFirst("a:containsOwn(Signal)");
        assertEquals("https://gids.example.nl/overstap/nl/alternatieven/signal/index.html", signal.attr("href"));
    }

    @Test
    void aBrokenInventoryLeavesThePreviousReport() throws IOException {
        Path out = dir.resolve("out");
        assertTrue(report(BuiltSites.SAMPLE_INVENTORY, out, Language.NL, Optional.empty()).ok());
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        Path broken = Files.writeString(dir.resolve("kapot.yaml"), Files.readString(BuiltSites.SAMPLE_INVENTORY)
                .replaceFirst("availability: high", "availability: hoog"));
        InventoryResult result = report(broken, out, Language.NL, Optional.empty());
        assertFalse(result.ok());
        assertTrue(result.problems().sorted().get(0).format().contains("must be one of low, medium, high; found 'hoog'"));
        assertArrayEquals(before, Files.readAllBytes(out.resolve("index.html")));
    }

    @Test
    void aMapTooLargeForPaperStaysOnTheWebPageOnly() throws IOException {
        StringBuilder yaml = new StringBuilder("organisation: Groot\ndate: 2026-12-01\napplications:\n");
        int count = nl.overstap.render.InventoryReport.PRINTED_MAP_LIMIT + 1;
        for (int i = 1; i <= count; i++) {
            yaml.append("  - {id: app-").append(i).append(", name: Applicatie ").append(i).append(", owner: ICT, users: 1, ")
                    .append("availability: low, integrity: low, confidentiality: low, data: [public], hosting: saas")
                    .append(i > 1 ? ", dependsOn: [app-" + (i - 1) + "]}" : "}").append('\n');
        }
        Path file = Files.writeString(dir.resolve("groot.yaml"), yaml);
        Generator.Analysed analysed = Generator.analyse(Generator.LoadRequest.bundled(), file,
                new InventoryFile.CsvDefaults(Optional.empty(), LocalDate.of(2026, 12, 1)), Weights.DEFAULT);
        var report = nl.overstap.render.InventoryReport.render(analysed.analysis().orElseThrow(), analysed.catalogue(),
                Language.NL, Optional.empty(), Optional.empty());
        Document web = Jsoup.parse(new String(report.files().get("index.html"), StandardCharsets.UTF_8));
        Document print = Jsoup.parse(report.handout().html());
        assertEquals(3, web.select("figure svg").size());
        assertEquals(2, print.select("figure svg").size(), "the charts, not the map");
        assertTrue(print.text().contains("De kaart is te groot om af te drukken"));
        assertEquals(count, print.select("caption#map-table").parents().first().select("tbody tr").size());
    }

    @Test
    void hostileNamesAreTextEverywhere() throws IOException {
        String inventory = """
                organisation: <script>alert(1)</script> & "Co"
                date: 2026-12-01
                applications:
                  - id: a
                    name: <img src=x onerror=alert(1)> Teams
                    owner: <b>ICT</b>
                    users: 10
                    availability: high
                    integrity: low
                    confidentiality: low
                    data: [public]
                    hosting: saas
                    dependsOn: [b]
                  - id: b
                    name: "</svg><script>alert(2)</script>"
                    owner: ICT
                    users: 1
                    availability: low
                    integrity: low
                    confidentiality: low
                    data: [public]
                    hosting: on-premises
                """;
        Path file = Files.writeString(dir.resolve("inventory.yaml"), inventory);
        InventoryResult result = report(file, dir.resolve("out"), Language.NL, Optional.empty());
        assertTrue(result.ok(), result.problems().sorted().toString());
        Document page = Jsoup.parse(dir.resolve("out/index.html").toFile(), "UTF-8");
        assertTrue(page.select("script, img, b").isEmpty(), "no markup from the inventory");
        assertTrue(page.text().contains("<img src=x onerror=alert(1)> Teams"));
        assertTrue(page.select("svg").size() == 3 && page.select("svg script").isEmpty());
    }
}
