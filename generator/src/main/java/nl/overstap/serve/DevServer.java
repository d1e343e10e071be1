package nl.overstap.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import nl.overstap.index.Searcher;
import nl.overstap.model.Language;

/**
 * Serves a built site on the loopback address only (R26): GET and HEAD, regular files under the
 * current build folder and nothing else, never through a symbolic link or to a dot-file. Pages get a
 * small script that reloads them after a rebuild. The build folder is swapped as a whole, so a
 * request sees either the previous complete build or the next one.
 */
public final class DevServer implements AutoCloseable {
    static final String RELOAD_SCRIPT = "/__overstap/reload.js";
    /** Where the search page asks Lucene when the dev server serves it. */
    public static final String SEARCH = "/__overstap/search";
    static final String VERSION = "/__overstap/version";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "zip", "application/zip");

    /** What every page answers before the first build is served. */
    private static final byte[] BUILDING = """
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><title>De gids wordt gebouwd</title></head>
            <body>
            <main>
            <h1>De gids wordt gebouwd</h1>
            <p>Deze pagina laadt opnieuw zodra een build gelukt is. Wat een build tegenhoudt, staat in het
            venster waarin <code>overstap serve</code> draait.</p>
            <p lang="en">The guide is being built. This page reloads as soon as a build succeeds; what stops
            a build is shown where <code>overstap serve</code> runs.</p>
            </main>
            </body>
            </html>
            """.getBytes(StandardCharsets.UTF_8);

    private static final AtomicLong STARTED = new AtomicLong();

    private final HttpServer server;
    private final byte[] reloadScript;
    private volatile Path current;
    /**
     * Which server this is, so that a page left open while serve restarts sees a new build even when
     * the new server's count of builds has come back to the old page's.
     */
    private final String run = Long.toString(System.currentTimeMillis(), 36) + "-" + STARTED.incrementAndGet();
    private volatile long version;
    private volatile Map<Language, Searcher> searchers = Map.of();

    /** Starts serving {@code site} on 127.0.0.1 at {@code port} (0 picks a free port). */
    public DevServer(Path site, int port) throws IOException {
        this(Optional.of(site), port);
    }

    /**
     * Starts on 127.0.0.1 at {@code port} before there is a site: until {@link #switchTo} every page
     * says the guide is being built and reloads once it is, so a tab left open while serve restarts
     * does not end on "not found".
     */
    public DevServer(int port) throws IOException {
        this(Optional.empty(), port);
    }

    private DevServer(Optional<Path> site, int port) throws IOException {
        this.current = site.map(path -> path.toAbsolutePath().normalize()).orElse(null);
        try (InputStream in = DevServer.class.getResourceAsStream("reload.js")) {
            reloadScript = in.readAllBytes();
        }
        // Without TCP_NODELAY the JDK server stalls small keep-alive responses by ~40 ms each.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "overstap-serve");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Serves {@code site} from now on; open pages reload. */
    public void switchTo(Path site) {
        current = site.toAbsolutePath().normalize();
        version++;
    }

    /**
     * Serves {@code site} and answers its search page from these Lucene searchers (the page then
     * asks {@value #SEARCH} instead of reading the exported files).
     */
    public void switchTo(Path site, Map<Language, Searcher> searchers) {
        this.searchers = Map.copyOf(searchers);
        switchTo(site);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (raw.equals(RELOAD_SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), reloadScript);
                return;
            }
            if (raw.equals(SEARCH)) {
                search(exchange);
                return;
            }
            if (raw.equals(VERSION)) {
                send(exchange, 200, TYPES.get("txt"), build(version).getBytes(StandardCharsets.UTF_8));
                return;
            }
            // Read before the folder: a page is never labelled with a build newer than its own.
            String build = build(version);
            Path root = current;
            if (root == null) {
                exchange.getResponseHeaders().set("Retry-After", "2");
                send(exchange, 503, TYPES.get("html"), withReload(BUILDING, build));
                return;
            }
            Optional<Path> file = resolve(root, raw);
            if (file.isEmpty()) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readAllBytes(notFound), build)
                        : "not found\n".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            String name = file.get().getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                    "application/octet-stream");
            byte[] body = Files.readAllBytes(file.get());
            send(exchange, 200, type, name.endsWith(".html") ? withReload(body, build) : body);
        } catch (IOException | UncheckedIOException e) {
            // The client went away, or a file vanished with an old build: nothing to repair.
        }
    }

    /**
     * The regular file a request path names under {@code root}, or empty. The path is decoded once;
     * encoded slashes, backslashes, NUL, dot segments and dot-files are refused outright.
     */
    static Optional<Path> resolve(Path root, String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (!rawPath.startsWith("/") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || lower.contains("%2e")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.contains("\\") || decoded.contains("\0")) {
            return Optional.empty();
        }
        String relative = decoded.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return Optional.empty();
            }
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        for (Path part = file; part != null && !part.equals(root); part = part.getParent()) {
            if (Files.isSymbolicLink(part)) {
                return Optional.empty();
            }
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(file) : Optional.empty();
    }

    /** {@code ?lang=nl&q=...}: every hit as {@code {doc, score, matched}}, best first, as search.js ranks. */
    private void search(HttpExchange exchange) throws IOException {
        Map<String, String> query = new java.util.HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        try {
            for (String pair : raw == null ? new String[0] : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                            StandardCharsets.UTF_8));
                }
            }
        } catch (IllegalArgumentException e) {
            send(exchange, 400, TYPES.get("txt"), "malformed query\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Searcher searcher = searchers.get("en".equals(query.get("lang")) ? Language.EN : Language.NL);
        if (searcher == null) {
            send(exchange, 503, TYPES.get("txt"), "no search index yet\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(buffer)) {
            json.writeStartObject();
            json.writeArrayFieldStart("hits");
            for (Searcher.Hit hit : searcher.search(query.getOrDefault("q", ""))) {
                json.writeStartObject();
                json.writeNumberField("doc", hit.doc());
                json.writeNumberField("score", hit.score());
                json.writeArrayFieldStart("matched");
                for (String word : hit.matched()) {
                    json.writeString(word);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        send(exchange, 200, TYPES.get("json"), buffer.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** This server's name for its {@code count}th build: never the same as another server's. */
    private String build(long count) {
        return run + "." + count;
    }

    /**
     * The page with the reload script, and the build it came from, so that the script reloads it
     * after any later build, even one served before the script first asks.
     */
    private byte[] withReload(byte[] html, String build) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        if (end < 0) {
            return html;
        }
        page = page.substring(0, end) + "<script src=\"" + RELOAD_SCRIPT + "\" defer></script>\n" + page.substring(end);
        int head = page.indexOf("</head>");
        if (head > 0) {
            String meta = "<meta name=\"overstap-build\" content=\"" + build + "\">\n";
            if (!searchers.isEmpty()) {
                meta += "<meta name=\"overstap-search-api\" content=\"" + SEARCH + "\">\n";
            }
            page = page.substring(0, head) + meta + page.substring(head);
        }
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
