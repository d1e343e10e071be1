package nl.overstap.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;

/**
 * Runs {@code overstap.jar build} as a user does, each build a fresh JVM under -Xmx1g, on the
 * bundled catalogue and on synthetic catalogues of 1,000 and 10,000 entries, and Debian's Hugo on
 * the same content as Markdown pages in the same run. For each: a first build into an empty
 * folder, a rebuild over it (unchanged documents kept), a build without the PDF and ODT
 * documents, that again in the JVM as started (without the second, short-run JVM that
 * {@code build} starts) and with a class-data-sharing archive as well. Prints pages, their
 * weight, wall time (median), pages/s and peak heap.
 *
 * <p>An output folder to be built afresh is moved aside, not deleted, until the end: on a file
 * system without a journal (this machine's) ext4 passes over inodes freed in the last minutes
 * when it hands out new ones, so deleting 20,000 files before a build would slow the build by
 * seconds, a cost that Hugo, writing over its output, never meets and users seldom do.
 *
 * <p>Hugo is measured on pages of the same text as Markdown, which are lighter than ours (no fact
 * tables, profiles or comparisons); with {@code -Dnpm=generator/target/benchmark-npm} also with
 * Pagefind (from npm, as {@link SearchBenchmark} has it) indexing them, so that both sites can be
 * searched; and with {@code -Danchors=shared/anchors} on the corpus of
 * {@code gen_corpus.py} of the same number of entries, the pages behind the figures of
 * {@code perf-anchors.md} (it needs {@code python3} and {@code apt-get install wamerican wdutch}).
 *
 * <p>Run: {@code mvn -B -q package -DskipTests -Pbenchmark} (Hugo: {@code apt-get install hugo}),
 * or for some sizes only: {@code java -cp generator/target/test-classes:generator/target/overstap.jar
 * nl.overstap.benchmark.SiteBenchmark generator/target/overstap.jar 10000}.
 */
