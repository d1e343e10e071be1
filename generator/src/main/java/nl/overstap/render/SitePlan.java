package nl.overstap.render;

import static nl.overstap.render.PageContext.map;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.overstap.index.SearchDocument;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Category;
import nl.overstap.model.Entry;
import nl.overstap.model.Language;
import nl.overstap.model.Markdown;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Origin;
import nl.overstap.model.Product;
import nl.overstap.model.Ref;
import nl.overstap.model.Standard;
import nl.overstap.model.Text;
import nl.overstap.model.Topic;
import nl.overstap.model.TrainingNote;
import nl.overstap.problem.Problems;
import nl.overstap.site.Section;
import nl.overstap.site.SitePaths;

/** Every page of the guide, in each of its languages, with the model its template needs. */
public final class SitePlan {
    private final Catalogue catalogue;
    private final MarkdownRenderer markdown;
    private final TextPages textPages;
    private final List<Language> languages;
    /** The theme's own text pages, by name, with their text per language (the footer shows their titles). */
    private final Map<String, Map<Language, TextPages.TextPage>> addedPages = new java.util.TreeMap<>();
    private final Problems problems;
    private final Map<String, Integer> downloads;
    private final Map<Language, Ui> ui = Map.of(Language.NL, Ui.of(Language.NL), Language.EN, Ui.of(Language.EN));
    private final Map<String, String> htmlCache = new ConcurrentHashMap<>();
    // Who points at whom, computed once: page models look these up instead of scanning every entry.
    private final Map<String, List<Alternative>> alternativesByCategory;
    private final Map<String, List<Product>> productsByCategory;
    private final Map<String, List<Alternative>> alternativesByStandard;
    private final Map<String, List<MigrationGuide>> guidesByAlternative;
    private final Map<String, List<TrainingNote>> trainingByAlternative;
    private final Map<String, List<Topic>> topicsByAlternative;

    SitePlan(Catalogue catalogue, MarkdownRenderer markdown, TextPages textPages, List<Language> languages,
            Map<String, Integer> downloads,
            Problems problems) {
        this.catalogue = catalogue;
        this.downloads = downloads;
        this.markdown = markdown;
        this.textPages = textPages;
        this.languages = List.copyOf(languages);
        for (String name : textPages.added(problems)) {
            addedPages.put(name, new java.util.EnumMap<>(Language.class));
            languages.forEach(language -> addedPages.get(name).put(language, textPages.get(name, language)));
        }
        this.problems = problems;
        alternativesByCategory = index(catalogue.alternatives(), a -> a.categories().stream().map(Ref::id));
        productsByCategory = index(catalogue.products(), p -> p.categories().stream().map(Ref::id));
        alternativesByStandard = index(catalogue.alternatives(), a -> a.standards().stream().map(Ref::id));
        guidesByAlternative = index(catalogue.migrations(), m -> Stream.of(m.to().id()));
        trainingByAlternative = index(catalogue.training(), t -> Stream.of(t.alternative().id()));
        topicsByAlternative = index(catalogue.topics(), t -> t.alternatives().stream().map(Ref::id));
    }

    /** Entries by the ids they refer to, each list in the entries' (id) order. */
    private static <T> Map<String, List<T>> index(List<T> entries, Function<T, Stream<String>> keys) {
        Map<String, List<T>> index = new java.util.HashMap<>();
        for (T entry : entries) {
            keys.apply(entry).distinct().forEach(key -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
        }
        return index;
    }

    /** All pages, sorted by path; Markdown problems go to the plan's problems. */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (Language language : languages) {
            pages.add(home(language));
            pages.add(list(language, Section.CATEGORIES, "list.categories", catalogue.categories()));
            pages.add(list(language, Section.PRODUCTS, "list.products", catalogue.products()));
            pages.add(list(language, Section.ALTERNATIVES, "list.alternatives", catalogue.alternatives()));
            pages.add(list(language, Section.STANDARDS, "list.standards", catalogue.standards()));
            pages.add(list(language, Section.MIGRATIONS, "list.migrations", catalogue.migrations()));
            pages.add(list(language, Section.TRAINING, "list.training", catalogue.training()));
            pages.add(list(language, Section.TOPICS, "list.topics", catalogue.topics()));
            pages.add(gathered(language, Section.CONTINUITY, "continuity"));
            pages.add(gathered(language, Section.PROCUREMENT, "procurement"));
            pages.add(textPage(language, Section.ABOUT, "about"));
            pages.add(textPage(language, Section.METHODOLOGY, "methodology"));
            pages.add(textPage(language, Section.ACCESSIBILITY, "accessibility"));
            pages.add(search(language));
            for (String name : addedPages.keySet()) {
                pages.add(textPage(language, SitePaths.textPage(name, language), name));
            }
        }
        pages.add(rootPage("index.html", "root.ftlh", "home.title"));
        pages.add(rootPage("404.html", "notfound.ftlh", "notfound.title"));
        List<Page> entryPages = catalogue.entries().parallel()
                .flatMap(entry -> languages.stream().map(language -> entryPage(entry, language)))
                .toList();
        pages.addAll(entryPages);
        pages.sort(Comparator.comparing(Page::path));
        return pages;
    }

