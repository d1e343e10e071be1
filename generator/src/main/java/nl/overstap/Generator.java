package nl.overstap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.overstap.document.DocumentCache;
import nl.overstap.document.Documents;
import nl.overstap.document.Format;
import nl.overstap.index.SearchIndex;
import nl.overstap.inventory.Analysis;
import nl.overstap.inventory.Weights;
import nl.overstap.index.StaticSearch;
import nl.overstap.index.Searcher;
import nl.overstap.load.BundledCatalogue;
import nl.overstap.load.CatalogueJar;
import nl.overstap.load.CatalogueLoader;
import nl.overstap.load.CatalogueLoader.Layer;
import nl.overstap.load.CatalogueLoader.Loaded;
import nl.overstap.load.CourseFile;
import nl.overstap.load.InventoryFile;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Language;
import nl.overstap.model.Course;
import nl.overstap.model.Inventory;
import nl.overstap.problem.Problems;
import nl.overstap.render.Handout;
import nl.overstap.render.HandoutRenderer;
import nl.overstap.render.InventoryReport;
import nl.overstap.render.MarkdownRenderer;
import nl.overstap.render.SiteRenderer;
import nl.overstap.render.SiteRenderer.Rendered;
import nl.overstap.validate.CatalogueValidator;
import nl.overstap.validate.CourseValidator;
import nl.overstap.write.LinkChecker;
import nl.overstap.write.SiteWriter;
import nl.overstap.write.Staging;

