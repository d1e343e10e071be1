package nl.overstap.benchmark;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.overstap.Generator;
import nl.overstap.Generator.BuildRequest;
import nl.overstap.Generator.BuildResult;
import nl.overstap.Generator.LoadRequest;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Static search against Pagefind on the same generated pages, in one run: index build time and
 * size, bytes the browser fetches for a first query (script included) and a second one, and the
 * time to an answer in the page. Bytes are counted by the loopback server as it sends them.
 * Pagefind comes from the npm registry (package {@code pagefind}) into target/benchmark-npm.
 *
 * <p>Run with {@code mvn -B -q package -DskipTests -Pbenchmark} (it runs after the other benchmarks).
 */
public final class SearchBenchmark {
    private static final int RUNS = 5;
    static final String PAGEFIND = "1.6.0";

    private final AtomicLong served = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    record Corpus(String name, Optional<Path> catalogue, List<String> queries) {
    }

    public static void main(String[] args) throws Exception {
        // The JDK server leaves Nagle's algorithm on, which stalls small keep-alive responses ~40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path work = Files.createTempDirectory("overstap-search-benchmark");
        Path npm = Path.of(args.length > 0 ? args[0] : "target/benchmark-npm").toAbsolutePath();
        try {
            Path synthetic = work.resolve("catalogue-10000");
            SyntheticCatalogue.write(synthetic, 10_000);
            List<Corpus> corpora = List.of(
                    new Corpus("bundled", Optional.empty(), List.of("gemeente", "arcgis", "videobellen zonder")),
                    new Corpus("synthetic 10,000", Optional.of(synthetic),
                            List.of("gemeente", "autonomie", "videobellen samenwerken")));
            Optional<Path> pagefind = pagefind(npm);
            List<String> rows = new ArrayList<>();
            for (Corpus corpus : corpora) {
                rows.addAll(new SearchBenchmark().measure(corpus, work, pagefind));
            }
            System.out.printf(Locale.ROOT, "%nSearch, %d cores, Chromium headless, %d runs (median), queries per "
                    + "corpus: common word / rare word / two words; Pagefind %s%n%n",
                    Runtime.getRuntime().availableProcessors(), RUNS, pagefind.isPresent() ? PAGEFIND
                            : "not available (npm install failed)");
            System.out.println("| corpus | tool | index build s | index size KB (files) | first query KB "
                    + "(requests) | first query ms | second query KB | second query ms | query ms, files loaded |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            rows.forEach(System.out::println);
            System.out.println("\nFirst query: from a fresh page, everything search fetches (our search.js, "
                    + "Pagefind's script, wasm and index), to the top 5 shown (ours) or their data loaded (Pagefind).");
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<String> measure(Corpus corpus, Path work, Optional<Path> pagefind) throws Exception {
        Path out = work.resolve("site-" + corpus.name().replaceAll("\\W", ""));
        BuildResult result = Generator.build(new BuildRequest(new LoadRequest(corpus.catalogue().stream().toList()),
                out, Optional.empty(), Optional.empty(), false));
        if (!result.ok()) {
            throw new IllegalStateException(result.problems().summary());
        }
        long indexMs = result.phases().get("index");
        long[] ours = size(out.resolve("search/nl"));
        long script = Files.size(out.resolve("assets/search.js"));
        List<String> rows = new ArrayList<>();
        String pages = String.format(Locale.ROOT, "%s (%,d pages)", corpus.name(), result.pagesNl() + result.pagesEn());
        long pagefindMs = -1;
        if (pagefind.isPresent()) {
            long start = System.nanoTime();
            run(List.of(pagefind.get().toString(), "--site", out.toString()));
            pagefindMs = (System.nanoTime() - start) / 1_000_000;
        }
        HttpServer server = serve(out);
        ChromeDriver driver = chromium(work.resolve("profile"));
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            Measured mine = ours(driver, origin + "nl/zoeken/index.html", corpus.queries());
            rows.add(row(pages, "Overstap (nl half of the index)", indexMs, ours[0] + script, ours[1] + 1, mine));
            if (pagefind.isPresent()) {
                long[] theirs = size(out.resolve("pagefind"));
                Measured other = pagefind(driver, origin + "nl/index.html", corpus.queries());
                rows.add(row(pages, "Pagefind " + PAGEFIND + " (both languages)", pagefindMs, theirs[0], theirs[1],
                        other));
            }
        } finally {
            driver.quit();
            server.stop(0);
        }
        return rows;
    }

    record Measured(double firstKb, double firstRequests, double firstMs, double secondKb, double secondMs,
            double warmMs) {
    }

    private static String row(String corpus, String tool, long buildMs, long bytes, long files, Measured m) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %,.0f (%,d) | %.1f (%.0f) | %.0f | %.1f | %.0f | %.1f |",
                corpus, tool, buildMs / 1000.0, bytes / 1024.0, files, m.firstKb(), m.firstRequests(), m.firstMs(),
                m.secondKb(), m.secondMs(), m.warmMs());
    }

