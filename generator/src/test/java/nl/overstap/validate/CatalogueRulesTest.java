package nl.overstap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content rules that keep the catalogue useful: fresh reviews, and no product without a way out. */
class CatalogueRulesTest {
    @TempDir
    Path dir;

    private List<String> problems(LocalDate today) {
        return Generator.load(new LoadRequest(List.of(dir)).checkedOn(today)).problems().sorted().stream()
                .map(p -> p.format().replace(dir.toString().replace('\\', '/') + "/", "")).toList();
    }

    @Test
    void reviewsOlderThanTwelveMonthsOrInTheFutureAreProblems() throws IOException {
        Fixtures.write(dir, Fixtures.VALID);
        assertEquals(List.of(), problems(LocalDate.parse("2027-11-01")));
        Files.writeString(dir.resolve("standards/matrix.yaml"), Files.readString(dir.resolve("standards/matrix.yaml"))
                .replace("reviewed: 2026-11-01", "reviewed: 2025-10-31"));
        Files.writeString(dir.resolve("categories/chat.yaml"), Files.readString(dir.resolve("categories/chat.yaml"))
                .replace("reviewed: 2026-11-01", "reviewed: 2026-12-24"));
        assertEquals(List.of(
                "categories/chat.yaml:1:1: error: field 'reviewed' is 2026-12-24, later than today (2026-11-29)",
                "standards/matrix.yaml:1:1: error: field 'reviewed' is 2025-10-31, more than 12 months before "
                        + "2026-11-29: check the facts again and update the date"),
                problems(LocalDate.parse("2026-11-29")));
    }

    @Test
    void everyProductNeedsAnAlternative() throws IOException {
        Fixtures.write(dir, Fixtures.VALID);
        Files.writeString(dir.resolve("products/zoom.yaml"), "id: zoom\nname: Zoom\ncategories: [chat]\n"
                + "vendor: {name: Zoom Communications, country: US, kind: company}\nsummary: {nl: Videobellen.}\n"
                + "reviewed: 2026-11-01\n");
        assertEquals(List.of("products/zoom.yaml:1:1: error: no alternative names product 'zoom' in its 'replaces'; "
                + "add one, or leave the product out"), problems(LocalDate.parse("2026-11-29")));
    }
}
