package nl.overstap.load;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.overstap.model.Markdown;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.TrainingNote;
import nl.overstap.model.Topic;
import nl.overstap.model.Translated;

/**
 * Reads Markdown entries (migration guides, training notes, topics) from their Dutch file and
 * optional English file. Language-neutral fields live in the Dutch file only.
 */
final class MarkdownEntries {
    private MarkdownEntries() {
    }

    /** One language file of an entry, read into fields. */
    record Part(Fields fields, Markdown body) {
    }

    static Optional<MigrationGuide> migration(String id, Part nl, Optional<Part> en) {
        Fields f = nl.fields();
        var checkedId = f.id("id", id, true);
        var from = f.ref("from");
        var to = f.ref("to");
        var effort = f.choice("effort", MigrationGuide.Effort.class);
        var training = f.refs("training");
        var sources = f.urls("sources");
        var reviewed = f.date("reviewed");
        from.ifPresent(ref -> to.ifPresent(target -> {
            if (!id.equals(ref.id() + "--" + target.id())) {
                f.problem(f.node("to").orElseThrow(), "id", "a guide from '" + ref.id() + "' to '" + target.id()
                        + "' must have the id '" + ref.id() + "--" + target.id() + "'");
            }
        }));
        var pages = pages(id, true, nl, en, MarkdownEntries::migrationPage);
        return YamlEntries.all(checkedId, from, to, effort, reviewed, pages)
                .map(ok -> new MigrationGuide(id, from.get(), to.get(), effort.get(), training, sources,
                        reviewed.get(), f.origin(), pages.get()));
    }

    /** Both language pages, or empty when either file has a problem; the English file's id is checked too. */
    private static <P> Optional<Translated<P>> pages(String id, boolean migration, Part nl, Optional<Part> en,
            Function<Part, Optional<P>> page) {
        Optional<P> dutch = page.apply(nl);
        Optional<Optional<P>> english = en.map(part -> {
            part.fields().id("id", id, migration);
            return page.apply(part);
        });
        if (dutch.isEmpty() || english.filter(Optional::isEmpty).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Translated<>(dutch.get(), english.flatMap(p -> p)));
    }

    private static Optional<MigrationGuide.Page> migrationPage(Part part) {
        Fields f = part.fields();
        var title = f.line("title", Fields.MAX_LINE);
        var summary = f.paragraph("summary", Fields.MAX_PARAGRAPH);
        var coexistence = f.paragraph("coexistence", Fields.MAX_PARAGRAPH);
        MarkdownFile.requireSections(part.body(), MigrationGuide.SECTIONS, f.path(), f.problems());
        return YamlEntries.all(title, summary)
                .map(ok -> new MigrationGuide.Page(title.get(), summary.get(), coexistence, part.body()));
    }

    static Optional<TrainingNote> training(String id, Part nl, Optional<Part> en) {
        Fields f = nl.fields();
        var checkedId = f.id("id", id, false);
        var duration = f.integer("duration", 5, 24 * 60);
        var alternative = f.ref("alternative");
        var replaces = f.refs("replaces");
        var reviewed = f.date("reviewed");
        var pages = pages(id, false, nl, en, MarkdownEntries::trainingPage);
        return YamlEntries.all(checkedId, alternative, reviewed, pages).filter(ok -> duration.isPresent())
                .map(ok -> new TrainingNote(id, duration.getAsInt(), alternative.get(), replaces, reviewed.get(),
                        f.origin(), pages.get()));
    }

    private static Optional<TrainingNote.Page> trainingPage(Part part) {
        Fields f = part.fields();
        var title = f.line("title", Fields.MAX_LINE);
        var summary = f.paragraph("summary", Fields.MAX_PARAGRAPH);
        var audience = f.paragraph("audience", Fields.MAX_PARAGRAPH);
        List<String> goals = f.lines("goals", Fields.MAX_PARAGRAPH);
        List<TrainingNote.Task> tasks = f.objects("tasks", Shapes.TASK, MarkdownEntries::task);
        MarkdownFile.requireSections(part.body(), TrainingNote.SECTIONS, f.path(), f.problems());
        return YamlEntries.all(title, summary, audience).map(ok -> new TrainingNote.Page(title.get(), summary.get(),
                audience.get(), goals, tasks, part.body()));
    }

    private static Optional<TrainingNote.Task> task(Fields f) {
        var task = f.line("task", Fields.MAX_LINE);
        var oldWay = f.paragraph("old", Fields.MAX_PARAGRAPH);
        var newWay = f.paragraph("new", Fields.MAX_PARAGRAPH);
        return YamlEntries.all(task, oldWay, newWay)
                .map(ok -> new TrainingNote.Task(task.get(), oldWay.get(), newWay.get()));
    }

    static Optional<Topic> topic(String id, Part nl, Optional<Part> en) {
        Fields f = nl.fields();
        var checkedId = f.id("id", id, false);
        var products = f.refs("products");
        var alternatives = f.refs("alternatives");
        var standards = f.refs("standards");
        var sources = f.urls("sources");
        var reviewed = f.date("reviewed");
        var pages = pages(id, false, nl, en, MarkdownEntries::topicPage);
        return YamlEntries.all(checkedId, reviewed, pages).map(ok -> new Topic(id, products, alternatives, standards,
                sources, reviewed.get(), f.origin(), pages.get()));
    }

    private static Optional<Topic.Page> topicPage(Part part) {
        Fields f = part.fields();
        var title = f.line("title", Fields.MAX_LINE);
        var summary = f.paragraph("summary", Fields.MAX_PARAGRAPH);
        var keywords = f.lines("keywords", Fields.MAX_LINE);
        return YamlEntries.all(title, summary)
                .map(ok -> new Topic.Page(title.get(), summary.get(), keywords, part.body()));
    }
}