public final class SiteBenchmark {
    private static final int RUNS = Integer.getInteger("runs", 3);
    /** The synthetic catalogues are reviewed on 2026-11-01; the bundled one's newest entries on 2026-12-02. */
    private static final String TODAY = "2026-12-02";
    private static final Pattern BUILT = Pattern.compile("built (\\d+) pages .* in (\\d+) ms");
    private static final Pattern PHASES = Pattern.compile("phases \\(ms\\): \\{(.*)}");
    private static final Pattern GC = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");
    /**
     * Pagefind as the search benchmark installs it from npm into this folder: its binary itself,
     * as the peers' figures were taken, not the node script that starts it.
     */
    private static final Optional<Path> PAGEFIND = path("npm").flatMap(npm -> SearchBenchmark.pagefind(npm)
            .map(script -> npm.resolve("node_modules/@pagefind/linux-x64/bin/pagefind_extended"))
            .filter(Files::isExecutable));
    private static final Optional<Path> ANCHORS = path("anchors");

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--warm")) {
            warm(args[1], Path.of(args[2]));
            return;
        }
        Path jar = Path.of(args.length > 0 ? args[0] : "generator/target/overstap.jar").toAbsolutePath();
        List<Integer> sizes = args.length > 1 ? Arrays.stream(args).skip(1).map(Integer::valueOf).toList()
                : List.of(0, 1_000, 10_000);
        Path work = Files.createTempDirectory("overstap-site-benchmark");
        try {
            List<String> rows = new ArrayList<>();
            for (int size : sizes) {
                Path catalogue = null;
                String name = "bundled";
                if (size > 0) {
                    catalogue = work.resolve("catalogue-" + size);
                    SyntheticCatalogue.write(catalogue, size);
                    name = String.format(Locale.ROOT, "synthetic %,d", size);
                }
                rows.addAll(new SiteBenchmark.Run(jar, catalogue, name, work).rows());
                if (size > 0 && ANCHORS.isPresent() && hugoVersion().isPresent()) {
                    rows.add(anchorCorpus(ANCHORS.get(), size, work));
                }
            }
            System.out.printf(Locale.ROOT, "Site build, %d cores; overstap.jar in a fresh JVM (-Xmx1g) per build, "
                    + "median of %d; Hugo %s; Pagefind %s%n%n", Runtime.getRuntime().availableProcessors(), RUNS,
                    hugoVersion().orElse("not installed"), PAGEFIND.isPresent() ? SearchBenchmark.PAGEFIND : "not used");
            System.out.println("| catalogue | build | pages | KB a page ⁴ | output MB | wall s | pages/s "
                    + "| pages/s without documents ¹ | peak heap MB ² "
                    + "| load / handouts / documents / render / index / check / write ms |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
            rows.forEach(System.out::println);
            System.out.println("\n¹ pages over the wall time less the handouts and documents phases.");
            System.out.println("² the most heap in use before a collection, from the GC log.");
            System.out.println("³ the fifth build in one JVM with one document cache; its phases as the others'.");
            System.out.println("⁴ the HTML files' bytes over their number: how much each page holds.");
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The builds of one catalogue. */
    private record Run(Path jar, Path catalogue, String name, Path work) {
        List<String> rows() throws Exception {
            Path out = work.resolve("out-" + name.replaceAll("[^a-z0-9]", ""));
            Path archive = work.resolve("overstap-" + name.replaceAll("[^a-z0-9]", "") + ".jsa");
            List<String> rows = new ArrayList<>();
            rows.add(row("first build", measure(List.of(), List.of(), out, true)));
            rows.add(row("rebuild, documents unchanged", measure(List.of(), List.of(), out, false)));
            rows.add(row("--no-downloads", measure(List.of(), List.of("--no-downloads"), out, true)));
            rows.add(row("--no-downloads, in the JVM as started", measure(List.of("-Doverstap.jvm=as-started"),
                    List.of("--no-downloads"), out, true)));
            List<String> shortRun = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
            List<String> dump = new ArrayList<>(shortRun);
            dump.add("-XX:ArchiveClassesAtExit=" + archive);
            build(dump, List.of("--no-downloads"), out, true);
            List<String> shared = new ArrayList<>(shortRun);
            shared.add("-XX:SharedArchiveFile=" + archive);
            rows.add(row("--no-downloads, short-run JVM with CDS", measure(shared, List.of("--no-downloads"), out,
                    true)));
            String[] warm = Processes.java(SiteBenchmark.class, "--warm", catalogue == null ? "-" : catalogue.toString(),
                    out.toString()).strip().split(" ");
            rows.add(String.format(Locale.ROOT, "| %s | rebuild in a warm JVM, as `serve` does ³ | %,d | - | - | %.2f | %.0f "
                    + "| - | - | %s |", name, Integer.parseInt(warm[0]), Long.parseLong(warm[1]) / 1000.0,
                    Integer.parseInt(warm[0]) * 1000.0 / Long.parseLong(warm[1]), warm[2]));
            if (hugoVersion().isPresent()) {
                rows.addAll(hugo());
            }
            return rows;
        }

        private Measured measure(List<String> flags, List<String> options, Path out, boolean fresh)
                throws Exception {
            List<Measured> runs = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                runs.add(build(flags, options, out, fresh));
            }
            runs.sort(Comparator.comparingLong(Measured::wallMillis));
            return runs.get(RUNS / 2);
        }

        private Measured build(List<String> flags, List<String> options, Path out, boolean fresh) throws Exception {
            if (fresh && Files.exists(out)) {
                Files.createDirectories(work.resolve("moved-aside"));
                Files.move(out, Files.createTempDirectory(work.resolve("moved-aside"), "out").resolve("out"));
            }
            Path gcLogs = work.resolve("gc");
            delete(gcLogs);
            Files.createDirectories(gcLogs);
            // One log per JVM: the build runs in a second JVM that the first one starts.
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx1g", "-Xlog:gc:file=" + gcLogs.resolve("gc-%p.log")));
            command.addAll(flags);
            command.addAll(List.of("-jar", jar.toString(), "build", "--verbose", "--today", TODAY, "--out",
                    out.toString()));
            if (catalogue != null) {
                command.addAll(List.of("--catalogue", catalogue.toString()));
            }
            command.addAll(options);
            long start = System.nanoTime();
            String output = Processes.run(command);
            long wall = (System.nanoTime() - start) / 1_000_000;
            Matcher built = BUILT.matcher(output);
            Matcher phases = PHASES.matcher(output);
            if (!built.find() || !phases.find()) {
                throw new IllegalStateException("unexpected output: " + output);
            }
            long documents = 0;
            List<String> millis = new ArrayList<>();
            for (String phase : phases.group(1).split(", ")) {
                String[] pair = phase.split("=");
                millis.add(pair[1]);
                if (pair[0].equals("handouts") || pair[0].equals("documents")) {
                    documents += Long.parseLong(pair[1]);
                }
            }
            long peak = 0;
            try (var logs = Files.list(gcLogs)) {
                for (Path log : logs.toList()) {
                    Matcher gc = GC.matcher(Files.readString(log));
                    while (gc.find()) {
                        peak = Math.max(peak, Long.parseLong(gc.group(1)));
                    }
                }
            }
            return new Measured(Integer.parseInt(built.group(1)), kilobytesPerPage(out), megabytes(out), wall,
                    documents, peak, String.join(" / ", millis));
        }

        private String row(String build, Measured m) {
            return String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f | %.2f | %.0f | %.0f | %d | %s |", name,
                    build, m.pages(), m.kilobytesPerPage(), m.megabytes(), m.wallMillis() / 1000.0,
                    m.pages() * 1000.0 / m.wallMillis(),
                    m.pages() * 1000.0 / Math.max(1, m.wallMillis() - m.documentMillis()), m.peakMegabytes(),
                    m.phases());
        }

        /** Hugo on the catalogue's text, and Pagefind over Hugo's pages when configured. */
        private List<String> hugo() throws Exception {
            Path source = work.resolve("hugo-" + name.replaceAll("[^a-z0-9]", ""));
            var loaded = Generator.load(catalogue == null ? LoadRequest.bundled() : new LoadRequest(List.of(catalogue)));
            HugoCorpus.write(loaded.catalogue(), source);
            Path out = source.resolveSibling(source.getFileName() + "-out");
            long hugo = hugoMillis(source, out);
            List<String> rows = new ArrayList<>(List.of(hugoRow(name, "Hugo, same text as Markdown", out, hugo)));
            if (PAGEFIND.isPresent()) {
                long pagefind = median(List.of(PAGEFIND.get().toString(), "--site", out.toString()));
                rows.add(hugoRow(name, "Hugo, then Pagefind indexes its pages for search", out, hugo + pagefind));
            }
            return rows;
        }
    }

    /** Hugo on the peers' corpus of {@code ../shared/anchors} with as many entries. */
    private static String anchorCorpus(Path anchors, int entries, Path work) throws Exception {
        Path corpus = work.resolve("anchor-corpus-" + entries);
        Processes.run(List.of("python3", anchors.resolve("gen_corpus.py").toString(), "--n", String.valueOf(entries),
                "--out", corpus.toString()));
        Path out = corpus.resolveSibling(corpus.getFileName() + "-out");
        return hugoRow(String.format(Locale.ROOT, "gen_corpus.py %,d", entries), "Hugo, the peers' corpus of "
                + "perf-anchors.md", out, hugoMillis(corpus.resolve("hugo"), out));
    }

    /** Hugo's median wall time on {@code source} after one warm-up build, which also creates {@code out}. */
    private static long hugoMillis(Path source, Path out) throws Exception {
        List<String> command = List.of("hugo", "--quiet", "-s", source.toString(), "-d", out.toString());
        Processes.run(command);
        return median(command);
    }

    private static long median(List<String> command) throws Exception {
        long[] walls = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            Processes.run(command);
            walls[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(walls);
        return walls[RUNS / 2];
    }

    private static String hugoRow(String catalogue, String build, Path out, long millis) throws IOException {
        long pages;
        try (var walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).count();
        }
        return String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f | %.2f | %.0f | - | - | - |", catalogue, build,
                pages, kilobytesPerPage(out), megabytes(out), millis / 1000.0, pages * 1000.0 / millis);
    }

    /**
     * In a child JVM: builds as the dev server does, one JVM and one document cache for every
     * build, and prints "pages millis phases" of the last of five.
     */
    private static void warm(String catalogue, Path out) throws IOException {
        Generator.LoadRequest load = catalogue.equals("-") ? LoadRequest.bundled()
                : new LoadRequest(List.of(Path.of(catalogue)));
        nl.overstap.document.DocumentCache cache = new nl.overstap.document.DocumentCache();
        Generator.BuildResult result = null;
        for (int build = 0; build < 5; build++) {
            result = Generator.build(new Generator.BuildRequest(load, out, Optional.empty(), Optional.empty(), false),
                    cache);
            if (!result.ok()) {
                throw new IllegalStateException(result.problems().summary());
            }
        }
        System.out.println((result.pagesNl() + result.pagesEn()) + " " + result.millis() + " "
                + String.join("/", result.phases().values().stream().map(String::valueOf).toList()));
    }

    private record Measured(int pages, double kilobytesPerPage, double megabytes, long wallMillis, long documentMillis,
            long peakMegabytes, String phases) {
    }

    /** The size of the files in {@code folder}, in millions of bytes. */
    private static double megabytes(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1e6;
        }
    }

    private static double kilobytesPerPage(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            var sizes = walk.filter(p -> p.toString().endsWith(".html")).mapToLong(p -> p.toFile().length())
                    .summaryStatistics();
            return sizes.getAverage() / 1000;
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A path from a system property; Maven passes an empty one when it was not given. */
    private static Optional<Path> path(String property) {
        return Optional.ofNullable(System.getProperty(property)).filter(p -> !p.isBlank()).map(Path::of);
    }

    private static Optional<String> hugoVersion() {
        try {
            String version = Processes.run(List.of("hugo", "version")).strip();
            return Optional.of(version.split(" ")[1]);
        } catch (IOException | InterruptedException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
