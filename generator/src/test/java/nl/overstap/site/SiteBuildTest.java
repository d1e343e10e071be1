package nl.overstap.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.overstap.BuiltSites;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.BuildRequest;
import nl.overstap.Generator.BuildResult;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.UsageException;
import nl.overstap.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site as a whole: pages, languages, determinism, atomic publishing, themes and archives. */
class SiteBuildTest {
    @TempDir
    Path dir;

    private Path catalogue() {
        Path root = dir.resolve("catalogue");
        Fixtures.write(root, Fixtures.VALID);
        return root;
    }

    private static BuildResult build(Path catalogue, Path out) {
        return Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue)), out, Optional.empty(),
                Optional.empty(), false));
    }

    @Test
    void buildsEveryKindOfPageInBothLanguages() {
        Path out = dir.resolve("site");
        BuildResult result = build(catalogue(), out);
        assertTrue(result.ok(), result.problems().sorted().toString());
        for (String page : List.of("index.html", "404.html", "robots.txt", "sitemap.xml", "assets/site.css",
                "data/catalogue.json", "data/catalogue.schema.json", "nl/feed.xml", "en/feed.xml",
                "nl/index.html", "en/index.html", "nl/categorieen/chat/index.html", "en/categories/chat/index.html",
                "nl/producten/microsoft-teams/index.html", "en/products/microsoft-teams/index.html",
                "nl/alternatieven/element/index.html", "en/alternatives/element/index.html",
                "nl/standaarden/matrix/index.html", "en/standards/matrix/index.html",
                "nl/overstappen/microsoft-teams--element/index.html",
                "en/migrations/microsoft-teams--element/index.html",
                "nl/training/element-basics/index.html", "en/training/element-basics/index.html",
                "nl/onderwerpen/continuity-plan/index.html", "en/topics/continuity-plan/index.html",
                "nl/noodplan/index.html", "en/continuity/index.html", "nl/inkoop/index.html",
                "en/procurement/index.html", "nl/over/index.html", "en/about/index.html",
                "nl/werkwijze/index.html", "en/methodology/index.html", "nl/toegankelijkheid/index.html",
                "en/accessibility/index.html", SiteWriterMarker.NAME)) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page);
        }
        assertEquals(result.pagesNl(), result.pagesEn());
    }

    @Test
    void buildsOnlyTheChosenLanguagesWithoutLinksToTheOther() throws IOException {
        for (Language only : Language.values()) {
            Path out = dir.resolve("site-" + only.tag());
            Language other = only == Language.NL ? Language.EN : Language.NL;
            BuildResult result = Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue())), out,
                    Optional.empty(), Optional.empty(), false, List.of(only)));

            assertTrue(result.ok(), "every internal link still resolves: " + result.problems().sorted());
            assertFalse(Files.exists(out.resolve(other.tag())), other.tag() + "/ is not written");
            assertEquals(0, only == Language.NL ? result.pagesEn() : result.pagesNl());
            for (String page : List.of("index.html", "404.html", only.tag() + "/index.html",
                    SitePaths.section(Section.PRODUCTS, only))) {
                String html = Files.readString(out.resolve(page));
                assertTrue(html.contains("<html lang=\"" + only.tag() + "\">"), page);
                assertFalse(html.contains("hreflang=\"" + other.tag() + "\""), page + " offers no other language");
                assertFalse(html.contains("language-switch"), page);
            }
            assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("<loc>" + other.tag() + "/"));
        }
    }

    @Test
    void pagesLinkTheirTranslationAndSayWhenTextFallsBackToDutch() throws IOException {
        Path out = dir.resolve("site");
        build(catalogue(), out);
        String dutch = Files.readString(out.resolve("nl/onderwerpen/continuity-plan/index.html"));
        assertTrue(dutch.contains("<html lang=\"nl\">"));
        assertTrue(dutch.contains("hreflang=\"en\" href=\"../../../en/topics/continuity-plan/index.html\""));
        String english = Files.readString(out.resolve("en/topics/continuity-plan/index.html"));
        assertTrue(english.contains("<html lang=\"en\">"));
        assertTrue(english.contains("class=\"fallback-note\""), "the topic has no English file");
        assertTrue(english.contains("<div lang=\"nl\">"), "Dutch text on an English page is marked as Dutch");
        String translated = Files.readString(out.resolve("en/migrations/microsoft-teams--element/index.html"));
        assertFalse(translated.contains("fallback-note"));
    }

    @Test
    void trainingAndGuidePagesLinkTheirDocumentsWithTypeAndSize() throws IOException {
        Path out = dir.resolve("site");
        build(catalogue(), out);
        String dutch = Files.readString(out.resolve("nl/training/element-basics/index.html"));
        long pdf = Files.size(out.resolve("nl/training/element-basics/element-basics.nl.pdf"));
        assertTrue(dutch.contains("<a href=\"element-basics.nl.pdf\" type=\"application/pdf\" download>Als PDF ("
                + (pdf + 1023) / 1024 + " kB)</a>"), dutch);
        assertTrue(dutch.contains("<a href=\"element-basics.nl.odt\" type=\"application/vnd.oasis.opendocument.text\" "
                + "download>Als OpenDocument-tekst (ODT), om zelf te bewerken ("), dutch);
        // The note has no English text: its English page offers the Dutch documents, and says so.
        assertFalse(Files.exists(out.resolve("en/training/element-basics/element-basics.en.pdf")));
        String english = Files.readString(out.resolve("en/training/element-basics/index.html"));
        assertTrue(english.contains("<a href=\"../../../nl/training/element-basics/element-basics.nl.pdf\" "
                + "type=\"application/pdf\" download hreflang=\"nl\">As PDF, in Dutch ("), english);
        String guide = Files.readString(out.resolve("en/migrations/microsoft-teams--element/index.html"));
        assertTrue(guide.contains("href=\"microsoft-teams--element.en.pdf\""), guide);
    }

    @Test
    void sameInputGivesByteIdenticalOutputWhateverTheOrderLocaleAndTimeZone() throws IOException {
        Path first = dir.resolve("a/catalogue");
        Fixtures.write(first, Fixtures.VALID);
        Path second = dir.resolve("b/other-name");
        List<Map.Entry<String, String>> files = new ArrayList<>(Fixtures.parse(Fixtures.VALID).entrySet());
        Collections.reverse(files);
        for (var file : files) {
            Files.createDirectories(second.resolve(file.getKey()).getParent());
            Files.writeString(second.resolve(file.getKey()), file.getValue());
        }
        build(first, dir.resolve("out1"));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            build(second, dir.resolve("out2"));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertEquals(hashes(dir.resolve("out1")), hashes(dir.resolve("out2")));
    }

    @Test
    void failedBuildLeavesThePreviousOutputAsItWas() throws IOException {
        Path catalogue = catalogue();
        Path out = dir.resolve("site");
        assertTrue(build(catalogue, out).ok());
        Map<String, String> before = hashes(out);

        Files.writeString(catalogue.resolve("products/microsoft-teams.yaml"), "id: microsoft-teams\n");
        BuildResult broken = build(catalogue, out);
        assertFalse(broken.ok());
        assertEquals(before, hashes(out));

        Fixtures.write(catalogue, Fixtures.VALID);
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/list.ftlh"), "<#import \"layout.ftlh\" as layout>${nothing.here}");
        BuildResult failing = Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue)), out,
                Optional.empty(), Optional.of(theme), false));
        assertFalse(failing.ok());
        assertTrue(failing.problems().sorted().get(0).format().startsWith("templates/list.ftlh:1:"),
                failing.problems().sorted().toString());
        assertEquals(before, hashes(out));
        assertEquals(List.of("catalogue", "site", "theme"), list(dir), "no staging folder is left behind");
    }

    @Test
    void removedEntryLeavesNoStalePage() throws IOException {
        Path catalogue = catalogue();
        Path out = dir.resolve("site");
        build(catalogue, out);
        assertTrue(Files.exists(out.resolve("nl/standaarden/matrix/index.html")));
        Files.writeString(catalogue.resolve("alternatives/element.yaml"),
                Files.readString(catalogue.resolve("alternatives/element.yaml")).replace("standards: [matrix]\n", ""));
        Files.delete(catalogue.resolve("standards/matrix.yaml"));
        assertTrue(build(catalogue, out).ok());
        assertFalse(Files.exists(out.resolve("nl/standaarden/matrix/index.html")));
        assertFalse(Files.exists(out.resolve("en/standards/matrix")));
    }

    @Test
    void refusesOutputFoldersItMustNotReplace() throws IOException {
        Path catalogue = catalogue();
        assertThrows(UsageException.class, () -> build(catalogue, catalogue));
        assertThrows(UsageException.class, () -> build(catalogue, catalogue.resolve("products")));
        assertThrows(UsageException.class, () -> build(catalogue, dir));
        Path foreign = dir.resolve("documents");
        Files.createDirectories(foreign.resolve(".git"));
        Files.writeString(foreign.resolve("letter.odt"), "keep me");
        UsageException refused = assertThrows(UsageException.class, () -> build(catalogue, foreign));
        assertTrue(refused.getMessage().contains("files Overstap did not write"));
        assertEquals("keep me", Files.readString(foreign.resolve("letter.odt")));
    }

    @Test
    void brokenInternalLinkFailsTheBuildNamingThePage() throws IOException {
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("pages"));
        Files.writeString(theme.resolve("pages/about.nl.md"), "Over\n\nZie [de werkwijze](../nergens/index.html) "
                + "en [het noodplan](../noodplan/index.html#bestaat-niet).\n");
        Path out = dir.resolve("site");
        BuildResult result = Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue())), out,
                Optional.empty(), Optional.of(theme), false));
        List<String> problems = result.problems().sorted().stream().map(p -> p.format()).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("nl/over/index.html:"), problems.toString());
        assertTrue(problems.toString().contains("'../nergens/index.html' points to 'nl/nergens/index.html'"));
        assertTrue(problems.toString().contains("'#bestaat-niet', which is not on page 'nl/noodplan/index.html'"));
        assertFalse(Files.exists(out));
        // The pages were being written beside the output while the links were checked: all gone.
        assertEquals(List.of("catalogue", "theme"), list(dir), "no staging folder is left behind");

        assertTrue(build(dir.resolve("catalogue"), out).ok());
        Map<String, String> before = hashes(out);
        assertFalse(Generator.build(new BuildRequest(new LoadRequest(List.of(dir.resolve("catalogue"))), out,
                Optional.empty(), Optional.of(theme), false)).ok());
        assertEquals(before, hashes(out), "the previous output is as it was");
        assertEquals(List.of("catalogue", "site", "theme"), list(dir));
    }

    @Test
    void themeOverridesTemplatesAssetsAndPagesByPath() throws IOException {
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("assets/img"));
        Files.createDirectories(theme.resolve("pages"));
        Files.writeString(theme.resolve("assets/site.css"), ":root { --overstap-color-brand: #8b0000; }\n");
        Files.writeString(theme.resolve("assets/img/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Files.writeString(theme.resolve("pages/about.en.md"), "About our municipality\n\nOur own words.\n");
        Files.writeString(theme.resolve("templates/list.ftlh"), "<#import \"layout.ftlh\" as layout>"
                + "<@layout.page><h1>${title}</h1><p class=\"own\">${items?size}</p></@layout.page>");
        Path out = dir.resolve("site");
        BuildResult result = Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue())), out,
                Optional.empty(), Optional.of(theme), false));
        assertTrue(result.ok(), result.problems().sorted().toString());
        assertTrue(Files.readString(out.resolve("assets/site.css")).contains("#8b0000"));
        assertTrue(Files.exists(out.resolve("assets/img/logo.svg")));
        assertTrue(Files.readString(out.resolve("en/about/index.html")).contains("Our own words."));
        assertTrue(Files.readString(out.resolve("nl/producten/index.html")).contains("<p class=\"own\">1</p>"));
    }

    @Test
    void themeAddsItsOwnTextPagesLinkedFromEveryFooter() throws IOException {
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("pages"));
        Files.writeString(theme.resolve("pages/contribute.nl.md"), "Bijdragen\n\nStuur een *pull request*.\n");
        Files.writeString(theme.resolve("pages/contribute.en.md"), "Contribute\n\nSend a *pull request*.\n");
        Files.writeString(theme.resolve("pages/contact.nl.md"), "Contact\n\nMail ons.\n");
        Path out = dir.resolve("site");
        BuildResult result = Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue())), out,
                Optional.empty(), Optional.of(theme), false));
        assertTrue(result.ok(), result.problems().sorted().toString());

        String dutch = Files.readString(out.resolve("nl/contribute/index.html"));
        assertTrue(dutch.contains("<h1>Bijdragen</h1>") && dutch.contains("<em>pull request</em>"), dutch);
        assertTrue(dutch.contains("hreflang=\"en\" href=\"../../en/contribute/index.html\""));
        assertTrue(dutch.contains("<a href=\"index.html\" aria-current=\"page\">Bijdragen</a>"), "footer link");
        assertTrue(Files.readString(out.resolve("en/contribute/index.html")).contains("<h1>Contribute</h1>"));
        String untranslated = Files.readString(out.resolve("en/contact/index.html"));
        assertTrue(untranslated.contains("class=\"fallback-note\"") && untranslated.contains("<div lang=\"nl\">"),
                "no English file: the Dutch text, marked as Dutch");
        String product = Files.readString(out.resolve("en/products/microsoft-teams/index.html"));
        assertTrue(product.contains("<a href=\"../../contribute/index.html\">Contribute</a>"), "every footer links it");
        assertTrue(product.contains("<a href=\"../../contact/index.html\" lang=\"nl\">Contact</a>"));
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("<loc>en/contribute/index.html</loc>"));
    }

    @Test
    void themePagesThatCannotBePagesAreProblems() throws IOException {
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("pages"));
        Files.writeString(theme.resolve("pages/producten.nl.md"), "Producten\n");
        Files.writeString(theme.resolve("pages/Contact.nl.md"), "Contact\n");
        Files.writeString(theme.resolve("pages/privacy.en.md"), "Privacy\n");
        BuildResult result = Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue())),
                dir.resolve("site"), Optional.empty(), Optional.of(theme), false));
        List<String> problems = result.problems().sorted().stream().map(p -> p.format()).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.toString().contains("Contact.nl.md:0:0: error: theme pages are files named NAME.nl.md"));
        assertTrue(problems.toString().contains("privacy.en.md:0:0: error: there is no Dutch page 'privacy.nl.md'"));
        assertTrue(problems.toString().contains("producten.nl.md:0:0: error: 'producten' is already the folder of a "
                + "section"));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void archiveIsAReproducibleCopyOfTheSite() throws IOException {
        Path catalogue = catalogue();
        for (String name : List.of("one", "two")) {
            BuildResult result = Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue)),
                    dir.resolve(name + "/site"), Optional.empty(), Optional.empty(), true));
            assertTrue(result.ok());
        }
        byte[] one = Files.readAllBytes(dir.resolve("one/site.zip"));
        assertEquals(HexFormat.of().formatHex(sha(one)),
                HexFormat.of().formatHex(sha(Files.readAllBytes(dir.resolve("two/site.zip")))));
        try (ZipFile zip = new ZipFile(dir.resolve("one/site.zip").toFile())) {
            assertTrue(zip.getEntry("nl/noodplan/index.html") != null, "continuity pages work offline");
            assertEquals(BuiltSites.files(dir.resolve("one/site"), "").size() - 2, zip.size(),
                    "every file but the marker and the documents' manifest");
            assertTrue(zip.getEntry(nl.overstap.document.DocumentCache.MANIFEST) == null);
        }
    }

    @Test
    void feedsSitemapAndOpenDataAreWellFormed() throws Exception {
        Path out = dir.resolve("site");
        BuildResult result = Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue())), out,
                Optional.of(java.net.URI.create("https://gids.example.org/overstap")), Optional.empty(), false));
        assertTrue(result.ok());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String xml : List.of("sitemap.xml", "nl/feed.xml", "en/feed.xml")) {
            factory.newDocumentBuilder().parse(out.resolve(xml).toFile());
        }
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://gids.example.org/overstap/nl/producten/microsoft-teams/index.html"));
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://gids.example.org/overstap/"));
        var json = new ObjectMapper().readTree(out.resolve("data/catalogue.json").toFile());
        assertEquals("element", json.get("alternatives").get(0).get("id").asText());
        assertFalse(Files.readString(out.resolve("data/catalogue.json")).contains(dir.toString()),
                "no local paths in open data");
    }

    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String file : BuiltSites.files(root, "")) {
            hashes.put(file, HexFormat.of().formatHex(sha(Files.readAllBytes(root.resolve(file)))));
        }
        return hashes;
    }

    private static List<String> list(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static byte[] sha(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The marker's name, so the test reads as the contract it checks. */
    static final class SiteWriterMarker {
        static final String NAME = nl.overstap.write.SiteWriter.MARKER;
    }
}
