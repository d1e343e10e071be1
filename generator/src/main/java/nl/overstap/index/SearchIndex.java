package nl.overstap.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Language;

/**
 * The Lucene index of one language, in memory, built from the catalogue on every build: one
 * document per searchable page, BM25 over four fields with boosts. Its segment files are never
 * written out; the static export carries what the browser needs.
 */
public final class SearchIndex implements AutoCloseable {
    /** Field boosts: names and aliases first, then what a page replaces, the summary and the body. */
    public static final Map<String, Float> BOOSTS = boosts();
    /** Scores are kept as whole hundredths, so Java and JavaScript add up exactly the same numbers. */
    static final int SCALE = 100;
    /**
     * A term on more pages keeps only its best-scoring ones, so the browser never fetches a posting
     * list of every page for a word like "gemeente"; both searches use the same lists.
     */
    static final int MAX_POSTINGS = 1000;
    private static final Set<String> NAMED = Set.of("product", "alternative", "standard");
    /**
     * Analysed text with each word's frequency but not its positions: the scores need no more, as
     * no query here looks for phrases, and positions would only be indexed and kept for nothing.
     */
    private static final FieldType TEXT = text();
    /**
     * BM25; names are a short list where a longer list should not make a name weigh much less
     * (b = 0.2 instead of 0.75), and what a page replaces counts as present or not (b = 0): an
     * alternative to three products is as much an alternative to each.
     */
    static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity text = new BM25Similarity();
        private final Similarity names = new BM25Similarity(1.2f, 0.2f);
        private final Similarity replaces = new BM25Similarity(1.2f, 0f);

