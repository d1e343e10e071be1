package nl.overstap.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.overstap.Generator;
import nl.overstap.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The page analyser is put together by hand for speed; on every text of the bundled catalogue it
 * gives the same terms at the same positions as Lucene's own filters chained as its description
 * says: the letter-hyphen char filter, then standard, lowercase, asciiFolding, stop, snowballPorter.
 */
class PageAnalyzerTest {
    @ParameterizedTest
    @EnumSource(Language.class)
    void givesTheTermsOfLucenesOwnChain(Language language) throws IOException {
        var catalogue = Generator.load(Generator.LoadRequest.bundled()).catalogue();
        try (SearchIndex index = SearchIndex.build(catalogue, language);
                Analyzer reference = reference(index.analyzers().stopWords(), language)) {
            List<String> texts = new ArrayList<>(List.of("E-mail, e-formulieren en x-as; ideeën ÉÉN Ⅻ a-b-c"));
            for (SearchDocument document : index.documents()) {
                texts.addAll(document.names());
                texts.add(document.summary());
                texts.add(document.body());
            }
            int terms = 0;
            for (String text : texts) {
                // Twice through the page analyser: the second time its stems come from memory.
                List<String> expected = terms(reference, text);
                assertEquals(expected, terms(index.analyzers().index(), text), text);
                assertEquals(expected, terms(index.analyzers().index(), text), text);
                terms += expected.size();
            }
            assertTrue(terms > 50_000, "the catalogue's texts: " + terms + " terms");
        }
    }

    private static Analyzer reference(java.util.Set<String> stopWords, Language language) {
        CharArraySet stop = new CharArraySet(stopWords, true);
        String stemmer = language == Language.NL ? "Dutch" : "English";
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new PatternReplaceCharFilter(Pattern.compile(Words.LETTER_HYPHEN), "$1", reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), stop);
                return new TokenStreamComponents(source, new SnowballFilter(stream, stemmer));
            }
        };
    }

    /** Each term with its position increment, which shows where stop words were left out. */
    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term + "+" + increment.getPositionIncrement());
            }
            stream.end();
        }
        return terms;
    }
}
