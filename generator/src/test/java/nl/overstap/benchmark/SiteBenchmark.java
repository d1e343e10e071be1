package nl.overstap.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.overstap.Generator;
import nl.overstap.Generator.BuildRequest;
import nl.overstap.Generator.BuildResult;
import nl.overstap.Generator.LoadRequest;

/**
 * Builds the bundled catalogue and synthetic catalogues of 1,000 and 10,000 entries, each in a
 * fresh JVM as a user would (start-up included), and Debian's Hugo on the same content as Markdown
 * pages, in the same run; prints pages, wall time (median of 3 after a warm-up), pages/s and peak heap.
 *
 * <p>Run: {@code mvn -B -q package -DskipTests -Pbenchmark} (Hugo: {@code apt-get install hugo}).
 */
public final class SiteBenchmark {
    private static final int RUNS = 3;

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]));
            return;
        }
        Path work = Files.createTempDirectory("overstap-site-benchmark");
        try {
            List<String> rows = new ArrayList<>();
            rows.addAll(compare("bundled", null, work));
            for (int size : new int[] {1_000, 10_000}) {
                Path catalogue = work.resolve("catalogue-" + size);
                SyntheticCatalogue.write(catalogue, size);
                rows.addAll(compare(String.format(Locale.ROOT, "synthetic %,d", size), catalogue, work));
            }
            System.out.printf(Locale.ROOT, "Site build, %d cores; Overstap in a fresh JVM (-Xmx1g), Hugo %s%n%n",
                    Runtime.getRuntime().availableProcessors(), hugoVersion().orElse("not installed"));
            System.out.println("| catalogue | tool | pages | output MB | wall s (median) | pages/s | peak heap MB ¹ | "
                    + "load / handouts / documents / render / check / write ms |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---|");
            rows.forEach(System.out::println);
            System.out.println("\n¹ sum of the heap pools' peaks, an upper bound; each build ran under -Xmx1g.");
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> compare(String name, Path catalogue, Path work) throws Exception {
        List<String> rows = new ArrayList<>();
        Path out = work.resolve("out-" + name.replace(' ', '-').replace(",", ""));
        String[] last = null;
        long[] walls = new long[RUNS];
        for (int run = -1; run < RUNS; run++) {
            long start = System.nanoTime();
            String result = java("--child", catalogue == null ? "-" : catalogue.toString(), out.toString());
            if (run >= 0) {
                walls[run] = (System.nanoTime() - start) / 1_000_000;
            }
            String[] lines = result.strip().split("\n");
            last = lines[lines.length - 1].split(" ");
        }
        Arrays.sort(walls);
        long pages = Long.parseLong(last[0]);
        rows.add(String.format(Locale.ROOT, "| %s | Overstap | %,d | %.1f | %.2f | %.0f | %s | %s |", name, pages,
                megabytes(out), walls[RUNS / 2] / 1000.0, pages * 1000.0 / walls[RUNS / 2], last[1], last[2]));

        if (hugoVersion().isPresent()) {
            Path hugo = work.resolve("hugo-" + out.getFileName());
            Path hugoOut = work.resolve("hugo-out-" + out.getFileName());
            var loaded = Generator.load(catalogue == null ? LoadRequest.bundled() : new LoadRequest(List.of(catalogue)));
            HugoCorpus.write(loaded.catalogue(), hugo);
            long[] hugoWalls = new long[RUNS];
            for (int run = -1; run < RUNS; run++) {
                long start = System.nanoTime();
                run(List.of("hugo", "--quiet", "-s", hugo.toString(), "-d", hugoOut.toString()));
                if (run >= 0) {
                    hugoWalls[run] = (System.nanoTime() - start) / 1_000_000;
                }
            }
            Arrays.sort(hugoWalls);
            long hugoPages;
            try (var walk = Files.walk(hugoOut)) {
                hugoPages = walk.filter(p -> p.toString().endsWith(".html")).count();
            }
            rows.add(String.format(Locale.ROOT, "| %s | Hugo | %,d | %.1f | %.2f | %.0f | - | - |", name, hugoPages,
                    megabytes(hugoOut), hugoWalls[RUNS / 2] / 1000.0, hugoPages * 1000.0 / hugoWalls[RUNS / 2]));
        }
        return rows;
    }

    private static double megabytes(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1e6;
        }
    }

    /** In the child JVM: one build, then "pages peakHeapMB phases" on standard output. */
    private static void child(String catalogue, Path out) {
        LoadRequest load = catalogue.equals("-") ? LoadRequest.bundled() : new LoadRequest(List.of(Path.of(catalogue)));
        BuildResult result = Generator.build(new BuildRequest(load, out, Optional.empty(), Optional.empty(), false));
        if (!result.ok()) {
            throw new IllegalStateException(result.problems().summary());
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        System.out.println((result.pagesNl() + result.pagesEn()) + " " + (peak >> 20) + " "
                + String.join("/", result.phases().values().stream().map(String::valueOf).toList()));
    }

    private static String java(String... args) throws IOException, InterruptedException {
        return Processes.java(SiteBenchmark.class, args);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        return Processes.run(command);
    }

    private static Optional<String> hugoVersion() {
        try {
            String version = run(List.of("hugo", "version")).strip();
            return Optional.of(version.split(" ")[1]);
        } catch (IOException | InterruptedException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
