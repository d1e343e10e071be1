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
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.Validation;

/**
 * Measures load + validate on the bundled catalogue and synthetic ones of 1,000 and 10,000
 * entries, and prints a table. In-process figures are the median of five runs after one warm-up;
 * "cold CLI" runs {@code java -jar overstap.jar validate} as a user would, JVM start-up included.
 *
 * <p>Run: {@code mvn -B -q package -DskipTests -Pbenchmark}
 */
public final class LoadBenchmark {
    private static final int RUNS = 5;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "generator/target/overstap.jar");
        Path work = Files.createTempDirectory("overstap-benchmark");
        try {
            List<String> rows = new ArrayList<>();
            rows.add(row(null, "bundled", jar));
            for (int size : new int[] {1_000, 10_000}) {
                Path root = work.resolve("synthetic-" + size);
                SyntheticCatalogue.write(root, size);
                rows.add(row(root, String.format(Locale.ROOT, "synthetic %,d", size), jar));
            }
            System.out.printf(Locale.ROOT, "Load + validate, JVM %s, %d cores, max heap %d MB%n%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("| catalogue | entries | files | median ms (warm) | min ms (warm) | peak heap MB "
                    + "| cold CLI ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            rows.forEach(System.out::println);
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String row(Path root, String name, Path jar) throws IOException, InterruptedException {
        LoadRequest request = root == null ? LoadRequest.bundled() : new LoadRequest(List.of(root));
        Validation first = Generator.load(request);
        if (!first.ok()) {
            first.problems().sorted().stream().limit(10).forEach(p -> System.err.println(p.format()));
            throw new IllegalStateException(name + " has problems: " + first.problems().summary());
        }
        long[] millis = new long[RUNS];
        long peak = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            Generator.load(request);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            peak = Math.max(peak, heapPeak());
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %d | %d | %d | %d |", name, first.catalogue().size(),
                first.files(), millis[RUNS / 2], millis[0], peak >> 20, coldCli(root, jar));
    }

    /** Median wall time of three runs of the real jar under -Xmx512m (R25), or -1 without the jar. */
    private static long coldCli(Path root, Path jar) throws IOException, InterruptedException {
        if (!Files.exists(jar)) {
            return -1;
        }
        long[] millis = new long[3];
        for (int i = 0; i < millis.length; i++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-jar", jar.toString(), "validate"));
            if (root != null) {
                command.addAll(List.of("--catalogue", root.toString()));
            }
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("overstap validate failed on " + root);
            }
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[1];
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
