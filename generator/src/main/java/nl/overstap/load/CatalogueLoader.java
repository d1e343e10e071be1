package nl.overstap.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.overstap.load.CatalogueFiles.EntryFile;
import nl.overstap.load.MarkdownEntries.Part;
import nl.overstap.model.Alternative;
import nl.overstap.model.Category;
import nl.overstap.model.Entry;
import nl.overstap.model.Product;
import nl.overstap.model.Standard;
import nl.overstap.model.Synonyms;
import nl.overstap.problem.Printable;
import nl.overstap.problem.Problems;

/**
 * Reads one or more catalogue folders into entries, layering later folders over earlier ones:
 * an entry in a later folder replaces the entry with the same id, whole; synonyms are added.
 */
public final class CatalogueLoader {
    private CatalogueLoader() {
    }

    /** A catalogue folder and how to show its files in problems. */
    public record Layer(Path root, String label) {
    }

    /**
     * What the folders hold.
     *
     * @param entries  the entries that were read without problems, by id, sorted
     * @param known    every id a file claims, with its kind, including entries that had problems, so
     *                 a reference to a broken entry is not reported a second time as dangling
     * @param synonyms the synonym rules of all layers, in layer order
     * @param files    how many files were read
     */
    public record Loaded(Map<String, Entry> entries, Map<String, String> known, Synonyms synonyms, int files) {
    }

    /** Reads every layer; all problems go to {@code problems}. */
    public static Loaded load(List<Layer> layers, Problems problems) {
        Map<String, Entry> entries = new TreeMap<>();
        Map<String, String> known = new TreeMap<>();
        Map<String, String> knownFile = new TreeMap<>();
        List<String> nl = new ArrayList<>();
        List<String> en = new ArrayList<>();
        int files = 0;
        for (Layer layer : layers) {
            LayerResult result = readLayer(layer, problems);
            files += result.files;
            for (var id : result.kinds.keySet()) {
                String kind = result.kinds.get(id);
                String earlierKind = known.get(id);
                if (earlierKind != null && !earlierKind.equals(kind)) {
                    problems.add(result.paths.get(id), 1, 1, "layer-kind", "id '" + id + "' is used for "
                            + Printable.withArticle(kind) + " here but for " + Printable.withArticle(earlierKind) + " in " + knownFile.get(id)
                            + "; an override must be of the same kind");
                    continue;
                }
                known.put(id, kind);
                knownFile.put(id, result.paths.get(id));
                entries.remove(id);
                Entry entry = result.entries.get(id);
                if (entry != null) {
                    entries.put(id, entry);
                }
            }
            nl.addAll(result.synonymsNl);
            en.addAll(result.synonymsEn);
        }
        return new Loaded(entries, known, new Synonyms(List.copyOf(nl), List.copyOf(en)), files);
    }

    private static final class LayerResult {
        final Map<String, Entry> entries = new TreeMap<>();
        final Map<String, String> kinds = new TreeMap<>();
        final Map<String, String> paths = new TreeMap<>();
        final List<String> synonymsNl = new ArrayList<>();
        final List<String> synonymsEn = new ArrayList<>();
        int files;
    }

    private static LayerResult readLayer(Layer layer, Problems problems) {
        LayerResult result = new LayerResult();
        List<EntryFile> listed;
        try {
            listed = CatalogueFiles.list(layer.root(), layer.label(), problems);
            for (Path file : CatalogueFiles.synonymFiles(layer.root(), layer.label(), problems)) {
                String shown = layer.label() + "/synonyms/" + file.getFileName();
                List<String> rules = CatalogueFiles.read(file, shown, problems)
                        .flatMap(bytes -> SourceText.decode(bytes, shown, problems))
                        .map(text -> SynonymRules.read(text, shown, problems)).orElse(List.of());
                (file.getFileName().toString().startsWith("nl") ? result.synonymsNl : result.synonymsEn).addAll(rules);
                result.files++;
            }
        } catch (IOException e) {
            problems.add(layer.label(), 0, 0, "io", "the catalogue folder cannot be read: " + e.getMessage());
            return result;
        }
        result.files += listed.size();

        // Group the files of one entry (the Markdown language pair) while keeping folder order.
        Map<String, List<EntryFile>> byId = new LinkedHashMap<>();
        for (EntryFile file : listed) {
            List<EntryFile> group = byId.computeIfAbsent(file.id(), id -> new ArrayList<>());
            if (!group.isEmpty() && group.get(0).kind() != file.kind()) {
                problems.add(file.shownPath(), 1, 1, "duplicate-id", "id '" + file.id() + "' is already used by "
                        + group.get(0).shownPath() + "; ids are unique across the catalogue");
                continue;
            }
            group.add(file);
        }
        // Files are independent until references are checked: read them in parallel.
        List<Map.Entry<String, List<EntryFile>>> groups = new ArrayList<>(byId.entrySet());
        List<Read> reads = groups.parallelStream().map(g -> readEntry(g.getKey(), g.getValue())).toList();
        for (int i = 0; i < groups.size(); i++) {
            String id = groups.get(i).getKey();
            EntryFile first = groups.get(i).getValue().get(0);
            Read read = reads.get(i);
            problems.addAll(read.problems);
            result.kinds.put(id, first.kind().word());
            result.paths.put(id, read.path);
            read.entry.ifPresent(entry -> result.entries.put(id, entry));
        }
        return result;
    }

