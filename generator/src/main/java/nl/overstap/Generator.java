package nl.overstap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.overstap.index.SearchIndex;
import nl.overstap.index.StaticSearch;
import nl.overstap.index.Searcher;
import nl.overstap.load.BundledCatalogue;
import nl.overstap.load.CatalogueJar;
import nl.overstap.load.CatalogueLoader;
import nl.overstap.load.CatalogueLoader.Layer;
import nl.overstap.load.CatalogueLoader.Loaded;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Language;
import nl.overstap.problem.Problems;
import nl.overstap.render.SiteRenderer;
import nl.overstap.render.SiteRenderer.Rendered;
import nl.overstap.validate.CatalogueValidator;
import nl.overstap.write.LinkChecker;
import nl.overstap.write.SiteWriter;

/**
 * The one entry point that the CLI, the Maven plugin and the tests share. It holds the recipe;
 * each stage lives in its own package, in the order data flows: load, validate, render, write.
 */
public final class Generator {
    private Generator() {
    }

    /**
     * Which catalogues to read.
     *
     * @param folders catalogue folders in layer order, later ones overriding earlier ones by id; a jar
     *                (such as the {@code overstap-catalogue} artifact) is read in place from its
     *                {@code overstap/catalogue/} folder; when empty, the catalogue bundled with Overstap is read
     * @param today   when given, every entry's review date must lie within the twelve months before it;
     *                the CLI and the Maven plugin pass the current date, tests a fixed one
     */
    public record LoadRequest(List<Path> folders, Optional<LocalDate> today) {
        public LoadRequest {
            folders = List.copyOf(folders);
        }

        /** Without a review-date check. */
        public LoadRequest(List<Path> folders) {
            this(folders, Optional.empty());
        }

        public static LoadRequest bundled() {
            return new LoadRequest(List.of());
        }

        /** The same folders, with review dates checked against {@code date}. */
        public LoadRequest checkedOn(LocalDate date) {
            return new LoadRequest(folders, Optional.of(date));
        }
    }

    /**
     * The outcome of loading and validating.
     *
     * @param catalogue the entries that had no problems; complete only when {@code problems} is empty
     * @param problems  every problem found
     * @param files     how many files were read
     */
    public record Validation(Catalogue catalogue, Problems problems, int files) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * What to build and where.
     *
     * @param load    the catalogues to read
     * @param out     the output folder; replaced whole, and only when the build succeeds
     * @param baseUrl where the site will be published, for absolute URLs in the sitemap and feeds
     * @param theme   a folder whose {@code templates/}, {@code assets/} and {@code pages/} override the built-in ones
     * @param archive also write {@code OUT.zip} beside the output folder
     * @param languages the languages to write pages for, at least one; kept in {@link Language} order
     */
    public record BuildRequest(LoadRequest load, Path out, Optional<URI> baseUrl, Optional<Path> theme,
            boolean archive, List<Language> languages) {
        public BuildRequest {
            baseUrl = baseUrl.map(url -> url.toString().endsWith("/") ? url : URI.create(url + "/"));
            languages = languages.stream().distinct().sorted().toList();
            if (languages.isEmpty()) {
                throw new UsageException("choose at least one language: nl, en");
            }
        }

        /** In every language. */
        public BuildRequest(LoadRequest load, Path out, Optional<URI> baseUrl, Optional<Path> theme, boolean archive) {
            this(load, out, baseUrl, theme, archive, List.of(Language.values()));
        }
    }

