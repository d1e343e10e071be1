package nl.overstap.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * The page analyser: {@code standard, lowercase, asciiFolding, stop, snowballPorter} after the
 * letter-hyphen join, the chain {@link Analyzers} describes, put together by hand for speed. Every
 * page's text goes through it on every build: the join is done without a regular expression, and
 * each word's stem is remembered, since a language has far fewer distinct words than occurrences.
 */
final class PageAnalyzer extends Analyzer {
    private final CharArraySet stopWords;
    private final String stemmer;

    /** @param stemmer Snowball's name for the language: "Dutch", "English" */
    PageAnalyzer(Set<String> stopWords, String stemmer) {
        this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(stopWords, true));
        this.stemmer = stemmer;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // Offsets are not stored, so the join need not correct them as a char filter would.
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        try {
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StringReader(Words.joinLetterHyphens(text.toString()));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        stream = new StopFilter(stream, stopWords);
        return new TokenStreamComponents(source, new RememberingStemFilter(stream, newStemmer(stemmer)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static SnowballStemmer newStemmer(String language) {
        try {
            return Class.forName("org.tartarus.snowball.ext." + language + "Stemmer")
                    .asSubclass(SnowballStemmer.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no Snowball stemmer for " + language, e);
        }
    }

    /**
     * Snowball's stemming with each word's stem remembered. One per thread (Lucene reuses an
     * analyser's components per thread), so the memory needs no locking.
     */
    private static final class RememberingStemFilter extends TokenFilter {
        /** Enough for the words of a large catalogue; past it the memory starts over. */
        private static final int REMEMBERED = 200_000;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final SnowballStemmer stemmer;
        private final Map<String, String> stems = new HashMap<>();

        RememberingStemFilter(TokenStream input, SnowballStemmer stemmer) {
            super(input);
            this.stemmer = stemmer;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            String stem = stems.get(word);
            if (stem == null) {
                stemmer.setCurrent(term.buffer(), term.length());
                stemmer.stem();
                stem = new String(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
                if (stems.size() >= REMEMBERED) {
                    stems.clear();
                }
                stems.put(word, stem);
            }
            term.setEmpty().append(stem);
            return true;
        }
    }
}
