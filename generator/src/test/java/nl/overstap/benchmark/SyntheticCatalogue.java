package nl.overstap.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a valid catalogue of a given number of entries, in the proportions a full catalogue has
 * (many alternatives and products, fewer guides), with texts of realistic length. Seeded, so the
 * same size gives the same files.
 */
public final class SyntheticCatalogue {
    private static final String[] WORDS = ("gemeente overstap videobellen samenwerken bestanden delen agenda "
            + "berichten beveiliging gegevens opslag europese leverancier open standaard licentie beheer training "
            + "medewerkers migratie noodplan uitval contract exit export formaat koppeling inkoop servers hosting "
            + "toegankelijk privacy continuiteit afhankelijkheid digitale autonomie").split(" ");

    private final Random random;
    private final Path root;

    private SyntheticCatalogue(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** Writes {@code entries} entries below {@code root}; returns the number of files written. */
    public static int write(Path root, int entries) throws IOException {
        return new SyntheticCatalogue(root, entries).writeAll(entries);
    }

    private int writeAll(int entries) throws IOException {
        int categories = Math.max(1, entries / 50);
        int standards = Math.max(1, entries * 3 / 100);
        int migrations = entries * 8 / 100;
        int training = entries * 4 / 100;
        int topics = entries * 3 / 100;
        int products = entries * 30 / 100;
        int alternatives = entries - categories - standards - migrations - training - topics - products;
        int files = 0;
        for (int i = 0; i < categories; i++) {
            write("categories/category-" + i + ".yaml", "id: category-" + i + "\nname: {nl: " + words(3) + ", en: "
                    + words(3) + "}\nsummary:\n  nl: " + words(40) + "\n  en: " + words(40)
                    + "\nreviewed: 2026-11-01\n");
            files++;
        }
        for (int i = 0; i < standards; i++) {
            write("standards/standard-" + i + ".yaml", "id: standard-" + i + "\nname: Standard " + i
                    + "\nsummary: {nl: " + words(30) + ", en: " + words(30) + "}\nstatus: mandatory\n"
                    + "statusSource: https://www.forumstandaardisatie.nl/open-standaarden/s" + i
                    + "\nreviewed: 2026-11-01\n");
            files++;
        }
        for (int i = 0; i < products; i++) {
            write("products/product-" + i + ".yaml", "id: product-" + i + "\nname: Product " + i
                    + "\naliases: [P" + i + ", Product " + i + " Online]\ncategories: [category-" + (i % categories)
                    + "]\nvendor: {name: Vendor " + i + " Inc., country: US, kind: company, laws: [US CLOUD Act]}\n"
                    + "website: https://vendor" + i + ".example.com/\nsummary:\n  nl: " + words(50) + "\n  en: "
                    + words(50) + "\nlockIn:\n  exportFormats: [CSV, DOCX]\n  contract: {nl: " + words(30)
                    + "}\nflags:\n  - date: 2025-05-20\n    kind: dispute\n    text: {nl: " + words(25)
                    + ", en: " + words(25) + "}\n    source: https://news.example.org/" + i
                    + "\nreviewed: 2026-11-01\n");
            files++;
        }
        for (int i = 0; i < alternatives; i++) {
            int product = i % Math.max(1, products);
            write("alternatives/alternative-" + i + ".yaml", "id: alternative-" + i + "\nname: Alternative " + i
                    + "\ncategories: [category-" + (i % categories) + "]\nsteward: {name: Steward " + i
                    + " GmbH, country: DE, kind: company}\nwebsite: https://alt" + i + ".example.eu/\n"
                    + "licence: {spdx: AGPL-3.0-or-later, model: open-source}\nstandards: [standard-"
                    + (i % standards) + "]\nhosting:\n  - kind: self-hosted\n  - kind: saas\n    provider: Host "
                    + i + "\n    country: NL\nreplaces:\n  - product: product-" + product + "\n    fit: partial\n"
                    + "    gaps: {nl: " + words(20) + ", en: " + words(20) + "}\nreferences:\n  - organisation: "
                    + "Gemeente " + i + "\n    country: NL\n    status: in-use\n    year: 2025\n    source: "
                    + "https://gemeente" + i + ".example.nl/nieuws\nsummary:\n  nl: " + words(50) + "\n  en: "
                    + words(50) + "\ndescription:\n  nl: " + words(150) + "\nreviewed: 2026-11-01\n");
            files++;
        }
        for (int i = 0; i < migrations; i++) {
            String id = "product-" + (i % products) + "--alternative-" + (i % products);
            String sections = "## Stappen {#steps}\n\n1. " + words(30) + "\n2. " + words(30) + "\n\n"
                    + "## Gegevens {#data}\n\n" + words(80) + "\n\n## Samen {#coexistence}\n\n" + words(40)
                    + "\n\n## Risico's {#risks}\n\n" + words(60) + "\n\n## Inkoop {#procurement}\n\n" + words(60)
                    + "\n\n## Noodplan {#continuity}\n\n" + words(60) + "\n";
            write("migrations/" + id + ".nl.md", "---\nid: " + id + "\ntitle: Overstap " + i + "\nsummary: "
                    + words(30) + "\nfrom: product-" + (i % products) + "\nto: alternative-" + (i % products)
                    + "\neffort: medium\nreviewed: 2026-11-01\n---\n" + sections);
            write("migrations/" + id + ".en.md", "---\nid: " + id + "\ntitle: Switch " + i + "\nsummary: "
                    + words(30) + "\n---\n" + sections);
            files += 2;
        }
        for (int i = 0; i < training; i++) {
            write("training/training-" + i + ".nl.md", "---\nid: training-" + i + "\ntitle: Training " + i
                    + "\nsummary: " + words(20) + "\naudience: " + words(10) + "\ngoals: [" + words(8) + ", "
                    + words(8) + "]\ntasks:\n  - {task: Taak, old: " + words(10) + ", new: " + words(10) + "}\n"
                    + "duration: 90\nalternative: alternative-" + (i % alternatives) + "\nreplaces: [product-"
                    + (i % products) + "]\nreviewed: 2026-11-01\n---\n## Wat verandert {#changes}\n\n" + words(60)
                    + "\n\n## Oefeningen {#exercises}\n\n" + words(60) + "\n\n## Valkuilen {#pitfalls}\n\n"
                    + words(40) + "\n\n## Spiekbrief {#cheatsheet}\n\n" + words(40)
                    + "\n\n## Voor de trainer {#trainer}\n\n" + words(40) + "\n");
            files++;
        }
        for (int i = 0; i < topics; i++) {
            write("topics/topic-" + i + ".nl.md", "---\nid: topic-" + i + "\ntitle: Onderwerp " + i + "\nsummary: "
                    + words(25) + "\nproducts: [product-" + (i % products) + "]\nreviewed: 2026-11-01\n---\n"
                    + words(300) + "\n");
            files++;
        }
        return files;
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private void write(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
