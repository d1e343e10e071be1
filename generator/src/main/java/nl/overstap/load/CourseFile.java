package nl.overstap.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.overstap.model.Course;
import nl.overstap.model.Language;
import nl.overstap.model.Ref;
import nl.overstap.problem.Problems;

/**
 * Reads a trainer's course file with the catalogue's own reader and rules: strict UTF-8, the
 * hardened YAML reader, unknown and missing fields reported with {@code path:line:column}.
 * Whether its training notes and topics exist is checked against the catalogue afterwards.
 */
public final class CourseFile {
    static final int MAX_TEXT = Fields.MAX_DESCRIPTION;

    private CourseFile() {
    }

    /**
     * Reads {@code file}, naming it {@code shown} in problems.
     *
     * @return the course, or empty when the file had any problem (all of them are in {@code problems})
     */
    public static Optional<Course> read(Path file, String shown, Problems problems) {
        Problems found = new Problems();
        Optional<Course> course = bytes(file, shown, found)
                .flatMap(bytes -> SourceText.decode(bytes, shown, found))
                .flatMap(text -> YamlReader.read(text, shown, 0, found)
                        .flatMap(root -> Fields.of(root, Shapes.COURSE, shown, found, ""))
                        .flatMap(fields -> course(fields, text)));
        problems.addAll(found);
        return found.isEmpty() ? course : Optional.empty();
    }

    private static Optional<byte[]> bytes(Path file, String shown, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(shown, 0, 0, "io", "there is no course file here");
            return Optional.empty();
        }
        // The user names this file, so a symbolic link to it is fine; its size is bounded like a catalogue file's.
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(CatalogueFiles.MAX_FILE_BYTES + 1);
            if (bytes.length > CatalogueFiles.MAX_FILE_BYTES) {
                problems.add(shown, 0, 0, "file-size", "the file is larger than " + CatalogueFiles.MAX_FILE_BYTES / 1024
                        + " KiB");
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(shown, 0, 0, "io", "cannot be read: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Optional<Course> course(Fields f, String source) {
        var title = f.line("title", Fields.MAX_LINE);
        var subtitle = f.line("subtitle", Fields.MAX_LINE);
        var language = f.has("language") ? f.choice("language", Language.class) : Optional.of(Language.NL);
        var audience = f.paragraph("audience", Fields.MAX_PARAGRAPH);
        var date = f.date("date");
        var trainer = f.line("trainer", Fields.MAX_LINE);
        var organisation = f.line("organisation", Fields.MAX_LINE);
        var introduction = markdown(f, "introduction", source);
        var trainerNotes = f.bool("trainerNotes");
        List<Course.Part> parts = f.objects("parts", Shapes.COURSE_PART, part -> part(part, source));
        f.node("parts").filter(n -> n instanceof YamlNode.Sequence s && s.items().isEmpty())
                .ifPresent(n -> f.problem(n, "empty-field", "field 'parts' needs at least one training note, topic "
                        + "or text"));
        checkRepeats(f, parts);
        return YamlEntries.all(title, language, audience, date).filter(ok -> f.problems().isEmpty())
                .map(ok -> new Course(title.get(), subtitle, language.get(), audience.get(), date.get(), trainer,
                        organisation, introduction, trainerNotes.orElse(false), parts, f.origin()));
    }

    /** One of {@code training: ID}, {@code topic: ID}, or {@code title} with {@code text}. */
    private static Optional<Course.Part> part(Fields f, String source) {
        boolean training = f.has("training");
        boolean topic = f.has("topic");
        boolean own = f.has("title") || f.has("text");
        if ((training ? 1 : 0) + (topic ? 1 : 0) + (own ? 1 : 0) != 1) {
            var at = f.origin();
            f.problems().add(at.path(), at.line(), at.column(), "course-part", "a part is either 'training: ID', "
                    + "'topic: ID', or a 'title' with a 'text' of your own; this one has "
                    + (training && topic ? "both 'training' and 'topic'" : own && (training || topic)
                            ? "a 'title' or 'text' beside '" + (training ? "training" : "topic") + "'" : "neither"));
            return Optional.empty();
        }
        if (training) {
            return f.ref("training").map(Course.Training::new);
        }
        if (topic) {
            return f.ref("topic").map(Course.Topic::new);
        }
        var title = f.line("title", Fields.MAX_LINE);
        var text = markdown(f, "text", source);
        for (String key : List.of("title", "text")) {
            if (!f.has(key)) {
                var at = f.origin();
                f.problems().add(at.path(), at.line(), at.column(), "missing-field", "a part of your own needs a '"
                        + key + "' beside its '" + (key.equals("title") ? "text" : "title") + "'");
            }
        }
        return YamlEntries.all(title, text).map(ok -> new Course.Own(title.get(), text.get()));
    }

    /** Markdown, with the line its text starts on: below the {@code |} or {@code >} of a block. */
    private static Optional<Course.Text> markdown(Fields f, String key, String source) {
        Optional<YamlNode> node = f.node(key);
        return f.paragraph(key, MAX_TEXT).map(text -> {
            YamlNode.Position at = node.orElseThrow().at();
            int indicator = codePointAt(source, at);
            return new Course.Text(text, at.line() + (indicator == '|' || indicator == '>' ? 1 : 0));
        });
    }

    /** The character at a node's position (line and column in code points), or -1. */
    private static int codePointAt(String source, YamlNode.Position at) {
        int index = 0;
        for (int line = 1; line < at.line(); line++) {
            index = source.indexOf('\n', index) + 1;
            if (index == 0) {
                return -1;
            }
        }
        int end = source.indexOf('\n', index) < 0 ? source.length() : source.indexOf('\n', index);
        if (source.codePointCount(index, end) < at.column()) {
            return -1;
        }
        return source.codePointAt(source.offsetByCodePoints(index, at.column() - 1));
    }

    private static void checkRepeats(Fields f, List<Course.Part> parts) {
        Set<String> seen = new HashSet<>();
        for (Course.Part part : parts) {
            Ref ref = part instanceof Course.Training t ? t.note() : part instanceof Course.Topic t ? t.topic() : null;
            if (ref != null && !seen.add(ref.id())) {
                f.problems().add(ref.at().path(), ref.at().line(), ref.at().column(), "repeated", "'" + ref.id()
                        + "' is already a part of this course");
            }
        }
    }
}
