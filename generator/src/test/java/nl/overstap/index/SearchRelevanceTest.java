package nl.overstap.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.overstap.Generator;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relevance on the bundled catalogue: for each query in {@code search/queries.tsv}, is one of the
 * pages a good guide shows in the top 3? Prints success@3, MRR and every miss.
 */
class SearchRelevanceTest {
    private static final Map<Language, SearchIndex> INDEXES = new EnumMap<>(Language.class);

    @BeforeAll
    static void index() {
        Generator.Validation validation = Generator.load(Generator.LoadRequest.bundled());
        assertTrue(validation.ok(), () -> validation.problems().sorted().toString());
        Catalogue catalogue = validation.catalogue();
        for (Language language : Language.values()) {
            INDEXES.put(language, SearchIndex.build(catalogue, language));
        }
    }

    @AfterAll
    static void close() {
        INDEXES.values().forEach(SearchIndex::close);
    }

    static List<String> top(Language language, String query, int n) {
        return new Searcher(INDEXES.get(language)).search(query).stream().limit(n)
                .map(hit -> hit.document().type() + "/" + hit.document().id()).toList();
    }

    @Test
    void everyExpectedPageExists() {
        for (SearchQueries query : SearchQueries.all()) {
            Set<String> ids = INDEXES.get(query.language()).documents().stream().map(d -> d.type() + "/" + d.id())
                    .collect(Collectors.toSet());
            for (String expected : query.expected()) {
                assertTrue(ids.contains(expected), "queries.tsv names a page that does not exist: " + expected);
            }
        }
    }

    @Test
    void atLeastNinetyPercentOfQueriesFindAGoodPageInTheTopThree() {
        List<SearchQueries> queries = SearchQueries.all();
        assertTrue(queries.size() >= 40, "at least 40 relevance queries");
        int successes = 0;
        double reciprocalRanks = 0;
        List<String> misses = new ArrayList<>();
        for (SearchQueries query : queries) {
            List<String> top = top(query.language(), query.query(), 10);
            int rank = 0;
            for (int i = 0; i < top.size() && rank == 0; i++) {
                if (query.expected().contains(top.get(i))) {
                    rank = i + 1;
                }
            }
            if (rank >= 1 && rank <= 3) {
                successes++;
            } else {
                misses.add(query.language().tag() + " '" + query.query() + "': " + top.stream().limit(3).toList());
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
        }
        double success = (double) successes / queries.size();
        System.out.printf(Locale.ROOT, "search relevance: %d queries, success@3 %.3f, MRR@10 %.3f%n", queries.size(),
                success, reciprocalRanks / queries.size());
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertTrue(success >= 0.9, "success@3 " + success + " is under 0.9; misses: " + misses);
    }

    @Test
    void aProductsAliasFindsItsAlternatives() {
        // "Teams" is also part of other products' plan names (Bitwarden Teams, 1Password Teams); the
        // whole-name match puts the product, its guides and what replaces it above those.
        for (Language language : Language.values()) {
            List<String> top = top(language, "teams", 20);
            assertEquals("product/microsoft-teams", top.get(0));
            assertTrue(top.subList(0, 5).containsAll(List.of("migration/microsoft-teams--element",
                    "migration/microsoft-teams--nextcloud-talk")), top::toString);
            assertTrue(top.containsAll(List.of("alternative/element", "alternative/nextcloud-talk")), top::toString);
            assertTrue(!top.subList(0, 10).contains("product/1password"), top::toString);
        }
    }
}
