package nl.overstap.inventory.draw;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the dependency map on random landscapes of 40, 500 and 2,000 applications with 1.5
 * dependencies each (the inventory benchmark's 2,000 applications and about 3,000 edges), and
 * prints a table: the first layout of that size in the JVM, then the median of three runs of the
 * layout alone (wall clock and the thread's CPU time, which other processes on a shared machine
 * do not inflate) and of the whole SVG, the arrows' crossings, the SVG's size and the peak heap.
 * The graphs come from a fixed seed.
 *
 * <p>Run: {@code mvn -B -q package -DskipTests -Pbenchmark} (with the other benchmarks), or its main
 * with the test class path and sizes as arguments.
 */
public final class LayoutBenchmark {
    private static final int RUNS = 3;
    private static final String[] WORDS = {"Zaak", "Burger", "Portaal", "Archief", "Financi\u00ebn", "Personeel",
        "Vergunning", "Belasting", "Register", "Koppeling", "Mail", "Agenda", "Identiteit", "Document", "Kaart",
        "Subsidie", "Parkeren", "Afval", "Jeugd", "Zorg"};

    private LayoutBenchmark() {
    }

    /** A random landscape: {@code size} applications, {@code size * 3 / 2} distinct dependencies, cycles allowed. */
    public static Landscape landscape(int size, long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder label = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
            for (int w = random.nextInt(3); w > 0; w--) {
                label.append(' ').append(WORDS[random.nextInt(WORDS.length)].toLowerCase(Locale.ROOT));
            }
            Tone tone = Tone.values()[random.nextInt(3)];
            nodes.add(new Node("app-" + i, label + " " + i, "Leverancier " + random.nextInt(60), tone,
                    random.nextInt(5) == 0));
        }
        java.util.LinkedHashSet<Edge> edges = new java.util.LinkedHashSet<>();
        while (edges.size() < size * 3 / 2) {
            edges.add(new Edge("app-" + random.nextInt(size), "app-" + random.nextInt(size)));
        }
        return new Landscape(nodes, List.copyOf(edges));
    }

    public record Landscape(List<Node> nodes, List<Edge> edges) {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {40, 500, 2_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "Dependency map, JVM %s, %d cores, max heap %d MB, load average %.1f%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long cold = System.nanoTime();
        Landscape tiny = landscape(10, 1);
        DependencyDiagram.svg(tiny.nodes(), tiny.edges(), DependencyDiagramTest.TEXT);
        System.out.printf(Locale.ROOT, "first drawing in this JVM (ELK start-up, 10 nodes): %d ms%n%n",
                (System.nanoTime() - cold) / 1_000_000);
        System.out.println("| nodes | edges | thoroughness | first layout ms (CPU) | layout ms | layout CPU ms | SVG ms "
                + "| crossings | SVG kB | drawing px | peak heap MB |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int size : sizes) {
            Landscape landscape = landscape(size, 42);
            long firstCpu = threads.getCurrentThreadCpuTime();
            long first = System.nanoTime();
            layoutOnly(landscape);
            first = (System.nanoTime() - first) / 1_000_000;
            firstCpu = (threads.getCurrentThreadCpuTime() - firstCpu) / 1_000_000;
            long[] wall = new long[RUNS];
            long[] cpu = new long[RUNS];
            long[] whole = new long[RUNS];
            String svg = "";
            GraphLayout.Result result = null;
            long peak = 0;
            for (int run = 0; run < RUNS; run++) {
                System.gc();
                resetPeaks();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                result = layoutOnly(landscape);
                wall[run] = (System.nanoTime() - start) / 1_000_000;
                cpu[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
                start = System.nanoTime();
                svg = DependencyDiagram.svg(landscape.nodes(), landscape.edges(), DependencyDiagramTest.TEXT);
                whole[run] = (System.nanoTime() - start) / 1_000_000;
                peak = Math.max(peak, peakHeap());
            }
            var root = Svgs.parse(svg).getDocumentElement();
            System.out.printf(Locale.ROOT, "| %,d | %,d | %d | %,d (%,d) | %,d | %,d | %,d | %,d | %,d | %s x %s | %d |%n", size,
                    landscape.edges().size(), GraphLayout.thoroughness(size), first, firstCpu, median(wall), median(cpu),
                    median(whole), crossings(result.routes()), svg.length() / 1024, root.getAttribute("width"),
                    root.getAttribute("height"), peak >> 20);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static GraphLayout.Result layoutOnly(Landscape landscape) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        List<GraphLayout.Box> boxes = new ArrayList<>();
        for (Node node : landscape.nodes()) {
            index.put(node.id(), boxes.size());
            boxes.add(DependencyDiagram.Shape.of(node).box());
        }
        List<GraphLayout.Link> links = landscape.edges().stream()
                .map(e -> new GraphLayout.Link(index.get(e.from()), index.get(e.to()))).toList();
        return GraphLayout.run(boxes, links);
    }

    /** Crossings between segments of different arrows (orthogonal routes: a horizontal crossing a vertical). */
    static long crossings(List<List<GraphLayout.Point>> routes) {
        List<double[]> horizontal = new ArrayList<>();
        List<double[]> vertical = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            List<GraphLayout.Point> route = routes.get(r);
            for (int i = 1; i < route.size(); i++) {
                GraphLayout.Point a = route.get(i - 1);
                GraphLayout.Point b = route.get(i);
                if (a.y() == b.y()) {
                    horizontal.add(new double[] {Math.min(a.x(), b.x()), Math.max(a.x(), b.x()), a.y(), r});
                } else if (a.x() == b.x()) {
                    vertical.add(new double[] {Math.min(a.y(), b.y()), Math.max(a.y(), b.y()), a.x(), r});
                }
            }
        }
        long crossings = 0;
        for (double[] h : horizontal) {
            for (double[] v : vertical) {
                if (h[3] != v[3] && v[2] > h[0] && v[2] < h[1] && h[2] > v[0] && h[2] < v[1]) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
