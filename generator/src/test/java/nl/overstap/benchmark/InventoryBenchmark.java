package nl.overstap.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import nl.overstap.Generator;
import nl.overstap.Generator.InventoryRequest;
import nl.overstap.Generator.InventoryResult;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.inventory.Weights;
import nl.overstap.load.InventoryFile;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Language;
import nl.overstap.model.Product;

/**
 * Inventory reports of the sample municipality and of synthetic inventories of 500 and 2,000
 * applications (CSV, names typed the way people do, about 1.5 dependencies each and a few
 * circles), each made in a fresh JVM under -Xmx1g; prints wall time (median of three), the time
 * per stage and peak heap.
 */
public final class InventoryBenchmark {
    static final int RUNS = 3;

    private InventoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path work = Files.createDirectories(Path.of("target/benchmark-inventory"));
        Catalogue catalogue = Generator.load(LoadRequest.bundled()).catalogue();
        List<String> rows = new ArrayList<>();
        rows.add(row("sample (41)", Path.of("../examples/gemeente-voorbeeldrijk/inventaris.yaml"), work));
        for (int size : new int[] {500, 2_000}) {
            Path csv = work.resolve("inventory-" + size + ".csv");
            Files.writeString(csv, synthetic(catalogue, size, new Random(42)), StandardCharsets.UTF_8);
            rows.add(row(String.format(Locale.ROOT, "synthetic %,d", size), csv, work));
        }
        System.out.println("\n| inventory | applications | dependencies | matched | report files MB | wall s (median) "
                + "| analyse / report / documents / write ms | peak heap MB ¹ |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println("\n¹ sum of the heap pools' peaks, an upper bound; each run was a fresh JVM under -Xmx1g.");
    }

    private static String row(String name, Path inventory, Path work) throws Exception {
        long[] walls = new long[RUNS];
        String[] last = null;
        for (int run = 0; run < RUNS; run++) {
            Path out = work.resolve("out");
            long start = System.nanoTime();
            last = java("--child", inventory.toString(), out.toString()).strip().split(" ");
            walls[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(walls);
        double megabytes;
        try (var walk = Files.walk(work.resolve("out"))) {
            megabytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1e6;
        }
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %.1f | %.1f | %s | %s |", name, last[0], last[1],
                last[2], megabytes, walls[RUNS / 2] / 1000.0, last[3], last[4]);
    }

    /** In the child JVM: one report, then "applications edges matched phases peakMB". */
    private static void child(Path inventory, Path out) {
        InventoryResult result = Generator.inventory(new InventoryRequest(LoadRequest.bundled(), inventory,
                new InventoryFile.CsvDefaults(Optional.of("Synthetisch"), LocalDate.of(2026, 12, 1)), out,
                Optional.empty(), Language.NL, Weights.DEFAULT, Optional.empty()));
        if (!result.ok()) {
            throw new IllegalStateException(result.problems().sorted().toString());
        }
        var analysis = result.analysis().orElseThrow();
        long edges = analysis.inventory().applications().stream().mapToLong(a -> a.dependsOn().size()).sum();
        long matched = analysis.matches().stream().filter(m -> m.matched()).count();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        System.out.println(analysis.matches().size() + " " + edges + " " + matched + " "
                + String.join("/", result.phases().values().stream().map(String::valueOf).toList()) + " "
                + (peak >> 20));
    }

    /**
     * A CSV inventory of {@code size} applications: three in four named after a catalogue product
     * or alias, some in lower case or with a letter swapped, the rest local names; dependencies
     * mostly on earlier rows, one in a hundred on a later one, which makes circles.
     */
    static String synthetic(Catalogue catalogue, int size, Random random) {
        List<String> names = new ArrayList<>();
        for (Product product : catalogue.products()) {
            names.add(product.name());
            names.addAll(product.aliases());
        }
        String[] levels = {"laag", "midden", "hoog"};
        String[] data = {"openbaar", "intern", "persoonsgegevens", "bijzonder"};
        String[] hosting = {"saas", "on-premises", "private-cloud", "shared-service"};
        StringBuilder csv = new StringBuilder("id;naam;eigenaar;gebruikers;beschikbaarheid;integriteit;"
                + "vertrouwelijkheid;gegevens;contracteinde;hosting;afhankelijkVan\n");
        for (int i = 0; i < size; i++) {
            String name;
            if (random.nextInt(4) == 3) {
                name = "Applicatie " + (i + 1) + " " + List.of("Zaken", "Vergunningen", "Belastingen", "Archief",
                        "Planning").get(random.nextInt(5));
            } else {
                name = names.get(random.nextInt(names.size()));
                if (random.nextInt(5) == 0) {
                    name = name.toLowerCase(Locale.ROOT);
                } else if (random.nextInt(5) == 0 && name.length() > 6) {
                    int at = 2 + random.nextInt(name.length() - 4);
                    name = name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
                }
            }
            List<String> needs = new ArrayList<>();
            int count = i == 0 ? 0 : random.nextInt(4);
            for (int d = 0; d < count; d++) {
                int target = random.nextInt(100) == 0 ? random.nextInt(size) : random.nextInt(i);
                String id = "app-" + (target + 1);
                if (target != i && !needs.contains(id)) {
                    needs.add(id);
                }
            }
            String end = random.nextInt(3) == 0 ? "" : LocalDate.of(2026, 12, 1).plusDays(random.nextInt(1500)).toString();
            csv.append("app-").append(i + 1).append(';').append(name.replace(";", " ")).append(";Team ")
                    .append(1 + random.nextInt(40)).append(';').append(1 + random.nextInt(600)).append(';')
                    .append(levels[random.nextInt(3)]).append(';').append(levels[random.nextInt(3)]).append(';')
                    .append(levels[random.nextInt(3)]).append(';').append(data[random.nextInt(4)]).append(';')
                    .append(end).append(';').append(hosting[random.nextInt(4)]).append(';')
                    .append(String.join(",", needs)).append('\n');
        }
        return csv.toString();
    }

    private static String java(String... args) throws IOException, InterruptedException {
        return Processes.java(InventoryBenchmark.class, args);
    }
}
