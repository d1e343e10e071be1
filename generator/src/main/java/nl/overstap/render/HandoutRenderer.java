package nl.overstap.render;

import static nl.overstap.render.PageContext.map;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Course;
import nl.overstap.model.Entry;
import nl.overstap.model.Language;
import nl.overstap.model.Markdown;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Origin;
import nl.overstap.model.Topic;
import nl.overstap.model.TrainingNote;
import nl.overstap.problem.Problems;
import nl.overstap.site.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * Renders printable documents as HTML for the document stage: a download of every training note
 * and migration guide, and a trainer's course booklet and cheat sheets. Templates are the
 * {@code handout*.ftlh}, {@code booklet.ftlh} and {@code cheatsheets.ftlh}; a theme may replace
 * them and {@code assets/handout.css}.
 */
public final class HandoutRenderer implements AutoCloseable {
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final boolean ownMarkdown;
    private final String css;
    private final Map<Language, Ui> ui = Map.of(Language.NL, Ui.of(Language.NL), Language.EN, Ui.of(Language.EN));

    public HandoutRenderer(Optional<Path> theme) {
        this(theme, new MarkdownRenderer(), true);
    }

    /** Renders Markdown with {@code markdown}, shared with the pages of the same build; the caller closes it. */
    public HandoutRenderer(Optional<Path> theme, MarkdownRenderer markdown) {
        this(theme, markdown, false);
    }

    private HandoutRenderer(Optional<Path> theme, MarkdownRenderer markdown, boolean ownMarkdown) {
        this.templates = new Templates(theme);
        this.css = stylesheet(theme);
        this.markdown = markdown;
        this.ownMarkdown = ownMarkdown;
    }

    /**
     * A course's documents.
     *
     * @param booklet     the booklet; its HTML, stylesheet inline, is also the course's web page
     * @param cheatSheets the cheat sheets of its training notes, one to a page; empty when none has one
     */
    public record CourseHandouts(Handout booklet, Optional<Handout> cheatSheets) {
    }

