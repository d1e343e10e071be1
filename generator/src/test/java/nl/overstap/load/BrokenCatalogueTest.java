package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.Validation;
import nl.overstap.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case breaks the valid fixture catalogue in one way and names the exact problems it must
 * cause: file, line, column and the gist of the message. Nothing else may be reported.
 */
class BrokenCatalogueTest {
    @TempDir
    Path dir;

    @Test
    void validCatalogueReportsNothing() {
        Fixtures.write(dir, Fixtures.VALID);
        Validation validation = Generator.load(new LoadRequest(List.of(dir)));
        assertEquals(List.of(), validation.problems().sorted());
        assertEquals(7, validation.catalogue().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(Case broken) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Fixtures.parse(Fixtures.VALID).forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        broken.change(files);
        for (var file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        Validation validation = Generator.load(new LoadRequest(List.of(dir)));

        String prefix = dir.toString().replace('\\', '/') + "/";
        List<String> actual = new ArrayList<>();
        for (Problem p : validation.problems().sorted()) {
            actual.add(p.path().replace(prefix, "") + ":" + p.line() + ":" + p.column() + ": " + p.message());
        }
        assertEquals(broken.expected.size(), actual.size(), "problems: " + actual);
        for (int i = 0; i < actual.size(); i++) {
            Expected want = broken.expected.get(i);
            String place = want.file + ":" + want.line + ":" + want.column + ": ";
            assertTrue(actual.get(i).startsWith(place), "expected at " + place + " but got " + actual.get(i));
            assertTrue(actual.get(i).contains(want.gist), "expected '" + want.gist + "' in " + actual.get(i));
        }
    }

    record Expected(String file, int line, int column, String gist) {
    }

    /** A named change to the valid catalogue and the problems it must produce, sorted by place. */
    static final class Case {
        final String name;
        final List<java.util.function.Consumer<Map<String, byte[]>>> changes = new ArrayList<>();
        final List<Expected> expected = new ArrayList<>();

        Case(String name) {
            this.name = name;
        }

        Case edit(String file, String from, String to) {
            changes.add(files -> {
                String text = new String(files.get(file), StandardCharsets.UTF_8);
                if (!text.contains(from)) {
                    throw new IllegalArgumentException(file + " has no '" + from + "'");
                }
                files.put(file, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
            });
            return this;
        }

        Case put(String file, String text) {
            return bytes(file, text.getBytes(StandardCharsets.UTF_8));
        }

        Case bytes(String file, byte[] content) {
            changes.add(files -> files.put(file, content));
            return this;
        }

        Case remove(String file) {
            changes.add(files -> files.remove(file));
            return this;
        }

        Case expect(String file, int line, int column, String gist) {
            expected.add(new Expected(file, line, column, gist));
            return this;
        }

        void change(Map<String, byte[]> files) {
            changes.forEach(c -> c.accept(files));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String CATEGORY = "categories/chat.yaml";
    private static final String PRODUCT = "products/microsoft-teams.yaml";
    private static final String ALTERNATIVE = "alternatives/element.yaml";
    private static final String STANDARD = "standards/matrix.yaml";
    private static final String GUIDE_NL = "migrations/microsoft-teams--element.nl.md";
    private static final String GUIDE_EN = "migrations/microsoft-teams--element.en.md";
    private static final String TRAINING = "training/element-basics.nl.md";
    private static final String TOPIC = "topics/continuity-plan.nl.md";

    static Stream<Case> cases() {
        return Stream.of(
                new Case("yaml syntax error").edit(CATEGORY, "name: {nl: Chatten, en: Chat}", "name: {nl: Chatten, en: Chat")
                        .expect(CATEGORY, 3, 8, "not valid YAML"),
                new Case("list written as text").edit(PRODUCT, "aliases: [Teams, MS Teams]", "aliases: Teams")
                        .expect(PRODUCT, 3, 10, "field 'aliases' must be a list, found text; write [Teams]"),
                new Case("mapping where text belongs").edit(PRODUCT, "name: Microsoft Teams", "name: {nl: Teams}")
                        .expect(PRODUCT, 2, 7, "field 'name' must be text, found a mapping"),
                new Case("missing required field").edit(PRODUCT,
                        "vendor: {name: Microsoft Corporation, country: US, kind: company, laws: [US CLOUD Act]}\n", "")
                        .expect(PRODUCT, 1, 1, "missing required field 'vendor'"),
                new Case("missing nested field").edit(PRODUCT, "kind: company, ", "")
                        .expect(PRODUCT, 5, 9, "missing required field 'vendor.kind'"),
                new Case("unknown field with a hint").edit(CATEGORY, "summary:", "sumary:")
                        .expect(CATEGORY, 1, 1, "missing required field 'summary'")
                        .expect(CATEGORY, 3, 1, "unknown field 'sumary'; did you mean 'summary'?"),
                new Case("duplicate key").edit(CATEGORY, "reviewed: 2026-11-01", "reviewed: 2026-11-01\nid: chat")
                        .expect(CATEGORY, 5, 1, "duplicate key 'id' (first at line 1)"),
                new Case("duplicate id across files").put("alternatives/chat.yaml", "id: chat\n")
                        .expect("alternatives/chat.yaml", 1, 1, "id 'chat' is already used by"),
                new Case("dangling reference with a hint").edit(PRODUCT, "categories: [chat]", "categories: [chats]")
                        .expect(PRODUCT, 4, 14, "unknown category 'chats' (did you mean 'chat'?)"),
                new Case("reference to the wrong kind").edit(TOPIC, "products: [microsoft-teams]", "products: [element]")
                        .expect(TOPIC, 5, 12, "'element' is an alternative, not a product"),
                new Case("id does not match file name").edit(STANDARD, "id: matrix", "id: matrix-protocol")
                        .expect(STANDARD, 1, 5, "does not match the file name 'matrix'"),
                new Case("id with invalid characters").put("standards/Matrix_2.yaml",
                        "id: Matrix_2\nname: M\nsummary: {nl: x}\nstatus: unknown\nreviewed: 2026-11-01\n")
                        .expect("standards/Matrix_2.yaml", 1, 5, "'Matrix_2' is not a valid id"),
                new Case("reserved id").put("categories/search.yaml",
                        "id: search\nname: {nl: Zoeken}\nsummary: {nl: x}\nreviewed: 2026-11-01\n")
                        .expect("categories/search.yaml", 1, 5, "reserved"),
                new Case("unknown SPDX id").edit(ALTERNATIVE, "spdx: AGPL-3.0-only", "spdx: AGPL-3")
                        .expect(ALTERNATIVE, 5, 17, "'AGPL-3' is not an SPDX licence id"),
                new Case("deprecated SPDX id").edit(ALTERNATIVE, "spdx: AGPL-3.0-only", "spdx: AGPL-3.0")
                        .expect(ALTERNATIVE, 5, 17, "use 'AGPL-3.0-only' or 'AGPL-3.0-or-later'"),
                new Case("unknown country code").edit(ALTERNATIVE, "country: GB", "country: XX")
                        .expect(ALTERNATIVE, 4, 35, "'XX' is not an ISO 3166-1 alpha-2 country code"),
                new Case("country in lower case").edit(PRODUCT, "country: US", "country: us")
                        .expect(PRODUCT, 5, 48, "write it in capitals: 'US'"),
                new Case("URL without scheme").edit(PRODUCT, "website: https://www.microsoft.com/microsoft-teams",
                        "website: www.microsoft.com")
                        .expect(PRODUCT, 6, 10, "must be an absolute http or https URL"),
                new Case("javascript URL").edit(PRODUCT, "website: https://www.microsoft.com/microsoft-teams",
                        "website: javascript:alert(1)")
                        .expect(PRODUCT, 6, 10, "must be an absolute http or https URL"),
                new Case("impossible date").edit(CATEGORY, "reviewed: 2026-11-01", "reviewed: 2026-13-01")
                        .expect(CATEGORY, 4, 11, "must be a date written YYYY-MM-DD"),
                new Case("value not in the list").edit(ALTERNATIVE, "fit: partial", "fit: complete")
                        .expect(ALTERNATIVE, 11, 10, "must be one of full, partial, limited; found 'complete'"),
                new Case("partial fit without gaps")
                        .edit(ALTERNATIVE, "    gaps: {nl: Geen kantoorintegratie., en: No office integration.}\n", "")
                        .expect(ALTERNATIVE, 11, 10, "needs 'gaps'"),
                new Case("repeated list item").edit(PRODUCT, "categories: [chat]", "categories: [chat, chat]")
                        .expect(PRODUCT, 4, 20, "lists 'chat' more than once"),
                new Case("year in quotes").edit(ALTERNATIVE, "summary:", "references:\n  - {organisation: Gemeente X, "
                        + "country: NL, status: in-use, year: \"2024\", source: https://example.org/x}\nsummary:")
                        .expect(ALTERNATIVE, 14, 67, "must be a whole number from 1970 to 2100, found '2024'"),
                new Case("flag without source").edit(PRODUCT, "reviewed:", "flags:\n  - {date: 2025-05-20, kind: dispute, "
                        + "text: {nl: Betwist.}}\nreviewed:")
                        .expect(PRODUCT, 9, 5, "missing required field 'flags[1].source'"),
                new Case("mandatory standard without source").edit(STANDARD, "status: unknown", "status: mandatory")
                        .expect(STANDARD, 4, 9, "status 'mandatory' needs a 'statusSource' URL"),
                new Case("markdown without front matter").put("topics/exit-strategy.nl.md", "# Exit\n\nTekst.\n")
                        .expect("topics/exit-strategy.nl.md", 1, 1, "must start with front matter"),
                new Case("front matter not closed").put("topics/exit-strategy.nl.md",
                        "---\nid: exit-strategy\ntitle: Exit\n\nTekst.\n")
                        .expect("topics/exit-strategy.nl.md", 1, 1, "front matter is not closed"),
                new Case("missing section").edit(GUIDE_NL, "## Noodplan {#continuity}\n", "## Noodplan\n")
                        .expect(GUIDE_NL, 11, 1, "missing section '{#continuity}'"),
                new Case("language-neutral field in the English file").edit(GUIDE_EN, "title: From Teams to Element",
                        "title: From Teams to Element\neffort: low")
                        .expect(GUIDE_EN, 4, 1, "field 'effort' is set in the Dutch file only"),
                new Case("English file without a Dutch one").remove(TOPIC).put("topics/continuity-plan.en.md",
                        "---\nid: continuity-plan\ntitle: Plan\nsummary: s\n---\nText.\n")
                        .expect("topics/continuity-plan.en.md", 1, 1, "there is no Dutch file 'continuity-plan.nl.md'"),
                new Case("guide id that does not match its products").edit(GUIDE_NL, "to: element", "to: matrix")
                        .expect(GUIDE_NL, 6, 5, "must have the id 'microsoft-teams--matrix'"),
                new Case("guide to an alternative that does not replace the product")
                        .edit(ALTERNATIVE, "product: microsoft-teams", "product: microsoft-teams-x")
                        .expect(ALTERNATIVE, 10, 14, "unknown product 'microsoft-teams-x'")
                        .expect(GUIDE_NL, 6, 5, "does not list 'microsoft-teams' in its 'replaces'")
                        .expect(PRODUCT, 1, 1, "no alternative names product 'microsoft-teams'"),
                new Case("anchor and alias").edit(CATEGORY, "name: {nl: Chatten, en: Chat}", "name: &n {nl: Chatten, en: Chat}")
                        .edit(CATEGORY, "summary: {nl: Berichten sturen aan collega's., en: Sending messages to colleagues.}",
                                "summary: *n")
                        .expect(CATEGORY, 2, 7, "anchors ('&n') are not allowed")
                        .expect(CATEGORY, 3, 10, "aliases ('*name') are not allowed"),
                new Case("merge key").edit(CATEGORY, "reviewed: 2026-11-01", "reviewed: 2026-11-01\n<<: {id: x}")
                        .expect(CATEGORY, 5, 1, "merge keys ('<<') are not allowed"),
                new Case("explicit tag").edit(PRODUCT, "name: Microsoft Teams", "name: !!java.lang.Runtime Teams")
                        .expect(PRODUCT, 2, 7, "tags ('tag:yaml.org,2002:java.lang.Runtime') are not allowed"),
                new Case("two documents").edit(CATEGORY, "reviewed: 2026-11-01\n", "reviewed: 2026-11-01\n---\nid: y\n")
                        .expect(CATEGORY, 6, 1, "only one YAML document is allowed"),
                new Case("nested too deeply").edit(CATEGORY, "reviewed: 2026-11-01",
                        "reviewed: 2026-11-01\ngemma: [[[[[[[[[[[x]]]]]]]]]]]")
                        .expect(CATEGORY, 5, 17, "nested deeper than 10 levels"),
                new Case("file is a list").put(CATEGORY, "- id: chat\n")
                        .expect(CATEGORY, 1, 1, "the file must be a mapping of fields"),
                new Case("empty file").put(CATEGORY, "")
                        .expect(CATEGORY, 1, 1, "the file is empty"),
                new Case("invalid UTF-8").bytes(CATEGORY, new byte[] {'i', 'd', ':', ' ', (byte) 0xC0, (byte) 0xAF, '\n'})
                        .expect(CATEGORY, 1, 5, "not valid UTF-8 at byte 4 (C0)"),
                new Case("escape character in a name").edit(PRODUCT, "name: Microsoft Teams", "name: Microsoft \u001B[31mTeams")
                        .expect(PRODUCT, 2, 17, "control character U+001B"),
                new Case("bidi control in a name").edit(PRODUCT, "name: Microsoft Teams", "name: Microsoft \u202ETeams")
                        .expect(PRODUCT, 2, 7, "contains U+202E"),
                new Case("file too large").put("categories/huge.yaml", "id: huge\n" + "#".repeat(300_000) + "\n")
                        .expect("categories/huge.yaml", 0, 0, "larger than 256 KiB"),
                new Case(".yml instead of .yaml").put("categories/video.yml", "id: video\n")
                        .expect("categories/video.yml", 0, 0, "rename it to 'video.yaml'"),
                new Case("synonym rule without words").edit("synonyms/nl.txt", "teams, videobellen, chat", "teams, , chat")
                        .expect("synonyms/nl.txt", 2, 1, "empty word"));
    }
}