        @Override
        public Similarity get(String field) {
            return switch (field) {
                case "names" -> names;
                case "replaces" -> replaces;
                default -> text;
            };
        }
    };

    private final Language language;
    private final List<SearchDocument> documents;
    private final Analyzers analyzers;
    private final Lexicon lexicon;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private Map<String, int[]> postings;

    private SearchIndex(Language language, List<SearchDocument> documents, Analyzers analyzers, Lexicon lexicon,
            DirectoryReader reader) {
        this.language = language;
        this.documents = documents;
        this.analyzers = analyzers;
        this.lexicon = lexicon;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(SIMILARITY);
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put("names", 8f);
        boosts.put("replaces", 12f);
        boosts.put("summary", 1.5f);
        boosts.put("body", 0.5f);
        // Whole names, so a query that is exactly a name ("teams") beats names it is part of ("1Password Teams").
        boosts.put("nameKeys", 8f);
        boosts.put("replacesKeys", 8f);
        return java.util.Collections.unmodifiableMap(boosts);
    }

    public static SearchIndex build(Catalogue catalogue, Language language) {
        List<SearchDocument> documents = SearchDocuments.of(catalogue, language);
        List<String> rules = catalogue.synonyms().in(language);
        List<String> normalisedRules = Analyzers.normalisedRules(rules);
        Set<String> keep = new HashSet<>();
        Set<String> ruleWords = new TreeSet<>();
        Set<String> rulePhrases = new TreeSet<>();
        for (String rule : normalisedRules) {
            for (String phrase : rule.split("=>|,")) {
                String words = phrase.strip();
                rulePhrases.add(words);
                ruleWords.addAll(List.of(words.split(" ")));
            }
        }
        rulePhrases.stream().filter(p -> !p.contains(" ")).forEach(keep::add);
        // One-word names stay findable even when they are stop words ("Word", "X").
        documents.stream().filter(d -> NAMED.contains(d.type())).flatMap(d -> d.names().stream()).map(Words::of)
                .filter(words -> words.size() == 1).forEach(keep::addAll);
        Analyzers analyzers = Analyzers.of(language, rules, keep);

        Map<String, Integer> surface = new TreeMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzers.index()).setSimilarity(SIMILARITY)
                .setUseCompoundFile(false).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setRAMBufferSizeMB(1024);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchDocument document : documents) {
                writer.addDocument(luceneDocument(document));
                Set<String> seen = new HashSet<>();
                for (String text : texts(document)) {
                    seen.addAll(Words.of(text));
                }
                seen.forEach(word -> surface.merge(word, 1, Integer::sum));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> extra = new TreeSet<>(ruleWords);
        extra.addAll(analyzers.stopWords());
        Set<String> names = new TreeSet<>();
        documents.forEach(d -> {
            d.names().forEach(name -> names.add(key(name)));
            d.replaces().forEach(name -> names.add(key(name)));
        });
        names.remove("=");
        Lexicon lexicon = Lexicon.build(analyzers, surface, extra, rulePhrases, names);
        try {
            return new SearchIndex(language, documents, analyzers, lexicon, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole name as one term: its words as {@link Words} writes them, marked with '='. */
    static String key(String name) {
        return "=" + String.join(" ", Words.of(name));
    }

    private static List<String> texts(SearchDocument d) {
        List<String> texts = new ArrayList<>(d.names());
        texts.addAll(d.replaces());
        texts.add(d.summary());
        texts.add(d.body());
        return texts;
    }

    private static Document luceneDocument(SearchDocument d) {
        Document document = new Document();
        document.add(new StoredField("id", d.type() + "/" + d.id()));
        for (String name : d.names()) {
            document.add(new Field("names", name, TEXT));
        }
        // Each word once: an alternative that replaces a product with six aliases would otherwise
        // have a long field in which the product's name weighs little.
        document.add(new Field("replaces", String.join(" ", new java.util.LinkedHashSet<>(
                Words.of(String.join(" ", d.replaces())))), TEXT));
        document.add(new Field("summary", d.summary(), TEXT));
        d.names().stream().map(SearchIndex::key).distinct()
                .forEach(key -> document.add(new StringField("nameKeys", key, Field.Store.NO)));
        d.replaces().stream().map(SearchIndex::key).distinct()
                .forEach(key -> document.add(new StringField("replacesKeys", key, Field.Store.NO)));
        document.add(new Field("body", d.body(), TEXT));
        return document;
    }

    private static FieldType text() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    public Language language() {
        return language;
    }

    /** The documents, numbered as in every posting list. */
    public List<SearchDocument> documents() {
        return documents;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public Analyzers analyzers() {
        return analyzers;
    }

    /** Every term of every field, sorted. */
    public SortedSet<String> terms() {
        SortedSet<String> terms = new TreeSet<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (String field : BOOSTS.keySet()) {
                    Terms fieldTerms = leaf.reader().terms(field);
                    if (fieldTerms == null) {
                        continue;
                    }
                    TermsEnum iterator = fieldTerms.iterator();
                    for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                        terms.add(term.utf8ToString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The pages {@code term} occurs on with Lucene's BM25 score summed over the boosted fields, in
     * hundredths: {@code [doc, score, doc, score, ...]} in document order. Empty when no page has it.
     */
    public int[] postings(String term) {
        return allPostings().getOrDefault(term, new int[0]);
    }

    /** Every term's postings, scored in one pass over each field's terms with the searcher's BM25. */
    private synchronized Map<String, int[]> allPostings() {
        if (postings != null) {
            return postings;
        }
        // Per term, every (page, score) of every field in field order; summed per page below in the
        // same order as before, so the sums are the same floats. Plain arrays: this visits every posting.
        Map<String, Scores> sums = new HashMap<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (var field : BOOSTS.entrySet()) {
                    Terms terms = leaf.reader().terms(field.getKey());
                    if (terms == null) {
                        continue;
                    }
                    CollectionStatistics collection = searcher.collectionStatistics(field.getKey());
                    TermsEnum iterator = terms.iterator();
                    PostingsEnum docs = null;
                    for (BytesRef bytes = iterator.next(); bytes != null; bytes = iterator.next()) {
                        TermStatistics statistics = searcher.termStatistics(new Term(field.getKey(), bytes),
                                iterator.docFreq(), iterator.totalTermFreq());
                        SimScorer scorer = searcher.getSimilarity().scorer(field.getValue(), collection, statistics);
                        Scores sum = sums.computeIfAbsent(bytes.utf8ToString(), t -> new Scores());
                        docs = iterator.postings(docs, PostingsEnum.FREQS);
                        // Norm iterators only move forward: a fresh one for every term's postings.
                        NumericDocValues norms = leaf.reader().getNormValues(field.getKey());
                        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                            long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                            sum.add(leaf.docBase + doc, scorer.score(docs.freq(), norm));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, int[]> out = new HashMap<>();
        sums.forEach((term, scores) -> out.put(term, scores.postings()));
        postings = out;
        return postings;
    }

    /** The scores of one term as they are found: page numbers, ascending within each field, and scores. */
    private static final class Scores {
        private int[] docs = new int[4];
        private float[] values = new float[4];
        private int size;

        void add(int doc, float score) {
            if (size == docs.length) {
                docs = java.util.Arrays.copyOf(docs, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            docs[size] = doc;
            values[size++] = score;
        }

        /**
         * {@code [doc, score, ...]} in page order, each page's scores summed in field order and kept
         * as whole hundredths; of a very common word only the best {@link #MAX_POSTINGS} pages.
         */
        int[] postings() {
            long[] order = new long[size];
            for (int i = 0; i < size; i++) {
                order[i] = (long) docs[i] << 32 | i;
            }
            java.util.Arrays.sort(order);
            int[] pages = new int[size];
            int[] scores = new int[size];
            int count = 0;
            for (int i = 0; i < size; ) {
                int doc = (int) (order[i] >>> 32);
                float sum = 0;
                boolean first = true;
                for (; i < size && (int) (order[i] >>> 32) == doc; i++) {
                    float value = values[(int) order[i]];
                    sum = first ? value : sum + value;
                    first = false;
                }
                pages[count] = doc;
                scores[count++] = Math.max(1, Math.round(sum * SCALE));
            }
            int[] kept = java.util.stream.IntStream.range(0, count).toArray();
            if (count > MAX_POSTINGS) {
                // Keep the best pages of a very common word: the rest would never reach a first page.
                kept = java.util.stream.IntStream.range(0, count).boxed()
                        .sorted(java.util.Comparator.<Integer>comparingInt(k -> -scores[k]).thenComparingInt(k -> pages[k]))
                        .limit(MAX_POSTINGS).mapToInt(Integer::intValue).sorted().toArray();
            }
            int[] list = new int[kept.length * 2];
            for (int i = 0; i < kept.length; i++) {
                list[2 * i] = pages[kept[i]];
                list[2 * i + 1] = scores[kept[i]];
            }
            return list;
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
