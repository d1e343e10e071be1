package nl.overstap.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Words splits text by hand for speed; it must split exactly as its definition with regular
 * expressions does, because search.js follows that definition in the browser.
 */
class WordsTest {
    /** The definition: lower case, NFD without marks, letter-hyphen joined, split on non-letters and non-digits. */
    private static List<String> byDefinition(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String normal = decomposed.replaceAll("\\p{M}+", "").replaceAll(Words.LETTER_HYPHEN, "$1");
        List<String> words = new ArrayList<>();
        for (String word : normal.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word.codePointCount(0, word.length()) <= Words.MAX_WORD ? word
                        : word.substring(0, word.offsetByCodePoints(0, Words.MAX_WORD)));
            }
        }
        return words;
    }

    @Test
    void splitsEverydayTextAsTheDefinitionDoes() {
        for (String text : List.of("E-mail en e-formulieren", "Continuïteit, ideeën en Ⅻ½² cijfers", "a-b-c x--y -z q-",
                "Ünïcödé ﬁ İstanbul ΣΑΣ", "e-\u0301mail", "𝐀-𝐁 1-a a-1", "", "---", "Microsoft 365 (Teams)")) {
            assertEquals(byDefinition(text), Words.of(text), text);
            assertEquals(byDefinition(text).size(), Words.of(text).size());
        }
    }

    @Property(tries = 2000)
    void splitsAnyTextAsTheDefinitionDoes(@ForAll("texts") String text) {
        assertEquals(byDefinition(text), Words.of(text), text);
    }

    @Provide
    Arbitrary<String> texts() {
        char[] tricky = "--  eEaé\u0301ïİΣß½Ⅻ1’_.ﬁ\u20dd".toCharArray();
        return Arbitraries.oneOf(Arbitraries.strings().withChars(tricky).ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withCharRange('a', 'z').withChars('-', ' ').ofMinLength(41).ofMaxLength(90));
    }
}
