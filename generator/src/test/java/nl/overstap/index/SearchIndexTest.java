package nl.overstap.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.overstap.Generator;
import nl.overstap.benchmark.SyntheticCatalogue;
import nl.overstap.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene side: document numbering, and posting lists capped for very common words. */
class SearchIndexTest {

    @Test
    void aWordOnThousandsOfPagesKeepsItsBestThousand(@TempDir Path dir) throws Exception {
        SyntheticCatalogue.write(dir, 2_500);
        Generator.Validation validation = Generator.load(new Generator.LoadRequest(List.of(dir)));
        assertTrue(validation.ok(), () -> validation.problems().summary());
        try (SearchIndex index = SearchIndex.build(validation.catalogue(), Language.NL)) {
            List<Expansion> terms = index.lexicon().lookup("gemeente").orElseThrow();
            int[] postings = index.postings(terms.get(0).term());
            assertEquals(2 * SearchIndex.MAX_POSTINGS, postings.length, "capped");
            int lowestKept = Integer.MAX_VALUE;
            for (int i = 0; i < postings.length; i += 2) {
                lowestKept = Math.min(lowestKept, postings[i + 1]);
                assertTrue(i == 0 || postings[i] > postings[i - 2], "in document order");
            }
            // Searching the word alone: the best pages all come from the kept list.
            List<Searcher.Hit> hits = new Searcher(index).search("gemeente ");
            assertEquals(SearchIndex.MAX_POSTINGS, hits.size());
            assertTrue(hits.get(hits.size() - 1).score() >= Expansion.EXACT * lowestKept);
        }
    }

    @Test
    void documentsAreNumberedByKindThenId() {
        Generator.Validation validation = Generator.load(Generator.LoadRequest.bundled());
        try (SearchIndex index = SearchIndex.build(validation.catalogue(), Language.EN)) {
            List<SearchDocument> documents = index.documents();
            assertEquals("product", documents.get(0).type());
            for (int i = 1; i < documents.size(); i++) {
                SearchDocument before = documents.get(i - 1);
                SearchDocument after = documents.get(i);
                int order = Integer.compare(SearchDocument.TYPES.indexOf(before.type()),
                        SearchDocument.TYPES.indexOf(after.type()));
                assertTrue(order < 0 || order == 0 && before.id().compareTo(after.id()) < 0, after.id());
            }
        }
    }
}
