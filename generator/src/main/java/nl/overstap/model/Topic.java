package nl.overstap.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Guidance that is not about one product: continuity plans, exit strategies, procurement clauses. */
public record Topic(String id, List<Ref> products, List<Ref> alternatives, List<Ref> standards, List<URI> sources,
        LocalDate reviewed, Origin origin, Translated<Page> pages) implements Entry {

    public record Page(String title, String summary, List<String> keywords, Markdown body) {
    }
}
