package nl.overstap.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.overstap.BuiltSites;
import nl.overstap.Fixtures;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.serve.LiveSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in Chromium: accessible, filterable, safe with hostile entries, and served by Lucene in dev. */
class SearchPageTest {
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        browser = new Browser(BuiltSites.bundled());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    static WebElement search(Browser browser, String page, String query) {
        browser.driver.get(browser.origin + "/" + page + "?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8));
        WebElement results = browser.driver.findElement(By.id("search-results"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10), Duration.ofMillis(20))
                .until(d -> query.equals(results.getAttribute("data-query")));
        return results;
    }

    /** The result ids, read in one script call so a list being redrawn cannot go stale under us. */
    @SuppressWarnings("unchecked")
    static List<String> ids(Browser browser) {
        return (List<String>) browser.driver.executeScript("return Array.from(document.querySelectorAll("
                + "'#search-results li'), function (li) { return li.dataset.id; });");
    }

    /** The number the live region announces. */
    static int count(Browser browser) {
        return Integer.parseInt(browser.driver.findElement(By.id("search-status")).getText().split(" ")[0]);
    }

    @Test
    void resultsPagesHaveNoAccessibilityViolationsAndAnnounceTheCount() {
        List<String> violations = new ArrayList<>();
        for (String[] page : new String[][] {{"nl/zoeken/index.html", "videobellen", "resultaten"},
                {"en/search/index.html", "video calls", "results"}}) {
            WebElement results = search(browser, page[0], page[1]);
            assertFalse(ids(browser).isEmpty());
            WebElement status = browser.driver.findElement(By.id("search-status"));
            assertEquals("polite", status.getAttribute("aria-live"));
            assertTrue(status.getText().matches("\\d+ " + page[2]), status.getText());
            assertFalse(browser.driver.findElement(By.id("search-nojs")).isDisplayed(), "the no-script note hides");
            Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser.driver);
            for (Rule rule : axe.getViolations()) {
                violations.add(page[0] + ": " + rule.getId() + " " + rule.getNodes().stream().limit(3)
                        .map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        assertEquals(List.of(), violations);
        assertTrue(browser.requests.stream().allMatch(url -> url.startsWith(browser.origin)
                || url.startsWith("data:") || url.startsWith("about:")), "no request leaves the site");
    }

    @Test
    void theHeaderBoxSearchesFromAnyPageWithTheKeyboard() {
        browser.open("nl/producten/microsoft-teams/index.html");
        WebElement box = browser.driver.findElement(By.id("site-q"));
        box.sendKeys("nextcloud", Keys.ENTER);
        // Enter starts a navigation that may still be under way: look the results up afresh on
        // every poll (the wait ignores "no such element" while the old page is still shown).
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "nextcloud".equals(
                d.findElement(By.id("search-results")).getAttribute("data-query")));
        assertTrue(browser.driver.getCurrentUrl().contains("/nl/zoeken/index.html?q=nextcloud"));
        assertTrue(ids(browser).get(0).contains("nextcloud"), ids(browser).toString());
        assertEquals("nextcloud", browser.driver.findElement(By.id("search-q")).getAttribute("value"));
    }

    @Test
    void filtersNarrowTheResults() {
        WebElement results = search(browser, "nl/zoeken/index.html", "chat");
        int all = count(browser);
        new Select(browser.driver.findElement(By.id("search-type"))).selectByValue("alternative");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !ids(browser).isEmpty()
                && ids(browser).stream().allMatch(id -> id.startsWith("alternative/")));
        browser.driver.findElement(By.id("search-eu")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "done".equals(
                results.getAttribute("data-state")) && !ids(browser).contains("alternative/mattermost"));
        List<String> european = ids(browser);
        assertTrue(european.contains("alternative/element") || european.contains("alternative/nextcloud-talk"),
                european.toString());
        assertTrue(count(browser) < all, "filters leave fewer results");
    }

    @Test
    void typosAndUnfinishedWordsStillFindThePage() {
        search(browser, "nl/zoeken/index.html", "thunderbrid");
        assertTrue(ids(browser).subList(0, 3).stream()
                .anyMatch(id -> id.contains("thunderbird")));
        search(browser, "nl/zoeken/index.html", "libreof");
        assertTrue(ids(browser).subList(0, 3).stream()
                .anyMatch(id -> id.contains("libreoffice")));
    }

    /** R17: a hostile name is shown as text; no script runs and no element is injected. */
    @Test
    void aHostileEntryIsShownAsText(@TempDir Path dir) throws Exception {
        Path catalogue = dir.resolve("catalogue");
        Fixtures.write(catalogue, Fixtures.VALID);
        Path element = catalogue.resolve("alternatives/element.yaml");
        String hostile = "<img src=x onerror=alert(1)> Element";
        Files.writeString(element, Files.readString(element).replace("name: Element\n", "name: '" + hostile + "'\n"));
        Path site = BuiltSites.build(new LoadRequest(List.of(catalogue)), dir.resolve("site"));
        try (Browser own = new Browser(site)) {
            WebElement results = search(own, "nl/zoeken/index.html", "onerror element");
            assertTrue(results.getText().contains(hostile), results.getText());
            assertTrue(results.findElements(By.tagName("img")).isEmpty(), "no element injected");
            try {
                own.driver.switchTo().alert();
                throw new AssertionError("an alert fired");
            } catch (NoAlertPresentException expected) {
                // nothing ran
            }
        }
    }

    /** {@code overstap serve} answers from Lucene directly, with the same ranking as the exported files. */
    @Test
    void theDevServerAnswersFromLuceneWithTheSameRanking(@TempDir Path dir) throws Exception {
        search(browser, "nl/zoeken/index.html", "wachtwoordbeheerder");
        List<String> exported = ids(browser);
        try (LiveSite live = new LiveSite(LoadRequest.bundled(), Optional.empty(), dir.resolve("work"), 0,
                new PrintWriter(new StringWriter())); Browser served = new Browser(live.url().replaceAll("/$", ""))) {
            search(served, "nl/zoeken/index.html", "wachtwoordbeheerder");
            assertEquals(1, served.driver.findElements(By.cssSelector("meta[name=overstap-search-api]")).size());
            assertEquals(exported, ids(served));
            assertTrue(served.requests.stream().anyMatch(url -> url.contains("/__overstap/search?")),
                    "asked the dev server");
            assertTrue(served.requests.stream().noneMatch(url -> url.contains("/search/nl/b/")),
                    "did not read the exported buckets");
        }
    }
}