    // ---- shared parts ----

    private Map<String, Object> base(PageContext ctx, String title, String description) {
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(navItem(ctx, "nav.home", SitePaths.home(ctx.language)));
        for (Section section : List.of(Section.CATEGORIES, Section.PRODUCTS, Section.ALTERNATIVES, Section.MIGRATIONS,
                Section.TRAINING, Section.TOPICS, Section.STANDARDS, Section.CONTINUITY, Section.PROCUREMENT)) {
            nav.add(navItem(ctx, "nav." + section.name().toLowerCase(java.util.Locale.ROOT),
                    SitePaths.section(section, ctx.language)));
        }
        List<Map<String, Object>> footer = new ArrayList<>();
        for (Section section : List.of(Section.ABOUT, Section.METHODOLOGY, Section.ACCESSIBILITY)) {
            footer.add(navItem(ctx, "nav." + section.name().toLowerCase(java.util.Locale.ROOT),
                    SitePaths.section(section, ctx.language)));
        }
        addedPages.forEach((name, texts) -> {
            String target = SitePaths.textPage(name, ctx.language);
            TextPages.TextPage text = texts.get(ctx.language);
            Map<String, Object> item = map("title", text.title(), "href", ctx.link(target), "current",
                    target.equals(ctx.path));
            if (text.language() != ctx.language) {
                item.put("lang", text.language().tag());
            }
            footer.add(item);
        });
        Map<String, Object> model = map("lang", ctx.language.tag(), "title", title, "description", description,
                "t", ctx.ui.all(), "css", ctx.link("assets/site.css"), "home", ctx.link(SitePaths.home(ctx.language)),
                "nav", nav, "footer", footer,
                "feed", ctx.link(ctx.language.tag() + "/feed.xml"), "data", ctx.link("data/catalogue.json"),
                "schema", ctx.link("data/catalogue.schema.json"), "fallback", false,
                "search", ctx.link(SitePaths.section(Section.SEARCH, ctx.language)));
        // The translation, when the other language is built; a one-language site has no switch.
        languages.stream().filter(other -> other != ctx.language).findFirst().ifPresent(other -> model.put("alternate",
                map("lang", other.tag(), "href", ctx.link(SitePaths.translate(ctx.path, other)))));
        return model;
    }

    private static Map<String, Object> navItem(PageContext ctx, String key, String target) {
        return map("title", ctx.t(key), "href", ctx.link(target), "current", target.equals(ctx.path));
    }

    private Page page(PageContext ctx, String template, String title, String description, Map<String, Object> body) {
        Map<String, Object> model = base(ctx, title, description);
        model.putAll(body);
        model.put("fallback", ctx.fellBack());
        return new Page(ctx.path, template, model);
    }

    /** A link to an entry; {@code lang} is set when its title and summary are Dutch on an English page. */
    private Map<String, Object> link(PageContext ctx, Entry entry) {
        PageContext probe = new PageContext(ctx.language, ctx.path, ctx.ui);
        String title = title(entry, probe);
        String summary = summary(entry, probe);
        boolean dutch = probe.fellBack() || fallsBack(entry, ctx.language);
        return map("title", title, "href", ctx.link(entry), "summary", summary, "lang", dutch ? "nl" : "");
    }

    private static boolean fallsBack(Entry entry, Language language) {
        if (entry instanceof MigrationGuide m) {
            return m.pages().fallsBack(language);
        } else if (entry instanceof TrainingNote t) {
            return t.pages().fallsBack(language);
        } else if (entry instanceof Topic t) {
            return t.pages().fallsBack(language);
        }
        return false;
    }

