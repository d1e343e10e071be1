package nl.overstap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.SearchRequest;
import nl.overstap.Generator.SearchResult;
import nl.overstap.index.Searcher.Hit;
import nl.overstap.model.Language;
import nl.overstap.problem.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the guide the way its search page does, from a Lucene index of the catalogue.",
            "Exit code 0 with or without results, 1 when the catalogue has problems, 2 for a usage error."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "A catalogue folder; repeat to layer folders. Default: the bundled catalogue.")
    List<Path> catalogues = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
            description = "Language of the pages to search (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most this many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the results as one JSON object, for scripts.")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to look for, in any words.")
    List<String> query = new ArrayList<>();

    @Override
    public Integer call() {
        Language language = switch (lang.toLowerCase(Locale.ROOT)) {
            case "nl" -> Language.NL;
            case "en" -> Language.EN;
            default -> throw new Generator.UsageException("--lang must be nl or en, not '" + lang + "'");
        };
        if (limit < 1 || limit > 1000) {
            throw new Generator.UsageException("--limit must be between 1 and 1000");
        }
        String text = String.join(" ", query);
        SearchResult result = Generator.search(new SearchRequest(new LoadRequest(catalogues), language, text, limit));
        PrintWriter out = spec.commandLine().getOut();
        if (!result.ok()) {
            result.problems().sorted().forEach(problem -> out.println(problem.format()));
            out.println(result.problems().summary());
            return Overstap.PROBLEMS;
        }
        if (json) {
            out.println(json(text, language, result));
        } else if (result.hits().isEmpty()) {
            out.println(text.isBlank() ? "no results: type what you are looking for, like 'videobellen'"
                    : "no results for '" + Printable.of(text.length() > 200 ? text.substring(0, 200) + "…" : text) + "'");
        } else {
            print(out, result);
        }
        return 0;
    }

    private static void print(PrintWriter out, SearchResult result) {
        int rank = 1;
        for (Hit hit : result.hits()) {
            out.println(String.format(Locale.ROOT, "%2d. [%s] %s (%.2f)", rank++, hit.document().type(),
                    hit.document().title(), hit.score() / 1000.0));
            out.println("    " + hit.document().url());
            out.println("    " + hit.document().snippet());
            out.println("    matched: " + String.join(", ", hit.matched()));
        }
        out.println(result.total() + (result.total() == 1 ? " result" : " results")
                + (result.total() > result.hits().size() ? ", " + result.hits().size() + " shown" : ""));
    }

    private static String json(String query, Language language, SearchResult result) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(buffer)) {
            json.writeStartObject();
            json.writeStringField("query", query);
            json.writeStringField("lang", language.tag());
            json.writeNumberField("total", result.total());
            json.writeArrayFieldStart("results");
            for (Hit hit : result.hits()) {
                json.writeStartObject();
                json.writeStringField("type", hit.document().type());
                json.writeStringField("id", hit.document().id());
                json.writeStringField("title", hit.document().title());
                json.writeStringField("url", hit.document().url());
                json.writeNumberField("score", hit.score() / 1000.0);
                json.writeStringField("snippet", hit.document().snippet());
                json.writeArrayFieldStart("matched");
                for (String word : hit.matched()) {
                    json.writeString(word);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString();
    }
}
