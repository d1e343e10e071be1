package nl.overstap.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the surface words search works on: lower case, accents removed, split on
 * anything that is not a letter or digit. {@code search.js} does exactly the same, so a word the
 * browser looks up is the word the build stored.
 */
public final class Words {
    /** Longer words are not words a person types; they are cut so no term gets immense. */
    public static final int MAX_WORD = 40;
    /** Words after this many are ignored: a query is a question, not a document. */
    public static final int MAX_WORDS = 24;

    /**
     * A single letter joined to a word by a hyphen ("e-mail", "e-formulier") is one word, in the
     * index too (a char filter), so "e" alone does not match every mail page.
     */
    public static final String LETTER_HYPHEN = "(?<![\\p{L}\\p{N}])(\\p{L})-(?=\\p{L})";

    private Words() {
    }

    public static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll(LETTER_HYPHEN, "$1");
    }

    /** Every word of {@code text}, in order, each at most {@link #MAX_WORD} characters. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String word : normalise(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(cut(word));
            }
        }
        return words;
    }

    /** The words of a query: as {@link #of}, at most {@link #MAX_WORDS} of them. */
    public static List<String> ofQuery(String query) {
        String bounded = query.length() > 4000 ? query.substring(0, 4000) : query;
        List<String> words = of(bounded);
        return words.size() > MAX_WORDS ? List.copyOf(words.subList(0, MAX_WORDS)) : words;
    }

    private static String cut(String word) {
        if (word.codePointCount(0, word.length()) <= MAX_WORD) {
            return word;
        }
        return word.substring(0, word.offsetByCodePoints(0, MAX_WORD));
    }
}
