package nl.overstap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.overstap.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseCommandTest {
    @TempDir
    Path dir;

    private Path course(String text) throws IOException {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Files.createDirectories(dir.resolve("courses"));
        return Files.writeString(dir.resolve("courses/chat.yaml"), text);
    }

    private static final String COURSE = """
            title: Chatten in Element
            audience: Iedereen
            date: 2026-12-14
            parts:
              - training: element-basics
            """;

    @Test
    void makesTheMaterialAndListsTheFiles() throws IOException {
        Path file = course(COURSE);
        CliRun run = CliRun.of("course", file.toString(), "--catalogue", dir.resolve("catalogue").toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)made 4 files in \\d+ ms: .*out\\R  chat-spiekbrieven\\.pdf\\R  chat\\.html\\R"
                + "  chat\\.odt\\R  chat\\.pdf\\R"), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("out/chat.pdf")));
        assertEquals("", run.err());
    }

    @Test
    void problemsExitOneNameTheCourseFileAndWriteNothing() throws IOException {
        Path file = course(COURSE.replace("element-basics", "elemnt-basics"));
        CliRun run = CliRun.of("course", file.toString(), "--catalogue", dir.resolve("catalogue").toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().startsWith(file.toString().replace('\\', '/') + ":5:15: error: unknown training note "
                + "'elemnt-basics' (did you mean 'element-basics'?)"), run.out());
        assertTrue(run.out().endsWith("1 problem in 1 file; nothing was written\n"), run.out());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anOutputFolderHoldingTheCourseFileIsAUsageError() throws IOException {
        Path file = course(COURSE);
        CliRun run = CliRun.of("course", file.toString(), "--catalogue", dir.resolve("catalogue").toString(), "--out",
                dir.resolve("courses").toString());
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("overlaps"), run.err());
        assertTrue(Files.isRegularFile(file), "the course file is untouched");
    }

    @Test
    void withoutACourseFileItIsAUsageError() {
        CliRun run = CliRun.of("course");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Missing required parameter: 'COURSE.yaml'"), run.err());
    }
}
