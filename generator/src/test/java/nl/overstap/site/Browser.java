package nl.overstap.site;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, with every request the pages make recorded, and
 * the site served from loopback so that pages have a real origin. Outside CI, tests that need it
 * are skipped with a message when Chromium is not installed; under CI=true they must run.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "json", "application/json", "xml", "application/xml", "txt", "text/plain",
            "js", "text/javascript; charset=utf-8");

    final ChromeDriver driver;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final String origin;
    private final Path site;
    private final HttpServer server;
    private final Path profile;

    /** Skips the calling test when Chromium is absent, unless CI=true, where it must be there. */
    static void assumeAvailable() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but Chromium is missing: .ci/run must install chromium and "
                    + "chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium not installed (apt-get install chromium chromium-driver); "
                + "browser tests skipped");
    }

    /** A browser for pages that another server serves at {@code origin}. */
    Browser(String origin) throws IOException {
        this.site = null;
        this.server = null;
        this.origin = origin;
        this.profile = Files.createTempDirectory("overstap-chromium");
        this.driver = start(profile);
        new Network(driver).onBeforeRequestSent(event -> requests.add(event.getRequest().getUrl()));
    }

    Browser(Path site) throws IOException {
        this.site = site;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = Files.readAllBytes(found ? file : site.resolve("404.html"));
            String name = (found ? file : site.resolve("404.html")).getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
        profile = Files.createTempDirectory("overstap-chromium");
        driver = start(profile);
        new Network(driver).onBeforeRequestSent(event -> requests.add(event.getRequest().getUrl()));
    }

    private static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--disable-default-apps", "--disable-extensions", "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        options.setCapability("webSocketUrl", true);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        return new ChromeDriver(service, options);
    }

    /** Opens a page of the site; a page that is not there is a test error, not a silent 404. */
    void open(String path) {
        if (site != null && !Files.isRegularFile(site.resolve(path))) {
            throw new AssertionError("the site has no page " + path);
        }
        driver.get(origin + "/" + path);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            if (server != null) {
                server.stop(0);
            }
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
