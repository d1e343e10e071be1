package nl.overstap.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported search files: parseable JSON only, content-addressed, complete, and stable. */
class StaticSearchTest {
    @TempDir
    Path dir;

    private SortedMap<String, byte[]> export(String spec, String folder) {
        Path catalogue = dir.resolve(folder);
        Fixtures.write(catalogue, spec);
        Generator.Validation validation = Generator.load(new Generator.LoadRequest(List.of(catalogue)));
        assertTrue(validation.ok(), () -> validation.problems().sorted().toString());
        Catalogue loaded = validation.catalogue();
        try (SearchIndex index = SearchIndex.build(loaded, Language.NL)) {
            return StaticSearch.export(index);
        }
    }

    @Test
    void everyFileIsJsonNamedByItsContentAndReachableFromTheIndex() throws Exception {
        SortedMap<String, byte[]> files = export(Fixtures.VALID, "catalogue");
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(files.get("search/nl/index.json"));
        Set<String> reachable = new HashSet<>(Set.of("search/nl/index.json"));
        String buckets = manifest.get("buckets").asText();
        for (int i = 0; i < buckets.length() / StaticSearch.HASH; i++) {
            reachable.add("search/nl/b/" + i + "." + buckets.substring(i * 6, i * 6 + 6) + ".json");
        }
        String chunks = manifest.get("chunks").asText();
        for (int i = 0; i < chunks.length() / StaticSearch.HASH; i++) {
            reachable.add("search/nl/d/" + i + "." + chunks.substring(i * 6, i * 6 + 6) + ".json");
        }
        assertEquals(reachable, files.keySet(), "nothing missing, nothing extra (no Lucene segment files)");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            json.readTree(file.getValue());
            assertFalse(new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains("</"));
            if (!file.getKey().endsWith("index.json")) {
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getValue()))
                        .substring(0, StaticSearch.HASH);
                assertTrue(file.getKey().endsWith("." + hash + ".json"), file.getKey());
            }
        }
    }

    @Test
    void changingOneSummaryRenamesOnlyTheFilesItIsIn() {
        SortedMap<String, byte[]> before = export(Fixtures.VALID, "a");
        SortedMap<String, byte[]> after = export(Fixtures.VALID.replace("summary: {nl: Chat op Matrix.",
                "summary: {nl: Chat op Matrix en bruggen."), "b");
        Set<String> changed = new HashSet<>(after.keySet());
        changed.removeAll(before.keySet());
        assertFalse(changed.isEmpty());
        assertTrue(changed.size() < after.size() / 2, "most files keep their name: " + changed);
    }

    @Test
    void theScriptThePagesLoadStaysUnderTenKilobytes() throws Exception {
        Path script = nl.overstap.BuiltSites.bundled().resolve("assets/search.js");
        long size = java.nio.file.Files.size(script);
        assertTrue(size <= 10 * 1024, "search.js is " + size + " bytes");
        assertFalse(java.nio.file.Files.readString(script).contains("\n  "), "served without indentation");
    }

    @Test
    void postingsAreCompactGapsInBaseThirtySix() {
        assertEquals("3:a,2:1z", StaticSearch.compact(new int[] {3, 10, 5, 71}));
        assertEquals("", StaticSearch.compact(new int[0]));
        assertEquals(List.of(3, "x", List.of("chat", 4)), StaticSearch.compact("team",
                List.of(new Expansion("tea", 10), new Expansion("x", 10), new Expansion("chat", 4))));
    }

    @Test
    void bucketHashIsFnv1aOverUtf16AsInTheScript() {
        // FNV-1a 32 of "a" is 0xe40c292c; of the empty string the offset basis 0x811c9dc5.
        assertEquals((int) (0xe40c292cL % 1000), StaticSearch.bucket("a", 1000));
        assertEquals((int) (0x811c9dc5L % 97), StaticSearch.bucket("", 97));
    }
}
