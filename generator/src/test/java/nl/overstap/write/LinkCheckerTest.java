package nl.overstap.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.overstap.problem.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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

    @ParameterizedTest
    @CsvSource({
        "https://example.org, true", "mailto:a@b.nl, true", "javascript:alert(1), true", "x-y.z+1:rest, true",
        "a/b.html, false", "../a.html#x:y, false", "1http:x, false", "#top, false", "'', false", "a b:c, false"})
    void findsASchemeAsTheUrlPatternWould(String url, boolean expected) {
        assertEquals(expected, LinkChecker.hasScheme(url));
    }

    @Test
    void namesThePageAndLineOfEveryLinkThatDoesNotResolve() {
        SortedMap<String, byte[]> site = new TreeMap<>();
        site.put("nl/a/index.html", page("""
                <p title="één
                twee">Ü ß
                <a class="x"
                   href="../b/index.html#slot">ok</a>
                <a\thref="../c/index.html">missing page</a>
                <img src="../../assets/missing.png" alt="">
                <a href="../b/index.html#nergens">missing anchor</a>
                <a href="https://example.org/">leaves, allowed</a> <a href="mailto:x@y.nl">mail</a>
                <a href="//example.org/">leaves, not allowed</a>
                <a href="#eigen">own anchor</a><h2 id="eigen">x</h2>
                <a
                href="../d/index.html">missing, named by the line before its name</a>
                <a href="../e/index.html">missing</a>
                """));
        site.put("nl/b/index.html", page("<h2 id=\"slot\">slot</h2><p data-id=\"nergens\">"));
        site.put("assets/site.css", new byte[0]);

        assertEquals(List.of(
                "nl/a/index.html:5 link '../c/index.html' points to 'nl/c/index.html', which is not part of the site",
                "nl/a/index.html:6 link '../../assets/missing.png' points to 'assets/missing.png', which is not "
                        + "part of the site",
                "nl/a/index.html:7 link '../b/index.html#nergens' points to '#nergens', which is not on page "
                        + "'nl/b/index.html'",
                "nl/a/index.html:9 link '//example.org/' leaves the site in a way that is not allowed",
                "nl/a/index.html:11 link '../d/index.html' points to 'nl/d/index.html', which is not part of the site",
                "nl/a/index.html:13 link '../e/index.html' points to 'nl/e/index.html', which is not part of the site"),
                check(site));
    }

    @Test
    void readsIdsAndLinksWithTheirEntitiesDecoded() {
        SortedMap<String, byte[]> site = new TreeMap<>();
        site.put("a.html", page("<h2 id=\"r&amp;d\">R&amp;D</h2>\n<a href=\"b.html?x=1&amp;y=2#r&amp;d\">b</a>"));
        site.put("b.html", page("<h2 id=\"r&amp;d\">R&amp;D</h2>\n<a href=\"a.html#r&amp;d\">a</a>"
                + "<a href=\"a.html#r&amp;e\">a</a>"));

        assertEquals(List.of("b.html:2 link 'a.html#r&e' points to '#r&e', which is not on page 'a.html'"),
                check(site));
    }

    @Test
    void needsWhiteSpaceBeforeTheNameAndAClosingQuote() {
        SortedMap<String, byte[]> site = new TreeMap<>();
        site.put("a.html", page("<a xhref=\"gone.html\" data-src=\"gone.png\">x</a>\n<a href=\"gone.html"));

        assertEquals(List.of(), check(site));
    }

    private static byte[] page(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> check(SortedMap<String, byte[]> site) {
        Problems problems = new Problems();
        LinkChecker.check(site, problems);
        return problems.sorted().stream().map(p -> p.path() + ":" + p.line() + " " + p.message()).toList();
    }
}