    private String title(Entry entry, PageContext ctx) {
        if (entry instanceof Category c) {
            return ctx.text(c.name());
        } else if (entry instanceof Product p) {
            return p.name();
        } else if (entry instanceof Alternative a) {
            return a.name();
        } else if (entry instanceof Standard s) {
            return s.name();
        } else if (entry instanceof MigrationGuide m) {
            return m.pages().in(ctx.language).title();
        } else if (entry instanceof TrainingNote t) {
            return t.pages().in(ctx.language).title();
        }
        return ((Topic) entry).pages().in(ctx.language).title();
    }

    private String summary(Entry entry, PageContext ctx) {
        if (entry instanceof Category c) {
            return ctx.text(c.summary());
        } else if (entry instanceof Product p) {
            return ctx.text(p.summary());
        } else if (entry instanceof Alternative a) {
            return ctx.text(a.summary());
        } else if (entry instanceof Standard s) {
            return ctx.text(s.summary());
        } else if (entry instanceof MigrationGuide m) {
            return m.pages().in(ctx.language).summary();
        } else if (entry instanceof TrainingNote t) {
            return t.pages().in(ctx.language).summary();
        }
        return ((Topic) entry).pages().in(ctx.language).summary();
    }

    private <T extends Entry> List<Map<String, Object>> links(PageContext ctx, List<T> entries) {
        List<Map<String, Object>> links = new ArrayList<>();
        entries.forEach(entry -> links.add(link(ctx, entry)));
        return links;
    }

    private <T extends Entry> List<Map<String, Object>> refs(PageContext ctx, List<nl.overstap.model.Ref> refs,
            Function<String, Optional<T>> find) {
        List<Map<String, Object>> links = new ArrayList<>();
        refs.forEach(ref -> find.apply(ref.id()).ifPresent(entry -> links.add(link(ctx, entry))));
        return links;
    }

    private static List<Map<String, Object>> sources(List<URI> sources) {
        List<Map<String, Object>> links = new ArrayList<>();
        sources.forEach(uri -> links.add(map("href", uri.toString(), "label", EntryViews.host(uri))));
        return links;
    }

    /** Rendered Markdown, once per text; empty after a problem was reported. */
    private String html(String source, Origin origin, int line) {
        String key = origin.path() + ":" + line + ":" + source.hashCode() + ":" + source.length();
        return htmlCache.computeIfAbsent(key,
                k -> markdown.render(source, origin.path(), line, problems).orElse(""));
    }

    private String html(Optional<Text> text, PageContext ctx, Origin origin) {
        return text.map(t -> html(ctx.text(t), origin, origin.line())).orElse("");
    }

    private String body(Markdown body, Origin dutchOrigin, boolean english) {
        String path = english ? dutchOrigin.path().replaceFirst("\\.nl\\.md$", ".en.md") : dutchOrigin.path();
        return html(body.source(), new Origin(path, body.firstLine(), 1), body.firstLine());
    }

    /** The Markdown of one section, from its heading to the next section heading. */
    private String sectionHtml(Markdown body, String anchor, Origin origin) {
        return MarkdownSlices.section(body, anchor).map(slice -> html(slice.source(), origin, slice.firstLine()))
                .orElse("");
    }

    // ---- pages ----

