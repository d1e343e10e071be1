package nl.overstap.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import nl.overstap.BuiltSites;
import nl.overstap.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sample municipality's report in Chromium, served under Content-Security-Policy
 * default-src 'self': no axe violation of WCAG 2.0/2.1 A and AA, no request to another origin, and
 * its drawings really drawn.
 */
class InventoryReportPageTest {
    @BeforeAll
    static void chromium() {
        Browser.assumeAvailable();
    }

    @Test
    void reportIsAccessibleAndStaysOnItsOrigin() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Language language : Language.values()) {
            try (Browser browser = new Browser(BuiltSites.sampleReport(language))) {
                browser.open("index.html");
                Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser.driver);
                for (Rule rule : axe.getViolations()) {
                    violations.add(language.tag() + ": " + rule.getId() + " " + rule.getNodes().stream().limit(3)
                            .map(n -> String.valueOf(n.getTarget())).toList());
                }
                assertTrue(browser.requests.size() >= 2, "the page and its stylesheet: " + browser.requests);
                assertTrue(browser.requests.stream().allMatch(url -> url.startsWith(browser.origin)
                        || url.startsWith("data:") || url.startsWith("about:")), browser.requests.toString());
                WebElement map = browser.driver.findElement(By.cssSelector("#map ~ figure svg"));
                assertTrue(map.getSize().getWidth() > 300, "the map is drawn: " + map.getSize());
                assertEquals(41, browser.driver.findElements(By.xpath("//caption[@id='map-table']/../tbody/tr")).size(),
                        "every application in the map's table");
                assertEquals("rgba(21, 66, 115, 1)", browser.driver.findElement(By.tagName("h1")).getCssValue("color"),
                        "the stylesheet applies under the policy");
            }
        }
        assertEquals(List.of(), violations);
    }
}
