package nl.overstap.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import nl.overstap.BuiltSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The bundled guide in a real browser: one page of every kind in both languages has no axe
 * violation of WCAG 2.0/2.1 A and AA, no page asks anything of another origin, and the keyboard
 * reaches the main links in order.
 */
class BrowserTest {
    static final List<String> PAGES = List.of(
            "index.html", "404.html",
            "nl/index.html", "en/index.html",
            "nl/producten/index.html", "en/products/index.html",
            "nl/categorieen/video-meetings/index.html", "en/categories/video-meetings/index.html",
            "nl/producten/microsoft-teams/index.html", "en/products/microsoft-teams/index.html",
            "nl/alternatieven/element/index.html", "en/alternatives/element/index.html",
            "nl/standaarden/odf/index.html", "en/standards/odf/index.html",
            "nl/overstappen/microsoft-teams--element/index.html", "en/migrations/microsoft-teams--element/index.html",
            "nl/training/element-basics/index.html", "en/training/element-basics/index.html",
            "nl/onderwerpen/continuity-plan/index.html", "en/topics/continuity-plan/index.html",
            "nl/noodplan/index.html", "en/continuity/index.html",
            "nl/inkoop/index.html", "en/procurement/index.html",
            "nl/over/index.html", "en/about/index.html",
            "nl/werkwijze/index.html", "en/methodology/index.html",
            "nl/toegankelijkheid/index.html", "en/accessibility/index.html");

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

    @Test
    void everyKindOfPageHasNoAccessibilityViolations() {
        List<String> violations = new ArrayList<>();
        for (String page : PAGES) {
            browser.open(page);
            assertTrue(!browser.driver.getTitle().isBlank(), page + " did not load");
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser.driver);
            for (Rule rule : results.getViolations()) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getHelp() + ") on "
                        + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        assertEquals(List.of(), violations);
    }

    /** axe itself is live: a page with an unlabelled image, no language and poor contrast fails. */
    @Test
    void axeReportsViolationsOnABadPage() {
        browser.driver.get("data:text/html,<title>x</title><img src='x.png'><p style='color:%23ccc'>faint</p>");
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser.driver);
        List<String> ids = results.getViolations().stream().map(Rule::getId).toList();
        assertTrue(ids.contains("image-alt") && ids.contains("html-has-lang"), ids.toString());
    }

    @Test
    void noRequestLeavesTheSite() {
        browser.requests.clear();
        for (String page : PAGES) {
            browser.open(page);
        }
        List<String> foreign = browser.requests.stream().filter(url -> !url.startsWith(browser.origin + "/"))
                .filter(url -> !url.startsWith("data:")).toList();
        assertTrue(browser.requests.size() >= PAGES.size(), "requests were not recorded: " + browser.requests);
        assertEquals(List.of(), foreign);
    }

    /** WCAG 1.4.10: at 320 CSS pixels wide (a 1280-pixel screen at 400%), nothing scrolls sideways. */
    @Test
    void pagesReflowAt400PercentZoom() {
        List<String> overflowing = new ArrayList<>();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
            for (String page : PAGES) {
                browser.open(page);
                Object widths = browser.driver.executeScript(
                        "return [document.documentElement.scrollWidth, window.innerWidth];");
                List<?> pair = (List<?>) widths;
                long scroll = ((Number) pair.get(0)).longValue();
                long inner = ((Number) pair.get(1)).longValue();
                if (scroll > inner) {
                    overflowing.add(page + ": " + scroll + " > " + inner);
                }
            }
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void keyboardReachesSkipLinkHeaderAndMenuInOrder() {
        browser.open("nl/producten/microsoft-teams/index.html");
        List<String> reached = new ArrayList<>();
        WebElement body = browser.driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 7; i++) {
            WebElement active = browser.driver.switchTo().activeElement();
            reached.add(active.getText().isBlank() ? "#" + active.getAttribute("id") : active.getText().strip());
            active.sendKeys(Keys.TAB);
        }
        assertEquals(List.of("Naar de inhoud", "Overstap", "English", "#site-q", "Zoeken", "Home", "Categorieën"),
                reached);
    }

    @Test
    void skipLinkMovesFocusToTheContent() {
        browser.open("en/alternatives/element/index.html");
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertEquals("Skip to content", skip.getText().strip());
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver.switchTo().activeElement().getAttribute("id"));
    }
}