    /** Our search page: type a query, wait for the results list to say it answered that query. */
    private Measured ours(ChromeDriver driver, String page, List<String> queries) {
        String submit = "var q = arguments[0], done = arguments[arguments.length - 1], t0 = performance.now();"
                + "var list = document.getElementById('search-results'), input = document.getElementById('search-q');"
                + "input.value = q; input.form.requestSubmit();"
                + "(function wait() { if (list.dataset.query === q && list.dataset.state === 'done') "
                + "done(performance.now() - t0); else setTimeout(wait, 1); })();";
        return sessions(driver, page, queries, (q) -> ((Number) driver.executeAsyncScript(submit, q)).doubleValue(),
                true);
    }

    /** Pagefind as its own UI uses it: import, init, search, then the data of the top 5. */
    private Measured pagefind(ChromeDriver driver, String page, List<String> queries) {
        String search = "var q = arguments[0], done = arguments[arguments.length - 1], t0 = performance.now();"
                + "(window.pf ? Promise.resolve(window.pf) : import('/pagefind/pagefind.js').then(function (m) {"
                + " window.pf = m; return m.init().then(function () { return m; }); }))"
                + ".then(function (pf) { return pf.search(q); })"
                + ".then(function (s) { return Promise.all(s.results.slice(0, 5).map(function (r) { return r.data(); })); })"
                + ".then(function () { done(performance.now() - t0); }, function (e) { done(-1); });";
        return sessions(driver, page, queries, (q) -> ((Number) driver.executeAsyncScript(search, q)).doubleValue(),
                false);
    }

    interface Query {
        double run(String query);
    }

    /**
     * Each query first in a fresh page (bytes and time from nothing), then the next query second,
     * then the first again with everything loaded; medians over {@link #RUNS} rounds. What the page
     * fetched for search before the query (our script and index file) counts to the first query.
     */
    private Measured sessions(ChromeDriver driver, String page, List<String> queries, Query query,
            boolean preloads) {
        List<Double> firstKb = new ArrayList<>();
        List<Double> firstRequests = new ArrayList<>();
        List<Double> firstMs = new ArrayList<>();
        List<Double> secondKb = new ArrayList<>();
        List<Double> secondMs = new ArrayList<>();
        List<Double> warmMs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            for (int i = 0; i < queries.size(); i++) {
                String first = queries.get(i);
                String second = queries.get((i + 1) % queries.size());
                driver.get(page);
                long[] preloaded = preloads ? preloaded(driver) : new long[2];
                served.set(0);
                requests.set(0);
                firstMs.add(query.run(first));
                firstKb.add((served.get() + preloaded[0]) / 1024.0);
                firstRequests.add((double) requests.get() + preloaded[1]);
                served.set(0);
                secondMs.add(query.run(second));
                secondKb.add(served.get() / 1024.0);
                warmMs.add(query.run(first));
            }
        }
        return new Measured(median(firstKb), median(firstRequests), median(firstMs), median(secondKb),
                median(secondMs), median(warmMs));
    }

    /** Bytes and count of what the search page fetched for search before any query: script, index file. */
    private static long[] preloaded(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<Number> found = (List<Number>) driver.executeScript("var bytes = 0, count = 0;"
                + "performance.getEntriesByType('resource').forEach(function (r) {"
                + " if (r.name.indexOf('/search/') >= 0 || r.name.endsWith('/search.js')) {"
                + " bytes += r.encodedBodySize; count++; } }); return [bytes, count];");
        return new long[] {found.get(0).longValue(), found.get(1).longValue()};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Serves {@code site} on loopback, counting the body bytes of every response; nothing is cached. */
    private HttpServer serve(Path site) throws IOException {
        Map<String, String> types = Map.of("html", "text/html; charset=utf-8", "css", "text/css", "js",
                "text/javascript", "json", "application/json", "wasm", "application/wasm");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    types.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length == 0 ? -1 : body.length);
            served.addAndGet(body.length);
            requests.incrementAndGet();
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        });
        server.start();
        return server;
    }

    private static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile);
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    /** Pagefind's binary from the npm package, installed into {@code npm} on first use. */
    static Optional<Path> pagefind(Path npm) {
        Path binary = npm.resolve("node_modules/.bin/pagefind");
        try {
            if (!Files.isExecutable(binary)) {
                Files.createDirectories(npm);
                run(List.of("npm", "install", "--prefix", npm.toString(), "--no-audit", "--no-fund",
                        "pagefind@" + PAGEFIND));
            }
            return Files.isExecutable(binary) ? Optional.of(binary) : Optional.empty();
        } catch (IOException | InterruptedException | IllegalStateException e) {
            System.err.println("Pagefind not available: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** Bytes and number of files below {@code folder}. */
    private static long[] size(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            return new long[] {bytes, files.size()};
        }
    }
}
