package nl.overstap.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole catalogue after loading and validation: immutable, every list sorted by id, every
 * reference known to resolve.
 */
public final class Catalogue {
    private final Map<String, Category> categories;
    private final Map<String, Product> products;
    private final Map<String, Alternative> alternatives;
    private final Map<String, Standard> standards;
    private final Map<String, MigrationGuide> migrations;
    private final Map<String, TrainingNote> training;
    private final Map<String, Topic> topics;
    private final Synonyms synonyms;
    private final Map<String, List<Alternative>> replacedBy;

    public Catalogue(List<Category> categories, List<Product> products, List<Alternative> alternatives,
            List<Standard> standards, List<MigrationGuide> migrations, List<TrainingNote> training,
            List<Topic> topics, Synonyms synonyms) {
        this.categories = byId(categories);
        this.products = byId(products);
        this.alternatives = byId(alternatives);
        this.standards = byId(standards);
        this.migrations = byId(migrations);
        this.training = byId(training);
        this.topics = byId(topics);
        this.synonyms = synonyms;
        Map<String, List<Alternative>> index = new LinkedHashMap<>();
        for (Alternative alternative : this.alternatives.values()) {
            alternative.replaces().stream().map(r -> r.product().id()).distinct()
                    .forEach(id -> index.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(alternative));
        }
        index.replaceAll((id, list) -> List.copyOf(list));
        this.replacedBy = Map.copyOf(index);
    }

    private static <T extends Entry> Map<String, T> byId(List<T> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::id))
                .collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("duplicate id " + a.id());
                }, LinkedHashMap::new));
    }

    public List<Category> categories() {
        return List.copyOf(categories.values());
    }

    public List<Product> products() {
        return List.copyOf(products.values());
    }

    public List<Alternative> alternatives() {
        return List.copyOf(alternatives.values());
    }

    public List<Standard> standards() {
        return List.copyOf(standards.values());
    }

    public List<MigrationGuide> migrations() {
        return List.copyOf(migrations.values());
    }

    public List<TrainingNote> training() {
        return List.copyOf(training.values());
    }

    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Synonyms synonyms() {
        return synonyms;
    }

    public Optional<Category> findCategory(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    public Optional<Product> findProduct(String id) {
        return Optional.ofNullable(products.get(id));
    }

    public Optional<Alternative> findAlternative(String id) {
        return Optional.ofNullable(alternatives.get(id));
    }

    public Optional<Standard> findStandard(String id) {
        return Optional.ofNullable(standards.get(id));
    }

    public Optional<MigrationGuide> findMigration(String id) {
        return Optional.ofNullable(migrations.get(id));
    }

    public Optional<TrainingNote> findTraining(String id) {
        return Optional.ofNullable(training.get(id));
    }

    public Optional<Topic> findTopic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    /** Every entry of every kind, kinds in folder order, each kind sorted by id. */
    public Stream<Entry> entries() {
        return Stream.of(categories, products, alternatives, standards, migrations, training, topics)
                .flatMap(map -> map.values().stream());
    }

    /** The alternatives that name {@code productId} in their {@code replaces}, sorted by id; empty when none. */
    public List<Alternative> alternativesFor(String productId) {
        return replacedBy.getOrDefault(productId, List.of());
    }

    /** Total number of entries. */
    public int size() {
        return categories.size() + products.size() + alternatives.size() + standards.size() + migrations.size()
                + training.size() + topics.size();
    }
}
