package nl.overstap.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.overstap.index.SearchIndex;
import nl.overstap.index.Searcher;
import nl.overstap.index.Spelling;
import nl.overstap.index.Words;
import nl.overstap.inventory.Match.Confidence;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Entry;
import nl.overstap.model.Inventory.Application;
import nl.overstap.model.Product;

/**
 * Matches the names an organisation uses ("MS Teams", "Outlook web", "Goggle Analytics") to
 * catalogue products and alternatives: first by whole name or alias, then through the guide's own
 * Lucene index, so a name finds what a search for it on the site finds. How much of the name is in
 * the hit's names and aliases decides the confidence; too little and the name stays unmatched,
 * with the hits as suggestions, never silently dropped.
 */
public final class Matcher {
    static final int SUGGESTIONS = 3;
    /** Search hits that may be taken for the match. */
    static final int CANDIDATES = 10;
    /** A runner-up this close to the best hit, with every word too, makes the match uncertain. */
    private static final double CLOSE = 0.8;

    private final Catalogue catalogue;
    private final Searcher searcher;
    private final SearchIndex index;
    private final Map<String, List<Entry>> byName = new HashMap<>();

    public Matcher(Catalogue catalogue, SearchIndex index) {
        this.catalogue = catalogue;
        this.searcher = new Searcher(index);
        this.index = index;
        for (Product product : catalogue.products()) {
            names(product.name(), product.aliases()).forEach(name -> add(name, product));
        }
        for (Alternative alternative : catalogue.alternatives()) {
            names(alternative.name(), alternative.aliases()).forEach(name -> add(name, alternative));
        }
    }

    private void add(String name, Entry entry) {
        // Spaced and unspaced: people write "One Drive" for OneDrive and "Share Point" for SharePoint.
        for (String key : List.of(key(name), key(name).replace(" ", ""))) {
            List<Entry> entries = byName.computeIfAbsent(key, k -> new ArrayList<>());
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(aliases);
        return all;
    }

    private static String key(String name) {
        return String.join(" ", Words.of(name));
    }

    /** The match of an application whose catalogue id, if given, exists (the caller checks that first). */
    public Match match(Application application) {
        if (application.entry().isPresent()) {
            String id = application.entry().get().id();
            Entry entry = catalogue.findProduct(id).<Entry>map(p -> p).or(() -> catalogue.findAlternative(id))
                    .orElseThrow(() -> new IllegalArgumentException("unknown catalogue id " + id));
            return new Match(application, Optional.of(entry), Confidence.GIVEN, Words.of(application.name()), List.of());
        }
        List<String> words = Words.ofQuery(application.name());
        List<Entry> same = byName.getOrDefault(key(application.name()), List.of());
        if (same.isEmpty()) {
            same = byName.getOrDefault(key(application.name()).replace(" ", ""), List.of());
        }
        if (same.size() == 1) {
            return new Match(application, Optional.of(same.get(0)), Confidence.HIGH, words, List.of());
        }
        List<Scored> hits = hits(application.name());
        if (!same.isEmpty()) {
            // Two entries share the alias: take the one search ranks first, and say so.
            Entry best = hits.stream().map(Scored::entry).filter(same::contains).findFirst().orElse(same.get(0));
            return new Match(application, Optional.of(best), Confidence.MEDIUM, words,
                    same.stream().filter(e -> e != best).toList());
        }
        if (hits.isEmpty() || words.isEmpty()) {
            return new Match(application, Optional.empty(), Confidence.NONE, List.of(), List.of());
        }
        // Among the first hits, the one with most of the name in its own names: search may rank an
        // alternative that replaces "Google Analytics" above the product itself.
        List<Scored> ranked = new ArrayList<>(hits.subList(0, Math.min(CANDIDATES, hits.size())));
        ranked.sort(java.util.Comparator.comparingInt((Scored h) -> -wordsInNames(words, h.entry()).size()));
        hits = ranked;
        Scored top = hits.get(0);
        List<String> inNames = wordsInNames(words, top.entry());
        List<Entry> others = hits.stream().skip(1).limit(SUGGESTIONS).map(Scored::entry).toList();
        // A first word the catalogue never uses is most likely the brand of something it does not know ("Veeam Backup").
        boolean unknownBrand = !inNames.contains(words.get(0)) && index.lexicon().lookup(words.get(0)).isEmpty();
        if (inNames.size() * 2 < words.size() || inNames.isEmpty() || unknownBrand) {
            return new Match(application, Optional.empty(), Confidence.NONE, inNames,
                    hits.stream().limit(SUGGESTIONS).map(Scored::entry).toList());
        }
        boolean rivalled = hits.size() > 1 && hits.get(1).score() >= CLOSE * top.score()
                && wordsInNames(words, hits.get(1).entry()).size() == inNames.size();
        Confidence confidence = inNames.size() == words.size() && !rivalled ? Confidence.HIGH : Confidence.MEDIUM;
        return new Match(application, Optional.of(top.entry()), confidence, inNames,
                rivalled ? others.subList(0, 1) : List.of());
    }

    private record Scored(Entry entry, int score) {
    }

    /** The products and alternatives search finds for {@code name}, best first. */
    private List<Scored> hits(String name) {
        List<Scored> found = new ArrayList<>();
        for (Searcher.Hit hit : searcher.search(name)) {
            String type = hit.document().type();
            String id = hit.document().id();
            Optional<Entry> entry = type.equals("product") ? catalogue.findProduct(id).map(p -> p)
                    : type.equals("alternative") ? catalogue.findAlternative(id).map(a -> a) : Optional.empty();
            entry.ifPresent(e -> found.add(new Scored(e, hit.score())));
        }
        return found;
    }

    /** The query words found in the entry's name and aliases, allowing the typos search allows. */
    private static List<String> wordsInNames(List<String> words, Entry entry) {
        Set<String> nameWords = new LinkedHashSet<>();
        List<String> names = entry instanceof Product p ? names(p.name(), p.aliases())
                : entry instanceof Alternative a ? names(a.name(), a.aliases()) : List.of();
        names.forEach(n -> nameWords.addAll(Words.of(n)));
        List<String> found = new ArrayList<>();
        for (String word : words) {
            int length = word.codePointCount(0, word.length());
            int allowed = length >= 8 ? 2 : length >= 5 ? 1 : 0;
            if (nameWords.stream().anyMatch(n -> Spelling.distance(word, n, allowed) <= allowed)) {
                found.add(word);
            }
        }
        return found;
    }
}
