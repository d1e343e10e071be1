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

    /** Lower case, accents removed, a single letter joined to the next word over a hyphen. */
    public static String normalise(String text) {
        return joinLetterHyphens(withoutMarks(text.toLowerCase(Locale.ROOT)));
    }

    /** Every word of {@code text}, in order, each at most {@link #MAX_WORD} characters. */
    public static List<String> of(String text) {
        // One pass by hand rather than split(regex): this runs over every page's text on every build.
        String normal = normalise(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            boolean inWord = Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(cut(normal.substring(start, i)));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(cut(normal.substring(start)));
        }
        return words;
    }

    /** {@link #LETTER_HYPHEN} replaced by its letter, as {@code replaceAll} would, without a regular expression. */
    static String joinLetterHyphens(String text) {
        int hyphen = text.indexOf('-');
        if (hyphen < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (; hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
            if (hyphen == 0 || hyphen + 1 >= text.length()) {
                continue;
            }
            int letter = text.codePointBefore(hyphen);
            int start = hyphen - Character.charCount(letter);
            if (!Character.isLetter(letter) || !Character.isLetter(text.codePointAt(hyphen + 1))) {
                continue;
            }
            if (start > 0) {
                int before = text.codePointBefore(start);
                if (Character.isLetter(before) || isNumber(before)) {
                    continue;
                }
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, hyphen);
            copied = hyphen + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The text in canonical decomposition without its combining marks ({@code \p{M}}): "é" becomes "e". */
    private static String withoutMarks(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code \p{N}}: digits, letter numbers (Ⅻ) and other numbers (½, ²). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
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
