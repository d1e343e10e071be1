package nl.overstap.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import nl.overstap.model.Language;

/**
 * The two analysers of one language: pages are indexed with {@code standard, lowercase,
 * asciiFolding, stop, snowballPorter} after the letter-hyphen join ({@link PageAnalyzer}, by hand
 * for speed); queries go through the same chain, built with Lucene's {@link CustomAnalyzer}, with
 * {@code synonymGraph} before the stop filter and the stemmer, so a synonym matches the word as
 * written, not its stem.
 *
 * @param index      for the pages
 * @param query      for what people type
 * @param stopWords  the stop words actually used: Snowball's list minus every word that names a
 *                   product or appears in a synonym rule ("word", "x", "meet" must stay findable)
 */
public record Analyzers(Analyzer index, Analyzer query, Set<String> stopWords) {

    public static Analyzers of(Language language, Collection<String> synonymRules, Set<String> keep) {
        Set<String> stop = new TreeSet<>(snowballStopWords(language));
        stop.removeAll(keep);
        String rules = String.join("\n", normalisedRules(synonymRules));
        ResourceLoader loader = new InMemoryResources(Map.of("stop.txt", String.join("\n", stop),
                "synonyms.txt", rules));
        String stemmer = language == Language.NL ? "Dutch" : "English";
        try {
            Analyzer index = new PageAnalyzer(stop, stemmer);
            CustomAnalyzer.Builder query = CustomAnalyzer.builder(loader).addCharFilter("patternReplace", "pattern",
                    Words.LETTER_HYPHEN, "replacement", "$1").withTokenizer("standard")
                    .addTokenFilter("lowercase").addTokenFilter("asciiFolding");
            if (!rules.isBlank()) {
                query.addTokenFilter("synonymGraph", "synonyms", "synonyms.txt", "format", "solr", "expand", "true");
            }
            query.addTokenFilter("stop", "words", "stop.txt", "ignoreCase", "true")
                    .addTokenFilter("snowballPorter", "language", stemmer);
            return new Analyzers(index, query.build(), Set.copyOf(stop));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rules with every phrase written as {@link Words} splits it ("E-mail" becomes "e mail",
     * "continuïteit" "continuiteit"), so they match the token stream after folding.
     */
    static List<String> normalisedRules(Collection<String> rules) {
        List<String> out = new ArrayList<>();
        for (String rule : rules) {
            String[] sides = rule.split("=>", -1);
            List<String> written = new ArrayList<>();
            for (String side : sides) {
                List<String> phrases = new ArrayList<>();
                for (String phrase : side.split(",")) {
                    String words = String.join(" ", Words.of(phrase));
                    if (!words.isEmpty() && !phrases.contains(words)) {
                        phrases.add(words);
                    }
                }
                written.add(String.join(", ", phrases));
            }
            if (written.stream().noneMatch(String::isEmpty)
                    && (written.size() == 2 || written.get(0).contains(","))) {
                out.add(String.join(" => ", written));
            }
        }
        return out;
    }

    static Set<String> snowballStopWords(Language language) {
        String name = language == Language.NL ? "dutch_stop.txt" : "english_stop.txt";
        try (InputStream in = org.apache.lucene.analysis.snowball.SnowballFilter.class.getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CharArraySet words = WordlistLoader.getSnowballWordSet(reader);
            Set<String> out = new TreeSet<>();
            words.forEach(word -> out.add(new String((char[]) word)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the generated word lists by name, anything else (factory classes) from the class path. */
    private record InMemoryResources(Map<String, String> files) implements ResourceLoader {
        private static final ClasspathResourceLoader CLASSES = new ClasspathResourceLoader(Analyzers.class);

        @Override
        public InputStream openResource(String resource) throws IOException {
            String text = files.get(resource);
            if (text == null) {
                throw new IOException("no resource " + resource);
            }
            return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
            return CLASSES.findClass(cname, expectedType);
        }
    }
}
