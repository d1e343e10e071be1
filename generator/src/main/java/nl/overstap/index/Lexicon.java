package nl.overstap.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Every surface word of one language and the index terms it stands for, as the query analyser
 * says: this is what lets the browser rank like Lucene without a stemmer. Also the multi-word
 * synonym phrases ("google docs"), keyed by their first word.
 */
public final class Lexicon {
    private final NavigableMap<String, List<Expansion>> words;
    private final Map<String, Integer> documentFrequency;
    private final NavigableMap<String, NavigableMap<String, List<Expansion>>> phrases;

    private Lexicon(NavigableMap<String, List<Expansion>> words, Map<String, Integer> documentFrequency,
            NavigableMap<String, NavigableMap<String, List<Expansion>>> phrases) {
        this.words = Collections.unmodifiableNavigableMap(words);
        this.documentFrequency = Map.copyOf(documentFrequency);
        this.phrases = Collections.unmodifiableNavigableMap(phrases);
    }

    /**
     * @param surface       every word of the pages with the number of pages it occurs on
     * @param extraWords    words people may type that pages need not contain (synonyms, stop words)
     * @param synonymPhrases every phrase of the synonym rules, one word or more, separated by one space
     * @param nameKeys       every whole name and alias as a key term ({@code =ms teams})
     */
    static Lexicon build(Analyzers analyzers, Map<String, Integer> surface, Iterable<String> extraWords,
            Iterable<String> synonymPhrases, Iterable<String> nameKeys) {
        // A one-word synonym for a word, not a word out of a multi-word one: "videobellen" may stand for
        // "videovergadering", but "online vergaderen" must not make it stand for "online" alone.
        Set<String> single = new HashSet<>();
        Set<String> partOfPhrase = new HashSet<>();
        for (String phrase : synonymPhrases) {
            (phrase.contains(" ") ? partOfPhrase : single).addAll(tokens(analyzers.index(), phrase));
        }
        partOfPhrase.removeAll(single);
        NavigableMap<String, List<Expansion>> words = new TreeMap<>();
        for (String word : surface.keySet()) {
            words.put(word, withoutPhraseParts(analyse(analyzers, word, false), partOfPhrase));
        }
        for (String word : extraWords) {
            words.computeIfAbsent(word, w -> withoutPhraseParts(analyse(analyzers, w, false), partOfPhrase));
        }
        NavigableMap<String, NavigableMap<String, List<Expansion>>> phrases = new TreeMap<>();
        for (String phrase : synonymPhrases) {
            int space = phrase.indexOf(' ');
            List<Expansion> synonyms = analyse(analyzers, phrase, true);
            if (space > 0 && !synonyms.isEmpty()) {
                phrases.computeIfAbsent(phrase.substring(0, space), w -> new TreeMap<>())
                        .put(phrase.substring(space + 1), synonyms);
            }
        }
        // A whole name is a phrase too, standing for its key term; a one-word name has an empty rest.
        for (String key : nameKeys) {
            String name = key.substring(1);
            int space = name.indexOf(' ');
            String first = space < 0 ? name : name.substring(0, space);
            String rest = space < 0 ? "" : name.substring(space + 1);
            phrases.computeIfAbsent(first, w -> new TreeMap<>()).merge(rest, List.of(new Expansion(key,
                    Expansion.EXACT)), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
        return new Lexicon(words, surface, phrases);
    }

    /**
     * The terms of {@code text}: its own terms as the page analyser makes them (weight
     * {@link Expansion#EXACT}), then what the query analyser adds through synonyms; only the latter
     * when {@code synonymsOnly}. A one-way rule ("a => a, b") types even the word itself a synonym,
     * hence the page analyser decides what is the word's own.
     */
    private static List<Expansion> analyse(Analyzers analyzers, String text, boolean synonymsOnly) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        List<String> own = tokens(analyzers.index(), text);
        if (!synonymsOnly) {
            own.forEach(term -> terms.put(term, Expansion.EXACT));
        }
        for (String term : tokens(analyzers.query(), text)) {
            if (!own.contains(term)) {
                terms.putIfAbsent(term, Expansion.SYNONYM);
            }
        }
        List<Expansion> out = new ArrayList<>();
        terms.forEach((t, w) -> out.add(new Expansion(t, w)));
        return List.copyOf(out);
    }

    private static List<Expansion> withoutPhraseParts(List<Expansion> expansions, Set<String> partOfPhrase) {
        return expansions.stream().filter(e -> e.weight() == Expansion.EXACT || !partOfPhrase.contains(e.term()))
                .toList();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The terms of a known word; empty when nobody wrote it (a stop word is known, with no terms). */
    public Optional<List<Expansion>> lookup(String word) {
        return Optional.ofNullable(words.get(word));
    }

    public NavigableMap<String, List<Expansion>> words() {
        return words;
    }

    public int documentFrequency(String word) {
        return documentFrequency.getOrDefault(word, 0);
    }

    /**
     * Phrases starting with {@code word}: the rest of the phrase (empty for a one-word name) and what
     * it stands for: synonyms of a multi-word synonym phrase, the key term of a whole name.
     */
    public NavigableMap<String, List<Expansion>> phrasesAfter(String word) {
        NavigableMap<String, List<Expansion>> rest = phrases.get(word);
        return rest == null ? Collections.emptyNavigableMap() : rest;
    }

    public NavigableMap<String, NavigableMap<String, List<Expansion>>> phrases() {
        return phrases;
    }

    /** Known words that start with {@code prefix} and have a term of their own, in word order. */
    public List<String> startingWith(String prefix) {
        List<String> out = new ArrayList<>();
        for (var entry : words.tailMap(prefix, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            if (entry.getValue().stream().anyMatch(e -> e.weight() == Expansion.EXACT)) {
                out.add(entry.getKey());
            }
        }
        return out;
    }
}