/**
 * The one entry point that the CLI, the Maven plugin and the tests share. It holds the recipes
 * ({@link #build} the guide, {@link #course} a trainer's course material); each stage lives in its
 * own package, in the order data flows: load, validate, render, document, write.
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
     * @param downloads also make the printable documents (PDF and ODT of every guide and training
     *                  note) and link them from their pages; without them a first build takes about half the time
     */
    public record BuildRequest(LoadRequest load, Path out, Optional<URI> baseUrl, Optional<Path> theme,
            boolean archive, List<Language> languages, boolean downloads) {
        public BuildRequest {
            baseUrl = baseUrl.map(url -> url.toString().endsWith("/") ? url : URI.create(url + "/"));
            languages = languages.stream().distinct().sorted().toList();
            if (languages.isEmpty()) {
                throw new UsageException("choose at least one language: nl, en");
            }
        }

        /** With the printable documents. */
        public BuildRequest(LoadRequest load, Path out, Optional<URI> baseUrl, Optional<Path> theme, boolean archive,
                List<Language> languages) {
            this(load, out, baseUrl, theme, archive, languages, true);
        }

        /** In every language, with the printable documents. */
        public BuildRequest(LoadRequest load, Path out, Optional<URI> baseUrl, Optional<Path> theme, boolean archive) {
            this(load, out, baseUrl, theme, archive, List.of(Language.values()));
        }
    }

    /**
     * What a build did.
     *
     * @param problems  every problem found; when there are any, nothing was written
     * @param pagesNl   Dutch pages written
     * @param pagesEn   English pages written
     * @param documents printable documents written (a PDF and an ODT of each training note and migration guide)
     * @param documentsKept how many of those were taken unchanged from the previous output or the
     *                  cache instead of being made again
     * @param files     files written, pages, documents and everything else
     * @param phases    milliseconds spent per stage (load, handouts, documents, render, index, check, write), in order;
     *                  files are written while the search is indexed and the links checked, so "write" is
     *                  what is left of it afterwards, with the switch to the new output
     */
    public record BuildResult(Problems problems, int pagesNl, int pagesEn, int documents, int documentsKept,
            int files, long millis, Map<String, Long> phases) {
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
        // A build from the command line or Maven reuses the documents of the previous output that
        // nothing has changed (DocumentCache checks each file against what it recorded).
        return build(request, () -> DocumentCache.fromOutput(request.out()));
    }

    /**
     * {@link #build(BuildRequest)}, reusing the documents in {@code cache} whose content did not
     * change: the dev server keeps one for all its rebuilds.
     */
    public static BuildResult build(BuildRequest request, DocumentCache cache) {
        return build(request, () -> cache);
    }

    private static BuildResult build(BuildRequest request, Supplier<DocumentCache> documentCache) {
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
        DocumentCache cache = documentCache.get();
        Map<String, Long> phases = new LinkedHashMap<>();
        long mark = System.nanoTime();
        Validation validation = load(request.load());
        mark = phase(phases, "load", mark);
        Problems problems = validation.problems();
        if (!problems.isEmpty()) {
            return new BuildResult(problems, 0, 0, 0, 0, 0, elapsed(start), phases);
        }
        // Pages and documents show the same Markdown: one renderer renders each text once.
        Rendered site;
        SortedMap<String, byte[]> documents;
        int kept;
        try (MarkdownRenderer markdown = new MarkdownRenderer();
                HandoutRenderer renderer = new HandoutRenderer(request.theme(), markdown)) {
            List<Handout> handouts = request.downloads()
                    ? renderer.site(validation.catalogue(), request.languages(), problems) : List.of();
            mark = phase(phases, "handouts", mark);
            documents = problems.isEmpty() && !handouts.isEmpty() ? Documents.make(Documents.both(handouts), cache)
                    : new TreeMap<>();
            kept = documents.isEmpty() ? 0 : cache.kept();
            mark = phase(phases, "documents", mark);
            Map<String, Integer> sizes = new TreeMap<>();
            documents.forEach((path, bytes) -> sizes.put(path, bytes.length));
            site = SiteRenderer.render(validation.catalogue(),
                    new SiteRenderer.Options(request.theme(), request.baseUrl(), request.languages(), sizes), markdown, problems);
        }
        SortedMap<String, byte[]> files = new TreeMap<>(site.files());
        files.putAll(documents);
        mark = phase(phases, "render", mark);
        if (!problems.isEmpty()) {
            return new BuildResult(problems, 0, 0, 0, 0, 0, elapsed(start), phases);
        }
        // Writing is bound by the file system: the pages are written beside the output while the
        // search is indexed and the links are checked; closing without publishing removes them.
        try (Staging staging = SiteWriter.stage(request.out())) {
            staging.add(files);
            SortedMap<String, byte[]> search = searchFiles(validation.catalogue(), request.languages());
            staging.add(search);
            files.putAll(search);
            mark = phase(phases, "index", mark);
            LinkChecker.check(files, problems);
            mark = phase(phases, "check", mark);
            if (!problems.isEmpty()) {
                return new BuildResult(problems, 0, 0, 0, 0, 0, elapsed(start), phases);
            }
            staging.add(new TreeMap<>(Map.of(DocumentCache.MANIFEST, cache.manifest(documents))));
            staging.publish();
            if (request.archive()) {
                Path out = request.out().toAbsolutePath().normalize();
                SiteWriter.archive(out.resolveSibling(out.getFileName() + ".zip"), files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        phase(phases, "write", mark);
        return new BuildResult(problems, site.pagesNl(), site.pagesEn(), documents.size(), kept, files.size(),
                elapsed(start), phases);
    }

    /**
     * What course material to make and where.
     *
     * @param load   the catalogues the course draws on
     * @param course the course file
     * @param out    the output folder; replaced whole, and only when everything was made
     * @param theme  a folder whose {@code templates/} and {@code assets/handout.css} override the built-in ones
     */
    public record CourseRequest(LoadRequest load, Path course, Path out, Optional<Path> theme) {
        public CourseRequest(LoadRequest load, Path course, Path out) {
            this(load, course, out, Optional.empty());
        }
    }

    /**
     * What a course build did.
     *
     * @param problems every problem found, in the course file or the catalogue; when there are any, nothing was written
     * @param files    the files written, by name (the booklet as PDF, ODT and HTML, the cheat sheets as PDF)
     */
    public record CourseResult(Problems problems, List<String> files, long millis) {
        public CourseResult {
            files = List.copyOf(files);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Makes a trainer's course material from a course file: the booklet (PDF, ODT, and HTML with a
     * print stylesheet) and the cheat sheets of its training notes (PDF, one to a page), named after
     * the course file. All or nothing, like {@link #build}.
     *
     * @throws UsageException when a folder does not exist or the output folder may not be used
     * @throws UncheckedIOException when writing fails; the previous output is then unchanged
     */
    public static CourseResult course(CourseRequest request) {
        long start = System.nanoTime();
        List<Path> protectedFolders = new ArrayList<>(request.load().folders());
        protectedFolders.add(request.course());
        request.theme().ifPresent(protectedFolders::add);
        try {
            SiteWriter.checkOutput(request.out(), protectedFolders);
        } catch (SiteWriter.RefusedException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Validation validation = load(request.load());
        Problems problems = validation.problems();
        String shown = label(request.course());
        Optional<Course> course = CourseFile.read(request.course(), shown, problems);
        if (course.isEmpty() || !problems.isEmpty()) {
            return new CourseResult(problems, List.of(), elapsed(start));
        }
        CourseValidator.check(course.get(), validation.catalogue(), problems);
        if (!problems.isEmpty()) {
            return new CourseResult(problems, List.of(), elapsed(start));
        }
        String name = courseName(request.course());
        Optional<HandoutRenderer.CourseHandouts> handouts;
        try (HandoutRenderer renderer = new HandoutRenderer(request.theme())) {
            handouts = renderer.course(course.get(), validation.catalogue(), name, problems);
        }
        if (handouts.isEmpty() || !problems.isEmpty()) {
            return new CourseResult(problems, List.of(), elapsed(start));
        }
        Handout booklet = handouts.get().booklet();
        List<Documents.Job> jobs = new ArrayList<>(Documents.both(List.of(booklet)));
        handouts.get().cheatSheets().ifPresent(sheets -> jobs.add(new Documents.Job(sheets, Format.PDF)));
        SortedMap<String, byte[]> files = Documents.make(jobs);
        files.put(name + ".html", booklet.html().getBytes(StandardCharsets.UTF_8));
        try {
            SiteWriter.publish(request.out(), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CourseResult(problems, List.copyOf(files.keySet()), elapsed(start));
    }

    /** The course file's name without {@code .yaml}, as a safe file name: {@code intro-element}. */
    private static String courseName(Path course) {
        String file = course.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String safe = file.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "course" : safe;
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
     * What inventory report to make and where.
     *
     * @param load      the catalogues to match and judge against
     * @param inventory the organisation's inventory, YAML or CSV
     * @param csv       what a CSV inventory cannot say: the organisation's name and the date it describes
     * @param out       the output folder; replaced whole, and only when everything was made
     * @param language  the report's language
     * @param weights   how much each risk factor counts
     * @param guide     where the guide is published, to link its pages; without it pages are named, not linked
     */
    public record InventoryRequest(LoadRequest load, Path inventory, InventoryFile.CsvDefaults csv, Path out,
            Optional<Path> theme, Language language, Weights weights, Optional<URI> guide) {
        public InventoryRequest {
            guide = guide.map(url -> url.toString().endsWith("/") ? url : URI.create(url + "/"));
        }
    }

    /**
     * What an inventory report did.
     *
     * @param analysis the figures behind the report; empty when there were problems
     * @param files    the files written, by name
     * @param phases   milliseconds per stage (analyse, report, documents, write), in order
     */
    public record InventoryResult(Problems problems, Optional<Analysis> analysis, List<String> files, long millis,
            Map<String, Long> phases) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads an organisation's inventory, matches it to the catalogue and writes its private report
     * (web page, PDF and ODT) to the output folder: all or nothing, like {@link #build}. Nothing is
     * sent anywhere.
     *
     * @throws UsageException when a folder does not exist or the output folder may not be used
     * @throws UncheckedIOException when writing fails; the previous output is then unchanged
     */
    public static InventoryResult inventory(InventoryRequest request) {
        long start = System.nanoTime();
        List<Path> protectedFolders = new ArrayList<>(request.load().folders());
        protectedFolders.add(request.inventory());
        request.theme().ifPresent(protectedFolders::add);
        try {
            SiteWriter.checkOutput(request.out(), protectedFolders);
        } catch (SiteWriter.RefusedException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> phases = new LinkedHashMap<>();
        long mark = System.nanoTime();
        Analysed analysed = analyse(request.load(), request.inventory(), request.csv(), request.weights());
        mark = phase(phases, "analyse", mark);
        if (analysed.analysis().isEmpty()) {
            return new InventoryResult(analysed.problems(), Optional.empty(), List.of(), elapsed(start), phases);
        }
        Problems problems = analysed.problems();
        Optional<Analysis> analysis = analysed.analysis();
        InventoryReport.Rendered report = InventoryReport.render(analysis.get(), analysed.catalogue(),
                request.language(), request.guide(), request.theme());
        mark = phase(phases, "report", mark);
        SortedMap<String, byte[]> files = new TreeMap<>(report.files());
        files.putAll(Documents.make(Documents.both(List.of(report.handout()))));
        mark = phase(phases, "documents", mark);
        try {
            SiteWriter.publish(request.out(), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        phase(phases, "write", mark);
        return new InventoryResult(problems, analysis, List.copyOf(files.keySet()), elapsed(start), phases);
    }

    /**
     * An inventory matched and judged against the catalogue.
     *
     * @param analysis empty when the catalogue or the inventory had problems
     */
    public record Analysed(Problems problems, Optional<Analysis> analysis, Catalogue catalogue) {
    }

    /** Loads the catalogue and the inventory, checks its catalogue ids and works out the report's figures. */
    public static Analysed analyse(LoadRequest load, Path inventory, InventoryFile.CsvDefaults csv, Weights weights) {
        Validation validation = load(load);
        Problems problems = validation.problems();
        Catalogue catalogue = validation.catalogue();
        if (!problems.isEmpty()) {
            return new Analysed(problems, Optional.empty(), catalogue);
        }
        Optional<Inventory> read = InventoryFile.read(inventory, label(inventory), csv, problems);
        read.ifPresent(found -> Analysis.checkIds(found, catalogue, problems));
        if (read.isEmpty() || !problems.isEmpty()) {
            return new Analysed(problems, Optional.empty(), catalogue);
        }
        // Names are matched against the Dutch index whatever the report's language: the words are the same.
        try (SearchIndex index = SearchIndex.build(catalogue, Language.NL)) {
            return new Analysed(problems, Optional.of(Analysis.of(read.get(), catalogue, index, weights)), catalogue);
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
