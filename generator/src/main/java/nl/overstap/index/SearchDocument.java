package nl.overstap.index;

import java.util.List;
import java.util.Optional;

/**
 * One searchable page in one language: what Lucene indexes and what a result shows.
 *
 * @param type       {@code product}, {@code alternative}, {@code migration}, {@code training},
 *                   {@code topic}, {@code standard} or {@code category}
 * @param id         the entry's id
 * @param url        the page, relative to the site root
 * @param title      the title a result shows
 * @param summary    one or two sentences a result shows
 * @param names      the name and aliases: the field that weighs most
 * @param replaces   for alternatives and guides, the names and aliases of what they replace
 * @param body       every other text on the page, plain
 * @param categories the category ids the page belongs to, for the filter
 * @param eu         whether the vendor or steward is seated in the EU or EEA; empty when the page has none
 * @param hosting    how an alternative can be run: {@code self}, {@code saas}, {@code shared}
 */
public record SearchDocument(String type, String id, String url, String title, String summary, List<String> names,
        List<String> replaces, String body, List<String> categories, Optional<Boolean> eu, List<String> hosting) {
    public SearchDocument {
        names = List.copyOf(names);
        replaces = List.copyOf(replaces);
        categories = List.copyOf(categories);
        hosting = List.copyOf(hosting);
    }

    /** Snippets are cut here, at a word boundary. */
    public static final int SNIPPET = 160;

    /** The summary on one line, at most {@link #SNIPPET} characters and an ellipsis. */
    public String snippet() {
        String flat = summary.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET);
        return flat.substring(0, cut > 0 ? cut : SNIPPET) + "…";
    }

    /** The kinds of page, in the order documents are numbered. */
    public static final List<String> TYPES = List.of("product", "alternative", "migration", "training", "topic",
            "standard", "category");
}
