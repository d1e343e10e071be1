package nl.overstap.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Category;
import nl.overstap.model.Hosting;
import nl.overstap.model.Language;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Product;
import nl.overstap.model.Ref;
import nl.overstap.model.Standard;
import nl.overstap.model.Text;
import nl.overstap.model.TrainingNote;
import nl.overstap.model.Topic;
import nl.overstap.site.SitePaths;

/**
 * The searchable pages of one language, numbered by kind then id, so the numbering (and with it
 * every exported file) depends only on the catalogue.
 */
public final class SearchDocuments {
    private final Catalogue catalogue;
    private final Language language;

    private SearchDocuments(Catalogue catalogue, Language language) {
        this.catalogue = catalogue;
        this.language = language;
    }

    public static List<SearchDocument> of(Catalogue catalogue, Language language) {
        SearchDocuments documents = new SearchDocuments(catalogue, language);
        List<SearchDocument> all = new ArrayList<>();
        catalogue.products().forEach(p -> all.add(documents.product(p)));
        catalogue.alternatives().forEach(a -> all.add(documents.alternative(a)));
        catalogue.migrations().forEach(m -> all.add(documents.migration(m)));
        catalogue.training().forEach(t -> all.add(documents.training(t)));
        catalogue.topics().forEach(t -> all.add(documents.topic(t)));
        catalogue.standards().forEach(s -> all.add(documents.standard(s)));
        catalogue.categories().forEach(c -> all.add(documents.category(c)));
        return List.copyOf(all);
    }

    private SearchDocument product(Product p) {
        String body = join(text(p.description()), p.vendor().name(), p.vendor().parent().orElse(""),
                categoryNames(p.categories()), text(p.lockIn().notes()), text(p.lockIn().contract()),
                String.join(" ", p.lockIn().exportFormats()));
        return new SearchDocument("product", p.id(), SitePaths.entry(p, language), p.name(), p.summary().in(language),
                names(p.name(), p.aliases()), List.of(), body, ids(p.categories()),
                Optional.of(p.vendor().country().inEuOrEea()), List.of());
    }

    private SearchDocument alternative(Alternative a) {
        List<String> replaces = new ArrayList<>();
        for (var replacement : a.replaces()) {
            catalogue.findProduct(replacement.product().id()).ifPresent(p -> replaces.addAll(names(p.name(),
                    p.aliases())));
        }
        String body = join(text(a.description()), a.steward().name(), categoryNames(a.categories()),
                a.licence().spdx(), String.join(" ", a.exportFormats()),
                a.standards().stream().map(r -> catalogue.findStandard(r.id()).map(Standard::name).orElse(""))
                        .reduce("", (x, y) -> x + " " + y),
                a.replaces().stream().map(r -> r.gaps().map(g -> g.in(language)).orElse(""))
                        .reduce("", (x, y) -> x + " " + y));
        List<String> hosting = a.hosting().stream().map(h -> hosting(h.kind())).distinct().sorted().toList();
        return new SearchDocument("alternative", a.id(), SitePaths.entry(a, language), a.name(),
                a.summary().in(language), names(a.name(), a.aliases()), replaces, body, ids(a.categories()),
                Optional.of(a.steward().country().inEuOrEea()), hosting);
    }

    private SearchDocument migration(MigrationGuide m) {
        MigrationGuide.Page page = m.pages().in(language);
        Optional<Product> from = catalogue.findProduct(m.from().id());
        Optional<Alternative> to = catalogue.findAlternative(m.to().id());
        List<String> replaces = new ArrayList<>();
        from.ifPresent(p -> replaces.addAll(names(p.name(), p.aliases())));
        to.ifPresent(a -> replaces.addAll(names(a.name(), a.aliases())));
        return new SearchDocument("migration", m.id(), SitePaths.entry(m, language), page.title(), page.summary(),
                List.of(page.title()), replaces, join(page.coexistence().orElse(""), plain(page.body().source())),
                from.map(p -> ids(p.categories())).orElse(List.of()), Optional.empty(), List.of());
    }

    private SearchDocument training(TrainingNote t) {
        TrainingNote.Page page = t.pages().in(language);
        List<String> replaces = new ArrayList<>();
        for (Ref ref : t.replaces()) {
            catalogue.findProduct(ref.id()).ifPresent(p -> replaces.addAll(names(p.name(), p.aliases())));
        }
        Optional<Alternative> alternative = catalogue.findAlternative(t.alternative().id());
        alternative.ifPresent(a -> replaces.addAll(names(a.name(), a.aliases())));
        StringBuilder tasks = new StringBuilder();
        page.tasks().forEach(task -> tasks.append(task.task()).append(' ').append(task.oldWay()).append(' ')
                .append(task.newWay()).append(' '));
        return new SearchDocument("training", t.id(), SitePaths.entry(t, language), page.title(), page.summary(),
                List.of(page.title()), replaces, join(page.audience(), String.join(" ", page.goals()),
                        tasks.toString(), plain(page.body().source())),
                alternative.map(a -> ids(a.categories())).orElse(List.of()), Optional.empty(), List.of());
    }

    private SearchDocument topic(Topic t) {
        Topic.Page page = t.pages().in(language);
        List<String> names = new ArrayList<>();
        names.add(page.title());
        names.addAll(page.keywords());
        return new SearchDocument("topic", t.id(), SitePaths.entry(t, language), page.title(), page.summary(), names,
                List.of(), plain(page.body().source()), List.of(), Optional.empty(), List.of());
    }

    private SearchDocument standard(Standard s) {
        return new SearchDocument("standard", s.id(), SitePaths.entry(s, language), s.name(), s.summary().in(language),
                names(s.name(), s.aliases()), List.of(), "", List.of(), Optional.empty(), List.of());
    }

    private SearchDocument category(Category c) {
        List<String> products = catalogue.products().stream()
                .filter(p -> p.categories().stream().anyMatch(r -> r.id().equals(c.id()))).map(Product::name)
                .toList();
        return new SearchDocument("category", c.id(), SitePaths.entry(c, language), c.name().in(language),
                c.summary().in(language), List.of(c.name().in(language)), products, String.join(" ", c.gemma()),
                List.of(c.id()), Optional.empty(), List.of());
    }

    private static List<String> names(String name, Collection<String> aliases) {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    private String categoryNames(List<Ref> refs) {
        return String.join(" ", refs.stream()
                .map(r -> catalogue.findCategory(r.id()).map(c -> c.name().in(language)).orElse("")).toList());
    }

    private String text(Optional<Text> text) {
        return text.map(t -> t.in(language)).orElse("");
    }

    private static String hosting(Hosting.Kind kind) {
        return switch (kind) {
            case SELF_HOSTED -> "self";
            case SAAS -> "saas";
            case SHARED_SERVICE -> "shared";
        };
    }

    private static String join(String... parts) {
        return String.join(" ", parts).strip();
    }

    /** Markdown reduced to its words: link targets, anchors and markup characters dropped. */
    static String plain(String markdown) {
        return markdown.replaceAll("\\{#[^}]*}", " ").replaceAll("\\]\\([^)]*\\)", "] ")
                .replaceAll("https?://\\S+", " ").replaceAll("[#*_>|`\\[\\]]", " ");
    }
}
