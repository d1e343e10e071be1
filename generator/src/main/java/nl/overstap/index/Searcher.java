package nl.overstap.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Answers a query from a {@link SearchIndex} with the ranking {@code search.js} reproduces in the
 * browser. Any text is a valid query: nothing is parsed, so nothing can fail to parse.
 */
public final class Searcher {
    /** Completions considered for the word being typed. */
    static final int COMPLETIONS = 10;
    private static final Pattern LETTER_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");

    private final SearchIndex index;

    public Searcher(SearchIndex index) {
        this.index = index;
    }

    /**
     * One result.
     *
     * @param matched the query words (or synonym phrases) that found this page, in query order
     */
    public record Hit(SearchDocument document, int doc, int score, List<String> matched) {
    }

    /** What a query stands for: each word with its terms, and any synonym phrase it contains. */
    public record Unit(String label, List<Expansion> expansions) {
    }

    /** Every matching page, best first; ties go to the lower document number. */
    public List<Hit> search(String query) {
        List<Unit> units = plan(query);
        Map<Integer, int[]> totals = new HashMap<>();
        Map<Integer, List<String>> matched = new HashMap<>();
        for (Unit unit : units) {
            Map<Integer, Integer> best = new HashMap<>();
            for (Expansion expansion : unit.expansions()) {
                int[] postings = index.postings(expansion.term());
                for (int i = 0; i < postings.length; i += 2) {
                    best.merge(postings[i], expansion.weight() * postings[i + 1], Math::max);
                }
            }
            best.forEach((doc, score) -> {
                totals.computeIfAbsent(doc, d -> new int[1])[0] += score;
                List<String> words = matched.computeIfAbsent(doc, d -> new ArrayList<>());
                if (!words.contains(unit.label())) {
                    words.add(unit.label());
                }
            });
        }
        List<Hit> hits = new ArrayList<>();
        totals.forEach((doc, total) -> hits.add(new Hit(index.documents().get(doc), doc, total[0],
                List.copyOf(matched.get(doc)))));
        hits.sort(Comparator.comparingInt((Hit h) -> -h.score()).thenComparingInt(Hit::doc));
        return hits;
    }

    /** The units of a query, in order; see the package description for the rules. */
    public List<Unit> plan(String query) {
        List<String> words = Words.ofQuery(query);
        String normalised = Words.normalise(query);
        // Still typing when the query ends in a letter or number, as the script's /[\p{L}\p{N}]$/u says.
        boolean typing = !normalised.isEmpty() && LETTER_OR_NUMBER.matcher(
                new String(Character.toChars(normalised.codePointBefore(normalised.length())))).matches();
        Lexicon lexicon = index.lexicon();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Optional<List<Expansion>> known = lexicon.lookup(word);
            boolean last = typing && i == words.size() - 1;
            units.add(new Unit(word, known.orElseGet(() -> guesses(word, last))));
            for (var phrase : lexicon.phrasesAfter(word).entrySet()) {
                List<String> rest = phrase.getKey().isEmpty() ? List.of() : List.of(phrase.getKey().split(" "));
                if (i + rest.size() < words.size() && words.subList(i + 1, i + 1 + rest.size()).equals(rest)) {
                    units.add(new Unit(rest.isEmpty() ? word : word + " " + phrase.getKey(), phrase.getValue()));
                }
            }
        }
        return units;
    }

    /** For a word nobody wrote: close spellings (five letters or more) and, while typing, completions. */
    private List<Expansion> guesses(String word, boolean typing) {
        Lexicon lexicon = index.lexicon();
        Map<String, Integer> terms = new LinkedHashMap<>();
        int length = word.codePointCount(0, word.length());
        if (length >= 5) {
            int allowed = length >= 8 ? 2 : 1;
            for (String candidate : lexicon.startingWith(word.substring(0, word.offsetByCodePoints(0, 2)))) {
                int distance = Spelling.distance(word, candidate, allowed);
                if (distance <= allowed) {
                    own(lexicon, candidate, distance == 1 ? Expansion.ONE_EDIT : Expansion.TWO_EDITS, terms);
                }
            }
        }
        if (typing && length >= 3) {
            List<String> completions = new ArrayList<>(lexicon.startingWith(word));
            completions.sort(Comparator.comparingInt((String w) -> -lexicon.documentFrequency(w))
                    .thenComparing(Comparator.naturalOrder()));
            completions.stream().limit(COMPLETIONS).forEach(w -> own(lexicon, w, Expansion.PREFIX, terms));
        }
        List<Expansion> out = new ArrayList<>();
        new TreeSet<>(terms.keySet()).forEach(term -> out.add(new Expansion(term, terms.get(term))));
        return out;
    }

    private static void own(Lexicon lexicon, String word, int weight, Map<String, Integer> terms) {
        for (Expansion expansion : lexicon.lookup(word).orElse(List.of())) {
            if (expansion.weight() == Expansion.EXACT) {
                terms.merge(expansion.term(), weight, Math::max);
            }
        }
    }
}
