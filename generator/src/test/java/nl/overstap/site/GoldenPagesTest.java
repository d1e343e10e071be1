package nl.overstap.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.overstap.BuiltSites;
import nl.overstap.Fixtures;
import nl.overstap.Generator.LoadRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One page of every kind, built from the small fixture catalogue, compared byte for byte with a
 * reviewed copy in {@code src/test/resources/golden/}. After an intended change, regenerate with
 * {@code mvn -pl generator test -Dtest=GoldenPagesTest -Doverstap.updateGolden=true} and review the diff.
 */
class GoldenPagesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    static Path dir;
    static Path site;

    static List<String> pages() {
        return List.of("index.html", "404.html", "nl/index.html", "nl/producten/index.html",
                "nl/categorieen/chat/index.html", "nl/producten/microsoft-teams/index.html",
                "en/alternatives/element/index.html", "nl/standaarden/matrix/index.html",
                "en/migrations/microsoft-teams--element/index.html", "nl/training/element-basics/index.html",
                "en/topics/continuity-plan/index.html", "nl/noodplan/index.html", "en/procurement/index.html",
                "nl/feed.xml", "sitemap.xml", "robots.txt", "data/catalogue.json");
    }

    @BeforeAll
    static void build() {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        site = BuiltSites.build(new LoadRequest(List.of(dir.resolve("catalogue"))), dir.resolve("site"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageMatchesItsReviewedCopy(String page) throws IOException {
        String actual = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(page);
        if (Boolean.getBoolean("overstap.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, page);
    }
}
