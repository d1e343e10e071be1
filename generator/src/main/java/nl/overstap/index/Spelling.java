package nl.overstap.index;

/**
 * Edit distance with adjacent transpositions (optimal string alignment), by code point: the
 * distance Lucene's fuzzy queries use, written out so {@code search.js} can do exactly the same.
 */
public final class Spelling {
    private Spelling() {
    }

    /** The distance between {@code a} and {@code b}, or {@code limit + 1} when it exceeds {@code limit}. */
    public static int distance(String a, String b, int limit) {
        int[] s = a.codePoints().toArray();
        int[] t = b.codePoints().toArray();
        if (Math.abs(s.length - t.length) > limit) {
            return limit + 1;
        }
        int[][] d = new int[s.length + 1][t.length + 1];
        for (int i = 0; i <= s.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length; i++) {
            for (int j = 1; j <= t.length; j++) {
                int cost = s[i - 1] == t[j - 1] ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return Math.min(d[s.length][t.length], limit + 1);
    }
}
