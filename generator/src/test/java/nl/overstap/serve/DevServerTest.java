package nl.overstap.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.index.SearchIndex;
import nl.overstap.index.Searcher;
import nl.overstap.model.Language;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.overstap.Fixtures;
import nl.overstap.Generator.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R26: the development server answers only on loopback, only with files of the current build. */
class DevServerTest {
    @TempDir
    static Path dir;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path site() throws IOException {
        Path site = dir.resolve("site");
        if (!Files.exists(site)) {
            Files.createDirectories(site.resolve("nl"));
            Files.writeString(site.resolve("nl/index.html"), "<html><body>welkom</body></html>");
            Files.writeString(site.resolve("404.html"), "<html><body>niet gevonden</body></html>");
            Files.writeString(site.resolve(".overstap-site"), "marker");
            Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
            Files.createSymbolicLink(site.resolve("link.txt"), dir.resolve("secret.txt"));
        }
        return site;
    }

    /** Sends {@code target} exactly as written, since HTTP clients normalise paths. */
    private static String raw(int port, String method, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/nl/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt",
        "/nl%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/nl/%00", "/.overstap-site", "/link.txt",
        "//secret.txt", "/%252e%252e/secret.txt", "/nl/..%c0%afsecret.txt", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt"})
    void traversalNeverReachesFilesOutsideOrHidden(String target) throws IOException {
        try (DevServer server = new DevServer(site(), 0)) {
            String response = raw(server.address().getPort(), "GET", target);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), response);
            assertFalse(response.contains("TOP-SECRET"));
            assertFalse(response.contains("marker"));
        }
    }

    @Test
    void servesPagesWithSafeHeadersOnLoopbackOnly() throws Exception {
        try (DevServer server = new DevServer(site(), 0)) {
            assertTrue(server.address().getAddress().isLoopbackAddress());
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.address().getPort() + "/nl/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("welkom"));
            assertTrue(page.body().contains("<script src=\"/__overstap/reload.js\" defer></script>"));
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("default-src 'self'", page.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertTrue(raw(server.address().getPort(), "POST", "/nl/index.html").startsWith("HTTP/1.1 405"));
            assertTrue(raw(server.address().getPort(), "DELETE", "/nl/index.html").startsWith("HTTP/1.1 405"));
            String head = raw(server.address().getPort(), "HEAD", "/nl/index.html");
            assertTrue(head.startsWith("HTTP/1.1 200") && !head.contains("welkom"), head);
        }
    }

    @Test
    void rebuildsOnChangeKeepsServingTheLastGoodBuildAndNeverAHalfOne() throws Exception {
        Path catalogue = dir.resolve("live-catalogue");
        Fixtures.write(catalogue, Fixtures.VALID);
        StringWriter log = new StringWriter();
        try (LiveSite live = new LiveSite(new LoadRequest(List.of(catalogue)), Optional.empty(),
                dir.resolve("live-work"), 0, new PrintWriter(log))) {
            URI page = URI.create(live.url() + "nl/producten/microsoft-teams/index.html");
            assertTrue(get(page).contains("Microsoft Teams"));
            assertEquals(1, live.builds());

            Path product = catalogue.resolve("products/microsoft-teams.yaml");
            Files.writeString(product, Files.readString(product).replace("name: Microsoft Teams",
                    "name: Microsoft Teams (bewerkt)"));
            long deadline = System.currentTimeMillis() + 15_000;
            int complete = 0;
            while (live.builds() < 2 && System.currentTimeMillis() < deadline) {
                String body = get(page);
                assertTrue(body.contains("</html>"), "a page was served half-built");
                complete++;
            }
            assertEquals(2, live.builds(), log.toString());
            assertTrue(complete > 0);
            assertTrue(get(page).contains("Microsoft Teams (bewerkt)"));

            Files.writeString(product, "id: microsoft-teams\n");
            deadline = System.currentTimeMillis() + 15_000;
            while (!log.toString().contains("still serving the last good build")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(log.toString().contains("products/microsoft-teams.yaml:1:1: error: missing required field"),
                    log.toString());
            assertTrue(get(page).contains("Microsoft Teams (bewerkt)"), "the last good build is still served");
        }
    }

    @Test
    void beforeTheFirstBuildEveryPageSaysSoAndReloadsWhenOneIsServed() throws Exception {
        try (DevServer server = new DevServer(0)) {
            int port = server.address().getPort();
            HttpResponse<String> waiting = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/nl/index.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, waiting.statusCode());
            assertEquals("2", waiting.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(waiting.body().contains("De gids wordt gebouwd"), waiting.body());
            assertTrue(waiting.body().contains("<script src=\"/__overstap/reload.js\" defer></script>"));
            String before = get(URI.create("http://127.0.0.1:" + port + DevServer.VERSION));
            assertTrue(waiting.body().contains("<meta name=\"overstap-build\" content=\"" + before + "\">"),
                    waiting.body());
            String outside = raw(port, "GET", "/../secret.txt");
            assertTrue(outside.startsWith("HTTP/1.1 503") || outside.startsWith("HTTP/1.1 400"), outside);
            assertFalse(outside.contains("TOP-SECRET"));

            server.switchTo(site());

            assertFalse(get(URI.create("http://127.0.0.1:" + port + DevServer.VERSION)).equals(before));
            assertTrue(get(URI.create("http://127.0.0.1:" + port + "/nl/index.html")).contains("welkom"));
        }
    }

    @Test
    void aFirstBuildThatFailsServesNothingUntilTheCatalogueIsMended() throws Exception {
        Path catalogue = dir.resolve("broken-catalogue");
        Fixtures.write(catalogue, Fixtures.VALID);
        Path product = catalogue.resolve("products/microsoft-teams.yaml");
        String good = Files.readString(product);
        Files.writeString(product, "id: microsoft-teams\n");
        StringWriter log = new StringWriter();
        try (LiveSite live = new LiveSite(new LoadRequest(List.of(catalogue)), Optional.empty(),
                dir.resolve("broken-work"), 0, new PrintWriter(log))) {
            assertEquals(0, live.builds());
            assertTrue(log.toString().contains("nothing to serve until a build succeeds"), log.toString());
            URI page = URI.create(live.url() + "nl/producten/microsoft-teams/index.html");
            assertTrue(get(page).contains("De gids wordt gebouwd"));

            Files.writeString(product, good);
            long deadline = System.currentTimeMillis() + 15_000;
            while (live.builds() < 1 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(1, live.builds(), log.toString());
            assertTrue(get(page).contains("Microsoft Teams"));
        }
    }

    /** R20 for the dev server: any query answers JSON, a malformed one 400, never a stack trace. */
    @ParameterizedTest
    @ValueSource(strings = {"q=teams", "q=%28%28%28", "q=%2F%5B%2F", "q=foo%5C", "q=*x", "q=%F0%9F%98%80",
        "q=", "", "lang=en&q=video", "q=%ZZ", "q=%"})
    void searchAnswersFromLuceneForAnyQuery(String query) throws Exception {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Generator.Validation validation = Generator.load(new Generator.LoadRequest(List.of(dir.resolve("catalogue"))));
        Map<Language, Searcher> searchers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            searchers.put(language, new Searcher(SearchIndex.build(validation.catalogue(), language)));
        }
        try (DevServer server = new DevServer(site(), 0)) {
            server.switchTo(site(), searchers);
            String response = raw(server.address().getPort(), "GET", DevServer.SEARCH + "?" + query);
            if (query.contains("%Z") || query.endsWith("%")) {
                assertTrue(response.startsWith("HTTP/1.1 400"), response);
            } else {
                assertTrue(response.startsWith("HTTP/1.1 200"), response);
                String body = response.substring(response.indexOf("\r\n\r\n") + 4);
                assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("hits").isArray());
                if (query.equals("q=teams")) {
                    assertTrue(body.contains("\"doc\":"), body);
                }
            }
            // The JDK server answers a malformed request line itself ("400 ... URISyntaxException thrown").
            assertFalse(response.contains("\tat ") || response.contains("at nl.overstap"), response);
        }
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