    /**
     * What a build did.
     *
     * @param problems every problem found; when there are any, nothing was written
     * @param pagesNl  Dutch pages written
     * @param pagesEn  English pages written
     * @param files    files written, pages and everything else
     * @param phases   milliseconds spent per stage (load, render, index, check, write), in order
     */
    public record BuildResult(Problems problems, int pagesNl, int pagesEn, int files, long millis,
            Map<String, Long> phases) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Loads, validates, renders, checks every internal link and then publishes the site, all or
     * nothing: with any problem the previous output stays as it was.
     *
     * @throws UsageException when a folder does not exist or the output folder may not be used
     * @throws UncheckedIOException when writing fails; the previous output is then unchanged
     */
    public static BuildResult build(BuildRequest request) {
        long start = System.nanoTime();
        List<Path> protectedFolders = new ArrayList<>(request.load().folders());
        request.theme().ifPresent(protectedFolders::add);
        try {
            SiteWriter.checkOutput(request.out(), protectedFolders);
        } catch (SiteWriter.RefusedException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (request.theme().filter(theme -> !Files.isDirectory(theme)).isPresent()) {
            throw new UsageException("theme folder '" + request.theme().get() + "' does not exist or is not a folder");
        }
        Map<String, Long> phases = new LinkedHashMap<>();
        long mark = System.nanoTime();
        Validation validation = load(request.load());
        mark = phase(phases, "load", mark);
        Problems problems = validation.problems();
        if (!problems.isEmpty()) {
            return new BuildResult(problems, 0, 0, 0, elapsed(start), phases);
        }
        Rendered site = SiteRenderer.render(validation.catalogue(),
                new SiteRenderer.Options(request.theme(), request.baseUrl(), request.languages()), problems);
        mark = phase(phases, "render", mark);
        site.files().putAll(searchFiles(validation.catalogue(), request.languages()));
        mark = phase(phases, "index", mark);
        if (problems.isEmpty()) {
            LinkChecker.check(site.files(), problems);
            mark = phase(phases, "check", mark);
        }
        if (!problems.isEmpty()) {
            return new BuildResult(problems, 0, 0, 0, elapsed(start), phases);
        }
        try {
            SiteWriter.publish(request.out(), site.files());
            if (request.archive()) {
                Path out = request.out().toAbsolutePath().normalize();
                SiteWriter.archive(out.resolveSibling(out.getFileName() + ".zip"), site.files());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        phase(phases, "write", mark);
        return new BuildResult(problems, site.pagesNl(), site.pagesEn(), site.files().size(), elapsed(start),
                phases);
    }

    /** The static search of each language, indexed in parallel. */
    private static SortedMap<String, byte[]> searchFiles(Catalogue catalogue, List<Language> languages) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<SortedMap<String, byte[]>> exports = languages.parallelStream().map(language -> {
            try (SearchIndex index = SearchIndex.build(catalogue, language)) {
                return StaticSearch.export(index);
            }
        }).toList();
        exports.forEach(files::putAll);
        return files;
    }

    private static long phase(Map<String, Long> phases, String name, long since) {
        long now = System.nanoTime();
        phases.put(name, (now - since) / 1_000_000);
        return now;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Thrown for a request that cannot be carried out as asked, such as a folder that does not exist. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * A search over the pages of one language.
     *
     * @param limit at most this many hits are returned; {@code total} still counts them all
     */
    public record SearchRequest(LoadRequest load, Language language, String query, int limit) {
    }

    /** The hits of a search, best first; empty with problems when the catalogue has any. */
    public record SearchResult(Problems problems, List<Searcher.Hit> hits, int total) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Loads the catalogue, indexes one language with Lucene and answers the query from that index. */
    public static SearchResult search(SearchRequest request) {
        Validation validation = load(request.load());
        if (!validation.ok()) {
            return new SearchResult(validation.problems(), List.of(), 0);
        }
        try (SearchIndex index = SearchIndex.build(validation.catalogue(), request.language())) {
            List<Searcher.Hit> hits = new Searcher(index).search(request.query());
            return new SearchResult(validation.problems(), hits.subList(0, Math.min(request.limit(), hits.size())),
                    hits.size());
        }
    }

    /**
     * Loads and validates the requested catalogues.
     *
     * @throws UsageException when a folder does not exist or is not a folder, or a jar holds no catalogue
     */
    public static Validation load(LoadRequest request) {
        if (request.folders().isEmpty()) {
            return BundledCatalogue.with(root -> loadLayers(List.of(new Layer(root, BundledCatalogue.LABEL)),
                    request.today()));
        }
        List<Layer> layers = new ArrayList<>();
        List<CatalogueJar> jars = new ArrayList<>();
        try {
            for (Path folder : request.folders()) {
                if (CatalogueJar.isJar(folder)) {
                    layers.add(new Layer(openJar(folder, jars), label(folder) + "!/" + CatalogueJar.ROOT));
                } else if (!Files.isDirectory(folder)) {
                    throw new UsageException("catalogue folder '" + folder + "' does not exist or is not a folder");
                } else {
                    layers.add(new Layer(folder, label(folder)));
                }
            }
            return loadLayers(layers, request.today());
        } finally {
            for (CatalogueJar jar : jars) {
                try {
                    jar.close();
                } catch (IOException e) {
                    // read-only: nothing is lost when closing fails
                }
            }
        }
    }

    private static Path openJar(Path file, List<CatalogueJar> open) {
        try {
            CatalogueJar jar = CatalogueJar.open(file);
            open.add(jar);
            return jar.root().orElseThrow(() -> new UsageException("'" + file + "' holds no catalogue; a catalogue jar "
                    + "keeps its files under " + CatalogueJar.ROOT + "/"));
        } catch (IOException e) {
            throw new UsageException("'" + file + "' cannot be read as a jar: " + e.getMessage());
        }
    }

    private static Validation loadLayers(List<Layer> layers, Optional<LocalDate> today) {
        Problems problems = new Problems();
        Loaded loaded = CatalogueLoader.load(layers, problems);
        Catalogue catalogue = CatalogueValidator.validate(loaded, today, problems);
        return new Validation(catalogue, problems, loaded.files());
    }

    /** The folder as the user gave it, with forward slashes and no trailing slash, for problem paths. */
    private static String label(Path folder) {
        String shown = folder.normalize().toString().replace('\\', '/');
        if (shown.isEmpty()) {
            return ".";
        }
        return shown.endsWith("/") && shown.length() > 1 ? shown.substring(0, shown.length() - 1) : shown;
    }
}