    private record Read(Optional<Entry> entry, Problems problems, String path) {
    }

    private static Read readEntry(String id, List<EntryFile> files) {
        Problems problems = new Problems();
        EntryFile first = files.get(0);
        if (!first.kind().markdown) {
            Optional<Entry> entry = readYaml(first, problems);
            return new Read(problems.isEmpty() ? entry : Optional.empty(), problems, first.shownPath());
        }
        Optional<EntryFile> nlFile = files.stream().filter(f -> f.language().orElseThrow().equals("nl")).findFirst();
        Optional<EntryFile> enFile = files.stream().filter(f -> f.language().orElseThrow().equals("en")).findFirst();
        if (nlFile.isEmpty()) {
            problems.add(first.shownPath(), 1, 1, "missing-dutch", "there is no Dutch file '" + id
                    + ".nl.md'; Dutch is required, English is optional");
            return new Read(Optional.empty(), problems, first.shownPath());
        }
        Optional<Part> nl = part(nlFile.get(), problems);
        Optional<Optional<Part>> en = enFile.isEmpty() ? Optional.of(Optional.empty())
                : part(enFile.get(), problems).map(Optional::of);
        Optional<Entry> entry = Optional.empty();
        if (nl.isPresent() && en.isPresent()) {
            entry = switch (first.kind()) {
                case MIGRATION -> MarkdownEntries.migration(id, nl.get(), en.get()).map(Entry.class::cast);
                case TRAINING -> MarkdownEntries.training(id, nl.get(), en.get()).map(Entry.class::cast);
                default -> MarkdownEntries.topic(id, nl.get(), en.get()).map(Entry.class::cast);
            };
        }
        return new Read(problems.isEmpty() ? entry : Optional.empty(), problems, nlFile.get().shownPath());
    }

    private static Optional<Entry> readYaml(EntryFile file, Problems problems) {
        Shape shape = switch (file.kind()) {
            case CATEGORY -> Shapes.CATEGORY;
            case PRODUCT -> Shapes.PRODUCT;
            case ALTERNATIVE -> Shapes.ALTERNATIVE;
            default -> Shapes.STANDARD;
        };
        return CatalogueFiles.read(file.file(), file.shownPath(), problems)
                .flatMap(bytes -> SourceText.decode(bytes, file.shownPath(), problems))
                .flatMap(text -> YamlReader.read(text, file.shownPath(), 0, problems))
                .flatMap(root -> Fields.of(root, shape, file.shownPath(), problems, ""))
                .flatMap(fields -> switch (file.kind()) {
                    case CATEGORY -> YamlEntries.category(fields, file.id()).map(Category.class::cast);
                    case PRODUCT -> YamlEntries.product(fields, file.id()).map(Product.class::cast);
                    case ALTERNATIVE -> YamlEntries.alternative(fields, file.id()).map(Alternative.class::cast);
                    default -> YamlEntries.standard(fields, file.id()).map(Standard.class::cast);
                });
    }

    private static Optional<Part> part(EntryFile file, Problems problems) {
        boolean dutch = file.language().orElseThrow().equals("nl");
        Shape shape = switch (file.kind()) {
            case MIGRATION -> dutch ? Shapes.MIGRATION_NL : Shapes.MIGRATION_EN;
            case TRAINING -> dutch ? Shapes.TRAINING_NL : Shapes.TRAINING_EN;
            default -> dutch ? Shapes.TOPIC_NL : Shapes.TOPIC_EN;
        };
        return CatalogueFiles.read(file.file(), file.shownPath(), problems)
                .flatMap(bytes -> SourceText.decode(bytes, file.shownPath(), problems))
                .flatMap(text -> MarkdownFile.read(text, file.shownPath(), problems))
                .flatMap(md -> Fields.of(md.frontMatter(), shape, file.shownPath(), problems, "")
                        .map(fields -> new Part(fields, md.body())));
    }
}
