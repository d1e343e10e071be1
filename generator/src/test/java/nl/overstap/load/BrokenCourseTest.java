package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.CourseRequest;
import nl.overstap.Generator.CourseResult;
import nl.overstap.Generator.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A trainer's course file gets the catalogue's treatment: each case breaks the valid course in one
 * way and names every problem it must cause, as {@code course.yaml:line:column: message}.
 */
class BrokenCourseTest {
    static final String VALID = """
            title: Overstappen op Element
            audience: Iedereen van team Publiekszaken
            date: 2026-12-14
            parts:
              - training: element-basics
              - topic: continuity-plan
              - title: Afspraken
                text: |
                  Eigen **tekst**.

                  - met een lijst
            """;

    @TempDir
    Path dir;

    private CourseResult course(String text) throws IOException {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Path file = dir.resolve("course.yaml");
        Files.writeString(file, text);
        return Generator.course(new CourseRequest(new LoadRequest(List.of(dir.resolve("catalogue"))), file,
                dir.resolve("out")));
    }

    @Test
    void validCourseMakesItsFilesAndReportsNothing() throws IOException {
        CourseResult result = course(VALID);
        assertEquals(List.of(), result.problems().sorted());
        assertEquals(List.of("course-spiekbrieven.pdf", "course.html", "course.odt", "course.pdf"), result.files());
        for (String file : result.files()) {
            assertTrue(Files.size(dir.resolve("out").resolve(file)) > 1000, file);
        }
    }

    record Case(String name, String text, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("unknown training note, with a hint", VALID.replace("training: element-basics",
                        "training: element-basic"),
                        List.of("5:15: unknown training note 'element-basic' (did you mean 'element-basics'?)")),
                new Case("unknown topic", VALID.replace("topic: continuity-plan", "topic: noodplan"),
                        List.of("6:12: unknown topic 'noodplan'")),
                new Case("a topic named as a training note", VALID.replace("topic: continuity-plan",
                        "training: continuity-plan"),
                        List.of("6:15: 'continuity-plan' is a topic, not a training note; write 'topic: "
                                + "continuity-plan'")),
                new Case("missing title", VALID.replace("title: Overstappen op Element\n", ""),
                        List.of("1:1: missing required field 'title'")),
                new Case("misspelt field", VALID.replace("audience:", "audiense:"),
                        List.of("1:1: missing required field 'audience'",
                                "2:1: unknown field 'audiense'; did you mean 'audience'?")),
                new Case("date not ISO", VALID.replace("2026-12-14", "14-12-2026"),
                        List.of("3:7: field 'date' must be a date written YYYY-MM-DD, found '14-12-2026'")),
                new Case("language not known", VALID.replace("date:", "language: de\ndate:"),
                        List.of("3:11: field 'language' must be one of nl, en; found 'de'")),
                new Case("yes is not a boolean here", VALID.replace("date:", "trainerNotes: yes\ndate:"),
                        List.of("3:15: field 'trainerNotes' must be true or false, found 'yes'")),
                new Case("no parts", VALID.substring(0, VALID.indexOf("parts:")) + "parts: []\n",
                        List.of("4:8: field 'parts' needs at least one training note, topic or text")),
                new Case("a part with two kinds", VALID.replace("  - topic: continuity-plan",
                        "  - topic: continuity-plan\n    training: element-basics"),
                        List.of("6:5: a part is either 'training: ID', 'topic: ID', or a 'title' with a 'text' of "
                                + "your own; this one has both 'training' and 'topic'")),
                new Case("own text without a text", VALID.substring(0, VALID.indexOf("    text:")),
                        List.of("7:5: a part of your own needs a 'text' beside its 'title'")),
                new Case("the same note twice", VALID + "  - training: element-basics\n",
                        List.of("12:15: 'element-basics' is already a part of this course")),
                new Case("unknown field in a part", VALID.replace("  - topic: continuity-plan",
                        "  - topic: continuity-plan\n    minutes: 20"),
                        List.of("7:5: unknown field 'parts[2].minutes'; allowed: training, topic, title, text")),
                new Case("unsafe link in own text, on its line", VALID.replace("      - met een lijst",
                        "      - met een [link](javascript:alert(1))"),
                        List.of("11:1: links may use http, https and mailto only, not 'javascript:'")),
                new Case("YAML tags refused as in the catalogue", VALID.replace("title: Overstappen",
                        "title: !!str Overstappen"),
                        List.of("1:8: tags ('tag:yaml.org,2002:str') are not allowed")),
                new Case("not a mapping", "- training: element-basics\n",
                        List.of("1:1: the file must be a mapping of fields (title, audience, date, parts, ...), "
                                + "found a list")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEachProblemAtItsPlace(Case broken) throws IOException {
        CourseResult result = course(broken.text());
        assertFalse(result.ok());
        String prefix = dir.resolve("course.yaml").toString().replace('\\', '/') + ":";
        List<String> actual = result.problems().sorted().stream().map(p -> {
            assertTrue(p.format().startsWith(prefix), p.format());
            return p.line() + ":" + p.column() + ": " + p.message();
        }).toList();
        assertEquals(broken.expected().size(), actual.size(), actual.toString());
        for (int i = 0; i < actual.size(); i++) {
            assertTrue(actual.get(i).startsWith(broken.expected().get(i)), "expected " + broken.expected().get(i)
                    + "\n but got " + actual.get(i));
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written when there is a problem");
    }

    @Test
    void aMissingCourseFileIsAProblemNotACrash() {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        CourseResult result = Generator.course(new CourseRequest(new LoadRequest(List.of(dir.resolve("catalogue"))),
                dir.resolve("nothing.yaml"), dir.resolve("out")));
        assertEquals(List.of("nothing.yaml:0:0: error: there is no course file here"), result.problems().sorted()
                .stream().map(p -> p.format().substring(p.format().lastIndexOf('/') + 1)).toList());
    }
}