    private Page home(Language language) {
        PageContext ctx = new PageContext(language, SitePaths.home(language), ui.get(language));
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Category category : catalogue.categories()) {
            Map<String, Object> item = link(ctx, category);
            item.put("count", alternativesByCategory.getOrDefault(category.id(), List.of()).size());
            categories.add(item);
        }
        List<Map<String, Object>> paths = List.of(
                map("title", ctx.t("home.start.civil"), "text", ctx.t("home.start.civil.text"),
                        "href", ctx.link(Section.PRODUCTS)),
                map("title", ctx.t("home.start.trainer"), "text", ctx.t("home.start.trainer.text"),
                        "href", ctx.link(Section.TRAINING)),
                map("title", ctx.t("home.start.it"), "text", ctx.t("home.start.it.text"),
                        "href", ctx.link(Section.CATEGORIES)));
        return page(ctx, "home.ftlh", ctx.t("home.title"), ctx.t("home.intro"),
                map("categories", categories, "paths", paths,
                        "continuity", ctx.link(Section.CONTINUITY), "procurement", ctx.link(Section.PROCUREMENT)));
    }

    /** Pages at the site root: in the first language (Dutch when built), the other's home as the alternate. */
    private Page rootPage(String path, String template, String titleKey) {
        Language first = languages.get(0);
        PageContext ctx = new PageContext(first, path, ui.get(first));
        Map<String, Object> model = base(ctx, ctx.t(titleKey), ctx.t("home.intro"));
        model.remove("alternate");
        for (Language language : languages) {
            model.put(language.tag() + "Home", ctx.link(SitePaths.home(language)));
            if (language != first) {
                model.put("alternate", map("lang", language.tag(), "href", ctx.link(SitePaths.home(language))));
            }
        }
        if (first == Language.NL && languages.contains(Language.EN)) {
            model.put("homeEn", ctx.link(SitePaths.home(Language.EN)));
        }
        return new Page(path, template, model);
    }

    private <T extends Entry> Page list(Language language, Section section, String titleKey, List<T> entries) {
        PageContext ctx = new PageContext(language, SitePaths.section(section, language), ui.get(language));
        return page(ctx, "list.ftlh", ctx.t(titleKey), ctx.t(titleKey), map("items", links(ctx, entries)));
    }

    private Page textPage(Language language, Section section, String name) {
        return textPage(language, SitePaths.section(section, language), name);
    }

    private Page textPage(Language language, String path, String name) {
        PageContext ctx = new PageContext(language, path, ui.get(language));
        TextPages.TextPage text = textPages.get(name, language);
        ctx.fallsBack(text.language() != language);
        String html = markdown.render(text.body(), text.path(), 2, problems).orElse("");
        return page(ctx, "text.ftlh", text.title(), text.title(), map("html", html));
    }

    /** The search page: the form works without JavaScript only as far as saying so and offering the lists. */
    private Page search(Language language) {
        PageContext ctx = new PageContext(language, SitePaths.section(Section.SEARCH, language), ui.get(language));
        List<Map<String, Object>> types = new ArrayList<>();
        for (String type : SearchDocument.TYPES) {
            types.add(map("value", type, "label", ctx.t("type." + type)));
        }
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Category category : catalogue.categories()) {
            categories.add(map("value", category.id(), "label", category.name().in(language)));
        }
        List<Map<String, Object>> browse = new ArrayList<>();
        for (Section section : List.of(Section.CATEGORIES, Section.PRODUCTS, Section.ALTERNATIVES, Section.MIGRATIONS,
                Section.TRAINING, Section.TOPICS, Section.STANDARDS, Section.CONTINUITY)) {
            browse.add(map("title", ctx.t("nav." + section.name().toLowerCase(java.util.Locale.ROOT)),
                    "href", ctx.link(SitePaths.section(section, language))));
        }
        return page(ctx, "search.ftlh", ctx.t("search.title"), ctx.t("search.intro"), map("script",
                ctx.link("assets/search.js"), "types", types, "categories", categories, "browse", browse));
    }

    /** The continuity or procurement overview: that section of every guide, and the topics. */
    private Page gathered(Language language, Section section, String anchor) {
        PageContext ctx = new PageContext(language, SitePaths.section(section, language), ui.get(language));
        List<Map<String, Object>> parts = new ArrayList<>();
        for (MigrationGuide guide : catalogue.migrations()) {
            boolean english = language == Language.EN && guide.pages().en().isPresent();
            MigrationGuide.Page page = guide.pages().in(language);
            ctx.fallsBack(guide.pages().fallsBack(language));
            String path = english ? guide.origin().path().replaceFirst("\\.nl\\.md$", ".en.md") : guide.origin().path();
            parts.add(map("title", page.title(), "href", ctx.link(guide) + "#" + anchor,
                    // Several guides may share a sub-heading: prefix ids so each stays unique on this page.
                    "html", sectionHtml(page.body(), anchor, new Origin(path, 1, 1))
                            .replace(" id=\"", " id=\"" + guide.id() + "-")));
        }
        return page(ctx, "gathered.ftlh", ctx.t(anchor + ".title"), ctx.t(anchor + ".intro"),
                map("intro", ctx.t(anchor + ".intro"), "sections", parts, "topics", links(ctx, catalogue.topics())));
    }

    private Page entryPage(Entry entry, Language language) {
        PageContext ctx = new PageContext(language, SitePaths.entry(entry, language), ui.get(language));
        if (entry instanceof Category c) {
            return category(ctx, c);
        } else if (entry instanceof Product p) {
            return product(ctx, p);
        } else if (entry instanceof Alternative a) {
            return alternative(ctx, a);
        } else if (entry instanceof Standard s) {
            return standard(ctx, s);
        } else if (entry instanceof MigrationGuide m) {
            return migration(ctx, m);
        } else if (entry instanceof TrainingNote t) {
            return training(ctx, t);
        }
        return topic(ctx, (Topic) entry);
    }

    private Page category(PageContext ctx, Category category) {
        List<Alternative> alternatives = alternativesByCategory.getOrDefault(category.id(), List.of());
        List<Product> products = productsByCategory.getOrDefault(category.id(), List.of());
        List<Map<String, Object>> rows = new ArrayList<>();
        alternatives.forEach(a -> rows.add(EntryViews.matrixRow(ctx, a, catalogue)));
        String name = ctx.text(category.name());
        return page(ctx, "category.ftlh", name, ctx.text(category.summary()), map(
                "name", name, "summary", ctx.text(category.summary()), "gemma", category.gemma(),
                "products", links(ctx, products), "rows", rows, "reviewed", category.reviewed().toString()));
    }

    private Page product(PageContext ctx, Product product) {
        List<Alternative> alternatives = catalogue.alternativesFor(product.id());
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Alternative alternative : alternatives) {
            Map<String, Object> card = EntryViews.alternativeCard(ctx, alternative, product);
            catalogue.findMigration(product.id() + "--" + alternative.id())
                    .ifPresent(guide -> card.put("guide", link(ctx, guide)));
            cards.add(card);
        }
        String summary = ctx.text(product.summary());
        return page(ctx, "product.ftlh", product.name(), summary, map(
                "name", product.name(), "aliases", product.aliases(), "summary", summary,
                "descriptionHtml", html(product.description(), ctx, product.origin()),
                "vendor", EntryViews.party(ctx, product.vendor()),
                "website", product.website().map(URI::toString).orElse(""),
                "categories", refs(ctx, product.categories(), catalogue::findCategory),
                "exportFormats", product.lockIn().exportFormats(), "apis", product.lockIn().apis(),
                "contract", ctx.text(product.lockIn().contract()), "notes", ctx.text(product.lockIn().notes()),
                "flags", EntryViews.flags(ctx, product.flags()),
                "autonomy", AutonomyProfile.of(ctx, product, alternatives), "alternatives", cards,
                "reviewed", product.reviewed().toString()));
    }

    private Page alternative(PageContext ctx, Alternative alternative) {
        List<Map<String, Object>> replaces = new ArrayList<>();
        for (var replacement : alternative.replaces()) {
            catalogue.findProduct(replacement.product().id()).ifPresent(product -> {
                Map<String, Object> item = link(ctx, product);
                item.put("fit", ctx.word("fit", replacement.fit()));
                item.put("gaps", ctx.text(replacement.gaps()));
                catalogue.findMigration(product.id() + "--" + alternative.id())
                        .ifPresent(guide -> item.put("guide", link(ctx, guide)));
                replaces.add(item);
            });
        }
        List<Map<String, Object>> mentioned = new ArrayList<>();
        guidesByAlternative.getOrDefault(alternative.id(), List.of()).forEach(m -> mentioned.add(link(ctx, m)));
        trainingByAlternative.getOrDefault(alternative.id(), List.of()).forEach(t -> mentioned.add(link(ctx, t)));
        topicsByAlternative.getOrDefault(alternative.id(), List.of()).forEach(t -> mentioned.add(link(ctx, t)));
        String summary = ctx.text(alternative.summary());
        return page(ctx, "alternative.ftlh", alternative.name(), summary, map(
                "name", alternative.name(), "aliases", alternative.aliases(), "summary", summary,
                "descriptionHtml", html(alternative.description(), ctx, alternative.origin()),
                "steward", EntryViews.party(ctx, alternative.steward()),
                "website", alternative.website().map(URI::toString).orElse(""),
                "sourceCode", alternative.sourceCode().map(URI::toString).orElse(""),
                "licence", EntryViews.licence(ctx, alternative.licence()),
                "standards", refs(ctx, alternative.standards(), catalogue::findStandard),
                "exportFormats", alternative.exportFormats(), "hosting", EntryViews.hosting(ctx, alternative.hosting()),
                "categories", refs(ctx, alternative.categories(), catalogue::findCategory),
                "replaces", replaces, "references", EntryViews.references(ctx, alternative.references()),
                "flags", EntryViews.flags(ctx, alternative.flags()), "autonomy", AutonomyProfile.of(ctx, alternative,
                        id -> catalogue.findStandard(id).map(Standard::name).orElse(id)),
                "mentioned", mentioned, "reviewed", alternative.reviewed().toString()));
    }

    private Page standard(PageContext ctx, Standard standard) {
        List<Alternative> supporting = alternativesByStandard.getOrDefault(standard.id(), List.of());
        String summary = ctx.text(standard.summary());
        return page(ctx, "standard.ftlh", standard.name(), summary, map(
                "name", standard.name(), "aliases", standard.aliases(), "summary", summary,
                "status", ctx.word("standard", standard.status()),
                "statusSource", standard.statusSource().map(URI::toString).orElse(""),
                "specification", standard.specification().map(URI::toString).orElse(""),
                "alternatives", links(ctx, supporting), "reviewed", standard.reviewed().toString()));
    }

    private Page migration(PageContext ctx, MigrationGuide guide) {
        MigrationGuide.Page page = guide.pages().in(ctx.language);
        ctx.fallsBack(guide.pages().fallsBack(ctx.language));
        boolean english = ctx.language == Language.EN && guide.pages().en().isPresent();
        return page(ctx, "migration.ftlh", page.title(), page.summary(), map(
                "name", page.title(), "summary", page.summary(),
                "from", catalogue.findProduct(guide.from().id()).map(p -> link(ctx, p)).orElseThrow(),
                "to", catalogue.findAlternative(guide.to().id()).map(a -> link(ctx, a)).orElseThrow(),
                "effort", ctx.word("effort", guide.effort()), "coexistence", page.coexistence().orElse(""),
                "training", refs(ctx, guide.training(), catalogue::findTraining), "sources", sources(guide.sources()),
                "html", body(page.body(), guide.origin(), english), "reviewed", guide.reviewed().toString(),
                "downloads", downloads(ctx, guide)));
    }

    private Page training(PageContext ctx, TrainingNote note) {
        TrainingNote.Page page = note.pages().in(ctx.language);
        ctx.fallsBack(note.pages().fallsBack(ctx.language));
        boolean english = ctx.language == Language.EN && note.pages().en().isPresent();
        List<Map<String, Object>> tasks = new ArrayList<>();
        page.tasks().forEach(task -> tasks.add(map("task", task.task(), "old", task.oldWay(), "new", task.newWay())));
        return page(ctx, "training.ftlh", page.title(), page.summary(), map(
                "name", page.title(), "summary", page.summary(), "audience", page.audience(),
                "duration", String.valueOf(note.durationMinutes()), "goals", page.goals(), "tasks", tasks,
                "alternative", catalogue.findAlternative(note.alternative().id()).map(a -> link(ctx, a)).orElseThrow(),
                "replaces", refs(ctx, note.replaces(), catalogue::findProduct),
                "html", body(page.body(), note.origin(), english), "reviewed", note.reviewed().toString(),
                "downloads", downloads(ctx, note)));
    }

    /**
     * Links to the entry's printable documents that the build made, with type and size; on an English
     * page of an entry without English text, to the Dutch ones.
     */
    private List<Map<String, Object>> downloads(PageContext ctx, Entry entry) {
        Language language = HandoutRenderer.written(entry, ctx.language) ? ctx.language : Language.NL;
        List<Map<String, Object>> links = new ArrayList<>();
        for (String format : List.of("pdf", "odt")) {
            String path = SitePaths.download(entry, language) + "." + format;
            Integer size = downloads.get(path);
            if (size != null) {
                links.add(map("href", ctx.link(path), "label", ctx.t("download." + format),
                        "type", format.equals("pdf") ? "application/pdf" : "application/vnd.oasis.opendocument.text",
                        "size", FileSizes.format(size, ctx.language), "lang", language == ctx.language ? "" : "nl",
                        "note", language == ctx.language ? "" : ctx.t("download.dutch")));
            }
        }
        return links;
    }

    private Page topic(PageContext ctx, Topic topic) {
        Topic.Page page = topic.pages().in(ctx.language);
        ctx.fallsBack(topic.pages().fallsBack(ctx.language));
        boolean english = ctx.language == Language.EN && topic.pages().en().isPresent();
        List<Map<String, Object>> related = new ArrayList<>();
        related.addAll(refs(ctx, topic.products(), catalogue::findProduct));
        related.addAll(refs(ctx, topic.alternatives(), catalogue::findAlternative));
        related.addAll(refs(ctx, topic.standards(), catalogue::findStandard));
        return page(ctx, "topic.ftlh", page.title(), page.summary(), map(
                "name", page.title(), "summary", page.summary(), "keywords", page.keywords(), "related", related,
                "sources", sources(topic.sources()), "html", body(page.body(), topic.origin(), english),
                "reviewed", topic.reviewed().toString()));
    }
}
