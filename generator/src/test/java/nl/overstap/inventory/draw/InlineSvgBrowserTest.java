package nl.overstap.inventory.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The drawings inline in a page served with {@code Content-Security-Policy: default-src 'self'},
 * in Debian's headless Chromium: the policy blocks nothing, axe finds no WCAG 2.1 AA violation,
 * and every text drawn in a box fits the box with the browser's real font, which checks the
 * width estimate. Skipped when Chromium is missing, except under CI=true.
 */
class InlineSvgBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Records every policy violation from the start of the page (a script the policy allows). */
    private static final String WATCH = "window.violations = [];document.addEventListener('securitypolicyviolation',"
            + " e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    /** For each box, the texts that stick out of it: [id, text, how far] */
    private static final String OVERFLOW = """
            const out = [];
            for (const g of document.querySelectorAll('g.node')) {
              const box = g.querySelector('rect').getBBox();
              for (const t of g.querySelectorAll('text')) {
                const b = t.getBBox();
                const over = b.x + b.width - (box.x + box.width);
                if (over > 0.5) out.push([g.dataset.id, t.textContent, over]);
              }
            }
            return out;""";

    @Test
    void drawingsBreakNoPolicyHaveNoAxeViolationsAndTextFitsTheBoxes(@TempDir Path profile) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but Chromium is missing: .ci/run must install chromium");
        }
        Assumptions.assumeTrue(present, "Chromium not installed; browser test skipped");
        Map<String, byte[]> files = Map.of(
                "/index.html", ReportPage.html("<script src=\"watch.js\"></script>").getBytes(StandardCharsets.UTF_8),
                "/watch.js", WATCH.getBytes(StandardCharsets.UTF_8));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = files.getOrDefault(exchange.getRequestURI().getPath(), new byte[0]);
            exchange.getResponseHeaders().set("Content-Type", exchange.getRequestURI().getPath().endsWith(".js")
                    ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build(), options);
        try {
            driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html");
            assertEquals("Rapport", driver.getTitle());
            assertEquals(List.of(), driver.executeScript("return window.violations;"));
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(driver);
            assertTrue(results.getPasses().stream().anyMatch(rule -> rule.getId().equals("svg-img-alt")),
                    "axe did not check the drawings' names");
            assertEquals(List.of(), results.getViolations().stream().map(Rule::getId).toList());
            Object nodes = driver.executeScript("return document.querySelectorAll('g.node').length;");
            assertTrue(((Number) nodes).intValue() > 30, "boxes: " + nodes);
            assertEquals(List.of(), driver.executeScript(OVERFLOW));
        } finally {
            driver.quit();
            server.stop(0);
        }
    }
}
