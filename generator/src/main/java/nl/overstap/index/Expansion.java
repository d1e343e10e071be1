package nl.overstap.index;

/**
 * An index term a query word stands for, and how much it counts (out of {@link #EXACT}).
 */
public record Expansion(String term, int weight) {
    /** The word's own analysed term. */
    public static final int EXACT = 10;
    /** A completion of the word being typed. */
    public static final int PREFIX = 6;
    /** A word one edit away from an unknown word. */
    public static final int ONE_EDIT = 7;
    /** A word two edits away from an unknown word of eight letters or more. */
    public static final int TWO_EDITS = 5;
    /** A synonym from {@code catalogue/synonyms/}. */
    public static final int SYNONYM = 4;
}
