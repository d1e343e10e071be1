package nl.overstap.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.overstap.model.Language;

/** The queries of {@code search/queries.tsv}: what people type, and the pages that should answer. */
public record SearchQueries(Language language, String query, List<String> expected) {

    public static List<SearchQueries> all() {
        try (InputStream in = SearchQueries.class.getResourceAsStream("/search/queries.tsv")) {
            List<SearchQueries> queries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                queries.add(new SearchQueries("en".equals(columns[0]) ? Language.EN : Language.NL, columns[1],
                        List.of(columns[2].split(","))));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
