package nl.overstap.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.overstap.BuiltSites;
import nl.overstap.Generator;
import nl.overstap.index.SearchIndex;
import nl.overstap.index.SearchQueries;
import nl.overstap.index.Searcher;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The static search in Chromium returns the same top five pages, in the same order, as the
 * Lucene search behind {@code overstap search}, for every name and alias in the catalogue, the
 * category names and the phrasings of {@code search/queries.tsv}.
 */
class SearchParityTest {
    private static Browser browser;
    private static final Map<Language, Searcher> SEARCHERS = new EnumMap<>(Language.class);
    private static Catalogue catalogue;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        Path site = BuiltSites.bundled();
        catalogue = Generator.load(Generator.LoadRequest.bundled()).catalogue();
        for (Language language : Language.values()) {
            SEARCHERS.put(language, new Searcher(SearchIndex.build(catalogue, language)));
        }
        browser = new Browser(site);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    record Query(Language language, String text) {
    }

    static List<Query> queries() {
        Set<Query> queries = new LinkedHashSet<>();
        catalogue.products().forEach(p -> {
            queries.add(new Query(Language.NL, p.name()));
            p.aliases().forEach(alias -> queries.add(new Query(Language.NL, alias)));
        });
        catalogue.alternatives().forEach(a -> queries.add(new Query(Language.EN, a.name())));
        catalogue.standards().forEach(s -> queries.add(new Query(Language.NL, s.name())));
        catalogue.categories().forEach(c -> {
            queries.add(new Query(Language.NL, c.name().nl()));
            c.name().en().ifPresent(en -> queries.add(new Query(Language.EN, en)));
        });
        SearchQueries.all().forEach(q -> queries.add(new Query(q.language(), q.query())));
        // Typing, typos, and input that must not break anything.
        for (String text : List.of("nextcl", "libreof", "videob", "thunderbrid", "wachtwoordbeheer", "C++ AND (",
                "\"e-mail\"", "😀 teams", "ملف", "ö", "x", "")) {
            queries.add(new Query(Language.NL, text));
        }
        return new ArrayList<>(queries);
    }

    @Test
    void staticSearchRanksLikeLucene() {
        List<Query> queries = queries();
        assertTrue(queries.size() >= 150, "at least 150 queries, got " + queries.size());
        List<String> differences = new ArrayList<>();
        for (Query query : queries) {
            List<String> expected = SEARCHERS.get(query.language()).search(query.text()).stream().limit(5)
                    .map(hit -> hit.document().type() + "/" + hit.document().id()).toList();
            List<String> actual = inBrowser(query);
            if (!expected.equals(actual)) {
                differences.add(query + ": lucene " + expected + ", browser " + actual);
            }
        }
        System.out.println("search parity: " + queries.size() + " queries, " + differences.size() + " differ");
        assertEquals(List.of(), differences);
    }

    /** Types the query into the search page of its language, opened once, and reads the results. */
    private static List<String> inBrowser(Query query) {
        String page = browser.origin + "/" + SitePaths.section(Section.SEARCH, query.language());
        if (!browser.driver.getCurrentUrl().startsWith(page)) {
            browser.driver.get(page);
        }
        // Waits in the page, not by polling from here: 887 queries at WebDriver's 500 ms poll would take minutes.
        browser.driver.executeAsyncScript("var q = arguments[0], done = arguments[arguments.length - 1];"
                + "var list = document.getElementById('search-results'), input = document.getElementById('search-q');"
                + "input.value = q; input.form.requestSubmit();"
                + "(function wait() { if (list.dataset.query === q && list.dataset.state !== 'busy') done();"
                + " else setTimeout(wait, 2); })();", query.text());
        WebElement results = browser.driver.findElement(By.id("search-results"));
        assertEquals("done", results.getAttribute("data-state"), "search failed for " + query);
        return results.findElements(By.cssSelector("li")).stream().limit(5).map(li -> li.getAttribute("data-id"))
                .toList();
    }
}
