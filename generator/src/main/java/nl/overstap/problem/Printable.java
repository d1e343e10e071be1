package nl.overstap.problem;

/** Escapes control characters so that user text cannot drive the terminal (R5). */
public final class Printable {
    private Printable() {
    }

    /** Returns {@code text} with C0, C1, DEL and line/paragraph separators written as {@code \\uXXXX}. */
    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Quotes a user value for a message, shortening very long values. */
    public static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return "'" + shown + "'";
    }

    /** {@code "an alternative"}, {@code "a product"}: a noun with its English indefinite article. */
    public static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
