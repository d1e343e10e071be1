package nl.overstap.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

/**
 * Serves a built site on the loopback address only (R26): GET and HEAD, regular files under the
 * current build folder and nothing else, never through a symbolic link or to a dot-file. Pages get a
 * small script that reloads them after a rebuild. The build folder is swapped as a whole, so a
 * request sees either the previous complete build or the next one.
 */
public final class DevServer implements AutoCloseable {
    static final String RELOAD_SCRIPT = "/__overstap/reload.js";
    static final String VERSION = "/__overstap/version";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "zip", "application/zip");

    private final HttpServer server;
    private final byte[] reloadScript;
    private volatile Path current;
    private volatile long version;

    /** Starts serving {@code site} on 127.0.0.1 at {@code port} (0 picks a free port). */
    public DevServer(Path site, int port) throws IOException {
        this.current = site.toAbsolutePath().normalize();
        try (InputStream in = DevServer.class.getResourceAsStream("reload.js")) {
            reloadScript = in.readAllBytes();
        }
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
            if (raw.equals(VERSION)) {
                send(exchange, 200, TYPES.get("txt"), Long.toString(version).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path root = current;
            Optional<Path> file = resolve(root, raw);
            if (file.isEmpty()) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readAllBytes(notFound))
                        : "not found\n".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            String name = file.get().getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                    "application/octet-stream");
            byte[] body = Files.readAllBytes(file.get());
            send(exchange, 200, type, name.endsWith(".html") ? withReload(body) : body);
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

    private static byte[] withReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        if (end < 0) {
            return html;
        }
        return (page.substring(0, end) + "<script src=\"" + RELOAD_SCRIPT + "\" defer></script>\n"
                + page.substring(end)).getBytes(StandardCharsets.UTF_8);
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
