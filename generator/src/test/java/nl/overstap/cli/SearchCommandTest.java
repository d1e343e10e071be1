package nl.overstap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@code overstap search}: results from the bundled catalogue, and no stack trace for any input (R20). */
class SearchCommandTest {

    @Test
    void findsTheProductAndItsGuides() throws Exception {
        CliRun run = CliRun.of("search", "--json", "--limit", "5", "teams");
        assertEquals(0, run.code(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertTrue(result.get("total").asInt() > 5);
        assertEquals(5, result.get("results").size());
        JsonNode first = result.get("results").get(0);
        for (String field : new String[] {"type", "id", "title", "url", "score", "snippet", "matched"}) {
            assertTrue(first.has(field), "result has " + field);
        }
        assertTrue(run.out().contains("\"microsoft-teams\""), run.out());
    }

    @Test
    void printsTypeTitleUrlScoreAndSnippetInEnglish() {
        CliRun run = CliRun.of("search", "--lang", "en", "--limit", "3", "password", "manager");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("en/"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches(" 1\\. \\[\\w+\\] .+ \\(\\d+\\.\\d\\d\\)")), run.out());
        assertTrue(run.out().contains("matched: "), run.out());
    }

    @Test
    void saysSoWhenNothingMatches() {
        CliRun run = CliRun.of("search", "qqqqzzzz");
        assertEquals(0, run.code());
        assertEquals("no results for 'qqqqzzzz'", run.out().strip());
    }

    @Test
    void refusesAnUnknownLanguage() {
        CliRun run = CliRun.of("search", "--lang", "de", "teams");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--lang must be nl or en"), run.err());
    }

    @Test
    void aQueryThatLooksLikeAnOptionIsAUsageErrorUnlessAfterDoubleDash() {
        CliRun run = CliRun.of("search", "-----");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown option"), run.err());
        assertEquals(0, CliRun.of("search", "--", "-----").code());
    }

    static Stream<String> hostile() {
        return Stream.of("", " ", "C++ AND (", "\"teams\"", "'", "foo\\", "(((", "/[/", "*x", "x*", "~1", "a:b",
                "😀", "😀 teams", "مرحبا بالعالم", "שלום", "\u202Eteams", "\u0000", "e\u0301mail",
                "a".repeat(10_000), "(".repeat(50_000), "teams ".repeat(10_000), "-".repeat(5000),
                "\uD800", "ΣΊΣΥΦΟΣ", "İstanbul", "ǅ");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void anyInputGivesResultsOrNoResultsNeverAStackTrace(String query) throws Exception {
        CliRun run = CliRun.of("search", "--json", "--", query);
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertTrue(result.get("total").asInt() >= 0);
        CliRun text = CliRun.of("search", "--", query);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("result"), text.out());
    }
}
