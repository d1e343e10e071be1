package nl.overstap.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkCheckerTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "nl/producten/x/index.html, ../../alternatieven/y/index.html, nl/alternatieven/y/index.html",
        "nl/producten/x/index.html, ../../../assets/site.css, assets/site.css",
        "nl/producten/x/index.html, ../../../../escape.html, null",
        "nl/index.html, producten/index.html, nl/producten/index.html",
        "index.html, nl/index.html, nl/index.html",
        "index.html, ../x.html, null",
        "nl/a/index.html, ./b/../c/index.html, nl/a/c/index.html",
        "nl/a/index.html, b/, nl/a/b/index.html",
        "nl/a/index.html, ../a/./b.html, nl/a/b.html",
        "nl/a/index.html, ..//b.html, nl/b.html"})
    void resolvesRelativeLinksLikeABrowser(String page, String target, String expected) {
        assertEquals(expected, LinkChecker.resolve(page, target));
    }
}
