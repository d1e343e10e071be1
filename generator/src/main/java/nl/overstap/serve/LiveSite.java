package nl.overstap.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.overstap.Generator;
import nl.overstap.Generator.BuildRequest;
import nl.overstap.Generator.BuildResult;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.document.DocumentCache;
import nl.overstap.index.SearchIndex;
import nl.overstap.index.Searcher;
import nl.overstap.model.Language;
import nl.overstap.write.SiteWriter;

/**
 * {@code overstap serve}: builds the guide, serves it on localhost, and rebuilds when a catalogue
 * or theme file changes. Each build goes to a new folder; the server switches to it only when the
 * build succeeded, so a broken edit never takes the guide away, and open pages reload.
 */
public final class LiveSite implements AutoCloseable {
    static final long POLL_MILLIS = 500;

    private final LoadRequest load;
    private final Optional<Path> theme;
    private final Path work;
    private final PrintWriter log;
    private final DevServer server;
    private final ScheduledExecutorService watcher;
    /** Rebuilds remake only the printable documents whose content changed. */
    private final DocumentCache documents = new DocumentCache();
    private String fingerprint;
    /** The build being served; null until one succeeds. */
    private Path served;
    private int builds;

    /**
     * @param work a folder for the builds; each new build replaces the last one there
     */
    public LiveSite(LoadRequest load, Optional<Path> theme, Path work, int port, PrintWriter log) throws IOException {
        this.load = load;
        this.theme = theme;
        this.work = work.toAbsolutePath().normalize();
        this.log = log;
        Files.createDirectories(this.work);
        fingerprint = fingerprint();
        server = new DevServer(port);
        rebuild();
        watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "overstap-watch");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::checkForChanges, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The address pages are served at, such as {@code http://127.0.0.1:8080/nl/index.html}. */
    public String url() {
        return "http://127.0.0.1:" + server.address().getPort() + "/";
    }

    /** How many builds succeeded so far. */
    public synchronized int builds() {
        return builds;
    }

    private synchronized void checkForChanges() {
        try {
            String now = fingerprint();
            if (!now.equals(fingerprint)) {
                fingerprint = now;
                rebuild();
            }
        } catch (RuntimeException | IOException e) {
            log.println("overstap serve: " + e.getMessage());
            log.flush();
        }
    }

    private synchronized void rebuild() throws IOException {
        Path next = work.resolve("build-" + (builds + 1));
        SiteWriter.remove(next);
        BuildResult result = Generator.build(new BuildRequest(load, next, Optional.empty(), theme, false), documents);
        if (!result.ok()) {
            result.problems().sorted().forEach(problem -> log.println(problem.format()));
            log.println(result.problems().summary() + (served == null ? "; nothing to serve until a build succeeds"
                    : "; still serving the last good build"));
            log.flush();
            return;
        }
        Path previous = served;
        served = next;
        builds++;
        server.switchTo(next, searchers());
        if (previous != null) {
            SiteWriter.remove(previous);
        }
        log.println(String.format(Locale.ROOT, "built %d pages in %d ms; serving %snl/index.html",
                result.pagesNl() + result.pagesEn(), result.millis(), url()));
        log.flush();
    }

    /** Lucene searchers over the catalogue just built, so the search page asks them directly. */
    private Map<Language, Searcher> searchers() {
        Generator.Validation validation = Generator.load(load);
        Map<Language, Searcher> searchers = new EnumMap<>(Language.class);
        if (validation.ok()) {
            for (Language language : Language.values()) {
                searchers.put(language, new Searcher(SearchIndex.build(validation.catalogue(), language)));
            }
        }
        return searchers;
    }

    /** Names, sizes and modification times of every file that a build reads. */
    private String fingerprint() throws IOException {
        List<Path> roots = new ArrayList<>(load.folders());
        theme.ifPresent(roots::add);
        StringBuilder print = new StringBuilder();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.sorted().toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    print.append(file).append(' ').append(attributes.size()).append(' ')
                            .append(attributes.lastModifiedTime().toMillis()).append('\n');
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return print.toString();
    }

    @Override
    public void close() throws IOException {
        watcher.shutdownNow();
        server.close();
        if (served != null) {
            SiteWriter.remove(served);
        }
    }
}
