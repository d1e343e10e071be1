/**
 * Search, between validate and render: Lucene analyses and scores the catalogue at build time; the
 * same ranking is then answered by Lucene for the CLI and the dev server, and exported as static
 * files for the browser.
 *
 * <p>The ranking both sides share: a query is split into words ({@link nl.overstap.index.Words});
 * each word expands to weighted index terms through the {@link nl.overstap.index.Lexicon} (its own
 * analysed term, its synonyms, and for unknown words close spellings and completions); a page's
 * score is the sum over words of the best weighted BM25 score among that word's terms.
 */
package nl.overstap.index;
