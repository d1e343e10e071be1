package nl.overstap.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files the browser searches with, for one language, under {@code search/LANG/}:
 * <ul>
 * <li>{@code index.json}: counts, the document number ranges of each kind, the names of the other files;
 * <li>{@code b/N.HASH.json}: buckets, each holding the words, synonym phrases, posting lists and
 * two-letter prefix lists whose key hashes to N, so a query fetches one small file per word and
 * one per term;
 * <li>{@code d/N.HASH.json}: what a result shows, for a run of documents.
 * </ul>
 * File names carry a hash of their content, so they change only when their content does; the
 * index file lists the hashes, {@link #HASH} characters each, back to back.
 */
public final class StaticSearch {
    /** Aim for buckets of about this many bytes: small enough that a query fetches little. */
    static final int BUCKET_BYTES = 3000;
    /** At most this many result files, so the index file stays small for large catalogues. */
    static final int MAX_CHUNKS = 512;
    /** Hex digits of a file's content hash in its name. */
    static final int HASH = 6;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private StaticSearch() {
    }

    /** Every file of the export, by path under the site root. */
    public static SortedMap<String, byte[]> export(SearchIndex index) {
        String folder = "search/" + index.language().tag() + "/";
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<Map<String, Object>> buckets = buckets(index);
        List<String> bucketNames = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            bucketNames.add(put(files, folder + "b/" + i, buckets.get(i)));
        }
        List<SearchDocument> documents = index.documents();
        int perChunk = Math.max(1, (documents.size() + MAX_CHUNKS - 1) / MAX_CHUNKS);
        List<String> chunkNames = new ArrayList<>();
        for (int start = 0, n = 0; start < documents.size(); start += perChunk, n++) {
            List<Object> rows = new ArrayList<>();
            for (SearchDocument d : documents.subList(start, Math.min(documents.size(), start + perChunk))) {
                rows.add(List.of(d.type(), d.id(), d.title(), d.url(), d.snippet(), d.categories(),
                        d.eu().map(eu -> eu ? 1 : 0).orElse(-1), d.hosting()));
            }
            chunkNames.add(put(files, folder + "d/" + n, rows));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("docs", documents.size());
        manifest.put("types", typeRanges(documents));
        manifest.put("buckets", String.join("", bucketNames));
        manifest.put("perChunk", perChunk);
        manifest.put("chunks", String.join("", chunkNames));
        files.put(folder + "index.json", bytes(manifest));
        return files;
    }

    /** Writes {@code value} as {@code NAME.HASH.json}; returns the hash. */
    private static String put(SortedMap<String, byte[]> files, String name, Object value) {
        byte[] bytes = bytes(value);
        String hash = hash(bytes);
        files.put(name + "." + hash + ".json", bytes);
        return hash;
    }

    private static List<List<Object>> typeRanges(List<SearchDocument> documents) {
        List<List<Object>> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= documents.size(); i++) {
            if (i == documents.size() || !documents.get(i).type().equals(documents.get(start).type())) {
                ranges.add(List.of(documents.get(start).type(), start, i));
                start = i;
            }
        }
        return ranges;
    }

    private static List<Map<String, Object>> buckets(SearchIndex index) {
        Lexicon lexicon = index.lexicon();
        Map<String, Object> words = new TreeMap<>();
        lexicon.words().forEach((word, expansions) -> words.put(word, compact(word, expansions)));
        Map<String, Object> phrases = new TreeMap<>();
        lexicon.phrases().forEach((first, rest) -> {
            Map<String, Object> continuations = new TreeMap<>();
            rest.forEach((phrase, expansions) -> continuations.put(phrase, compact(phrase, expansions)));
            phrases.put(first, continuations);
        });
        Map<String, Object> postings = new TreeMap<>();
        for (String term : index.terms()) {
            postings.put(term, compact(index.postings(term)));
        }
        Map<String, List<List<Object>>> prefixes = new TreeMap<>();
        for (String word : lexicon.words().keySet()) {
            if (word.codePointCount(0, word.length()) < 2) {
                continue;
            }
            List<Expansion> own = lexicon.words().get(word).stream().filter(e -> e.weight() == Expansion.EXACT)
                    .toList();
            if (!own.isEmpty()) {
                prefixes.computeIfAbsent(word.substring(0, word.offsetByCodePoints(0, 2)), p -> new ArrayList<>())
                        .add(List.of(word, lexicon.documentFrequency(word), compact(word, own)));
            }
        }
        long total = size(words) + size(phrases) + size(postings) + size(prefixes);
        int count = (int) Math.max(1, Math.min(4096, total / BUCKET_BYTES));
        List<Map<String, Object>> buckets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> bucket = new TreeMap<>();
            for (String part : List.of("w", "f", "t", "p")) {
                bucket.put(part, new TreeMap<String, Object>());
            }
            buckets.add(bucket);
        }
        spread(words, "w", buckets);
        spread(phrases, "f", buckets);
        spread(postings, "t", buckets);
        spread(prefixes, "p", buckets);
        return buckets;
    }

    @SuppressWarnings("unchecked")
    private static void spread(Map<String, ?> entries, String part, List<Map<String, Object>> buckets) {
        entries.forEach((key, value) -> ((Map<String, Object>) buckets.get(bucket(key, buckets.size())).get(part))
                .put(key, value));
    }

    /**
     * A posting list as text: {@code doc:score} pairs, comma separated, the document number as the
     * gap from the previous one, both in base 36; about half the size of a JSON array.
     */
    static String compact(int[] postings) {
        StringBuilder out = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < postings.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Integer.toString(postings[i] - previous, 36)).append(':')
                    .append(Integer.toString(postings[i + 1], 36));
            previous = postings[i];
        }
        return out.toString();
    }

    /**
     * The terms of a word, short: a word's own term that begins the word is the number of its
     * characters ("ambtenaren" -> 8 for "ambtenar"), another own term is the term, and a weighted
     * term (a synonym) is {@code [term, weight]}.
     */
    static List<Object> compact(String word, List<Expansion> expansions) {
        List<Object> out = new ArrayList<>();
        for (Expansion e : expansions) {
            if (e.weight() != Expansion.EXACT) {
                out.add(List.of(e.term(), e.weight()));
            } else if (word.startsWith(e.term())) {
                out.add(e.term().length());
            } else {
                out.add(e.term());
            }
        }
        return out;
    }

    /** FNV-1a over UTF-16 code units, as {@code search.js} computes it. */
    public static int bucket(String key, int buckets) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 16777619;
        }
        return (int) (Integer.toUnsignedLong(hash) % buckets);
    }

    private static long size(Object value) {
        return bytes(value).length;
    }

    private static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, HASH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