    /**
     * A document for every training note and migration guide, in each language it is written in
     * (an English page without English text links the Dutch document), named {@link SitePaths#download}.
     *
     * @return the documents; those whose Markdown had a problem are left out and the problem reported
     */
    public List<Handout> site(Catalogue catalogue, List<Language> languages, Problems problems) {
        List<Entry> entries = new ArrayList<>(catalogue.training());
        entries.addAll(catalogue.migrations());
        return entries.parallelStream()
                .flatMap(entry -> Stream.of(Language.values()).filter(language -> needed(entry, language, languages))
                        .map(language -> siteHandout(entry, language, catalogue, problems)))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Whether a site in {@code languages} has documents of {@code entry} in {@code language}: when
     * written in it and that language is built. An English page that falls back to Dutch links the
     * Dutch documents only when Dutch is built too; a site never holds a tree it was not asked for.
     */
    static boolean needed(Entry entry, Language language, List<Language> languages) {
        return written(entry, language) && languages.contains(language);
    }

    /** Whether {@code entry} has its own text in {@code language}. */
    public static boolean written(Entry entry, Language language) {
        if (entry instanceof TrainingNote note) {
            return !note.pages().fallsBack(language);
        }
        return !((MigrationGuide) entry).pages().fallsBack(language);
    }

    private Optional<Handout> siteHandout(Entry entry, Language language, Catalogue catalogue, Problems problems) {
        Ui texts = ui.get(language);
        String name = SitePaths.download(entry, language);
        Map<String, Object> model;
        String title;
        String summary;
        if (entry instanceof TrainingNote note) {
            TrainingNote.Page page = note.pages().in(language);
            title = page.title();
            summary = page.summary();
            String body = HandoutHtml.adapt(html(page.body().source(), origin(note.origin(), language),
                    page.body().firstLine(), problems), 0, "");
            model = map("kind", texts.get("handout.training"), "note", note(note, language, body, ""),
                    "sources", List.of());
        } else {
            MigrationGuide guide = (MigrationGuide) entry;
            MigrationGuide.Page page = guide.pages().in(language);
            title = page.title();
            summary = page.summary();
            String body = HandoutHtml.adapt(html(page.body().source(), origin(guide.origin(), language),
                    page.body().firstLine(), problems), 0, "");
            model = map("kind", texts.get("handout.migration"), "note", guide(guide, language, catalogue, body),
                    "sources", guide.sources().stream().map(Object::toString).toList());
        }
        model.put("colophon", texts.get("handout.colophon").replace("{0}", entry.reviewed().toString()));
        return render("handout-entry.ftlh", name, title, summary, texts.get("site.name"), language, entry.reviewed(),
                model, problems);
    }

    /**
     * The documents of {@code course}, whose references are known to resolve; named {@code name}, and
     * {@code name-spiekbrieven} (or {@code name-cheat-sheets}) for the cheat sheets.
     *
     * @return the documents, or empty after reporting a problem in the course's Markdown
     */
    public Optional<CourseHandouts> course(Course course, Catalogue catalogue, String name, Problems problems) {
        Language language = course.language();
        Ui texts = ui.get(language);
        List<Map<String, Object>> parts = new ArrayList<>();
        List<Map<String, Object>> sheets = new ArrayList<>();
        int minutes = 0;
        for (int i = 0; i < course.parts().size(); i++) {
            Course.Part part = course.parts().get(i);
            String anchor = "part-" + (i + 1);
            if (part instanceof Course.Training training) {
                TrainingNote note = catalogue.findTraining(training.note().id()).orElseThrow();
                minutes += note.durationMinutes();
                parts.add(trainingPart(note, language, course.trainerNotes(), anchor, texts, problems));
                sheet(note, language, anchor, problems).ifPresent(sheets::add);
            } else if (part instanceof Course.Topic ref) {
                parts.add(topicPart(catalogue.findTopic(ref.topic().id()).orElseThrow(), language, anchor, texts,
                        problems));
            } else {
                Course.Own own = (Course.Own) part;
                String body = HandoutHtml.adapt(html(own.text().markdown(), course.origin().path(),
                        own.text().firstLine(), problems), 1, anchor + "-");
                parts.add(map("anchor", anchor, "kind", "", "title", own.title(), "lang", "", "fallback", false,
                        "note", map("id", anchor + "-", "summary", "", "facts", List.of(), "goals", List.of(),
                                "tasks", List.of(), "bodyHtml", body)));
            }
        }
        String introduction = course.introduction().map(text -> HandoutHtml.adapt(html(text.markdown(),
                course.origin().path(), text.firstLine(), problems), 1, "introduction-")).orElse("");
        Map<String, Object> booklet = map("subtitle", course.subtitle().orElse(""),
                "facts", courseFacts(course, minutes, texts), "introductionHtml", introduction, "parts", parts);
        String author = course.trainer().orElse(texts.get("site.name"));
        String description = course.subtitle().orElse(course.audience());
        Optional<Handout> print = render("booklet.ftlh", name, course.title(), description, author, language,
                course.date(), booklet, problems);
        String sheetsTitle = texts.get("course.cheatsheets") + ": " + course.title();
        Optional<Handout> cheatSheets = sheets.isEmpty() ? Optional.empty()
                : render("cheatsheets.ftlh", name + "-" + texts.get("course.cheatsheets.file"), sheetsTitle,
                        description, author, language, course.date(), map("sheets", sheets), problems);
        if (print.isEmpty() || !sheets.isEmpty() && cheatSheets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CourseHandouts(print.get(), cheatSheets));
    }

    private Map<String, Object> trainingPart(TrainingNote note, Language language, boolean trainerNotes,
            String anchor, Ui texts, Problems problems) {
        TrainingNote.Page page = note.pages().in(language);
        MarkdownSlices.Slice body = trainerNotes ? new MarkdownSlices.Slice(page.body().source(), page.body().firstLine())
                : MarkdownSlices.without(page.body(), Set.of("trainer"));
        String html = html(body.source(), origin(note.origin(), language), body.firstLine(), problems);
        Map<String, Object> view = note(note, language, HandoutHtml.adapt(html, 1, anchor + "-"), anchor + "-");
        boolean fallback = note.pages().fallsBack(language);
        return map("anchor", anchor, "kind", texts.get("course.part.training"), "title", page.title(),
                "lang", fallback ? "nl" : "", "fallback", fallback, "note", view);
    }

    private Map<String, Object> topicPart(Topic topic, Language language, String anchor, Ui texts,
            Problems problems) {
        Topic.Page page = topic.pages().in(language);
        String html = html(page.body().source(), origin(topic.origin(), language), page.body().firstLine(), problems);
        boolean fallback = topic.pages().fallsBack(language);
        return map("anchor", anchor, "kind", texts.get("course.part.topic"), "title", page.title(),
                "lang", fallback ? "nl" : "", "fallback", fallback,
                "note", map("id", anchor + "-", "summary", page.summary(), "facts", List.of(), "goals", List.of(),
                        "tasks", List.of(), "bodyHtml", HandoutHtml.adapt(html, 1, anchor + "-")));
    }

    private Optional<Map<String, Object>> sheet(TrainingNote note, Language language, String anchor,
            Problems problems) {
        TrainingNote.Page page = note.pages().in(language);
        return MarkdownSlices.section(page.body(), "cheatsheet").map(slice -> map("anchor", anchor,
                "title", page.title(), "lang", note.pages().fallsBack(language) ? "nl" : "",
                "bodyHtml", HandoutHtml.adapt(html(slice.source(), origin(note.origin(), language), slice.firstLine(),
                        problems), 1, anchor + "-")));
    }

    private static List<Map<String, Object>> courseFacts(Course course, int minutes, Ui texts) {
        Locale locale = Locale.forLanguageTag(course.language().tag());
        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(fact(texts.get("label.audience"), course.audience()));
        facts.add(fact(texts.get("course.date"), course.date().format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale))));
        course.trainer().ifPresent(trainer -> facts.add(fact(texts.get("course.trainer"), trainer)));
        course.organisation().ifPresent(o -> facts.add(fact(texts.get("label.organisation"), o)));
        if (minutes > 0) {
            facts.add(fact(texts.get("course.duration"), minutes + " " + texts.get("label.minutes")));
        }
        return facts;
    }

    /** A training note's view for handout.ftlh's {@code note} macro. */
    private Map<String, Object> note(TrainingNote note, Language language, String bodyHtml, String idPrefix) {
        TrainingNote.Page page = note.pages().in(language);
        Ui texts = ui.get(language);
        List<Map<String, Object>> tasks = new ArrayList<>();
        page.tasks().forEach(task -> tasks.add(map("task", task.task(), "old", task.oldWay(), "new", task.newWay())));
        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(fact(texts.get("label.audience"), page.audience()));
        facts.add(fact(texts.get("label.duration"), note.durationMinutes() + " " + texts.get("label.minutes")));
        return map("id", idPrefix, "summary", page.summary(), "facts", facts, "goals", page.goals(), "tasks", tasks,
                "bodyHtml", bodyHtml);
    }

    private Map<String, Object> guide(MigrationGuide guide, Language language, Catalogue catalogue, String bodyHtml) {
        MigrationGuide.Page page = guide.pages().in(language);
        Ui texts = ui.get(language);
        List<Map<String, Object>> facts = new ArrayList<>();
        catalogue.findProduct(guide.from().id()).ifPresent(p -> facts.add(fact(texts.get("label.from"), p.name())));
        catalogue.findAlternative(guide.to().id()).ifPresent(a -> facts.add(fact(texts.get("label.to"), a.name())));
        facts.add(fact(texts.get("label.effort"), texts.get("effort." + guide.effort().name().toLowerCase(Locale.ROOT))));
        page.coexistence().ifPresent(text -> facts.add(fact(texts.get("label.coexistence"), text)));
        List<String> training = guide.training().stream().flatMap(ref -> catalogue.findTraining(ref.id()).stream())
                .map(note -> note.pages().in(language).title()).toList();
        if (!training.isEmpty()) {
            facts.add(fact(texts.get("label.training"), String.join(", ", training)));
        }
        return map("id", "", "summary", page.summary(), "facts", facts, "goals", List.of(), "tasks", List.of(),
                "bodyHtml", bodyHtml);
    }

    private static Map<String, Object> fact(String label, String value) {
        return map("label", label, "value", value);
    }

    /** The file a language's text comes from: the Dutch file's origin, or its English sibling. */
    private static String origin(Origin dutch, Language language) {
        return language == Language.EN ? dutch.path().replaceFirst("\\.nl\\.md$", ".en.md") : dutch.path();
    }

    private String html(String source, String path, int firstLine, Problems problems) {
        return markdown.render(source, path, firstLine, problems).orElse("");
    }

    private Optional<Handout> render(String template, String name, String title, String description, String author,
            Language language, LocalDate date, Map<String, Object> body, Problems problems) {
        Map<String, Object> model = map("lang", language.tag(), "title", title, "description", description,
                "author", author, "t", ui.get(language).all());
        model.putAll(body);
        try {
            Document document = Jsoup.parse(templates.render(template, model));
            document.outputSettings().prettyPrint(false);
            document.head().appendElement("style").appendChild(new DataNode(css));
            return Optional.of(new Handout(name, title, description, language, date, document.outerHtml()));
        } catch (IOException | TemplateException e) {
            synchronized (problems) {
                problems.add("templates/" + template, 0, 0, "template", e.getMessage().lines().findFirst().orElse(""));
            }
            return Optional.empty();
        }
    }

    private static String stylesheet(Optional<Path> theme) {
        Optional<Path> own = theme.map(folder -> folder.resolve("assets/handout.css"))
                .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
        try {
            if (own.isPresent()) {
                return Files.readString(own.get(), StandardCharsets.UTF_8);
            }
            try (InputStream in = HandoutRenderer.class.getResourceAsStream("handout/handout.css")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (ownMarkdown) {
            markdown.close();
        }
    }
}
