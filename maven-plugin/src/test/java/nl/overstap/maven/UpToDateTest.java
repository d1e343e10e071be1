package nl.overstap.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the build goal may skip: inputs by content, output by path, size and time. */
class UpToDateTest {
    @TempDir
    Path dir;

    private Path catalogue;
    private Path jar;
    private Path out;
    private UpToDate upToDate;
    private final List<String> parameters = List.of("languages=[NL, EN]", "reviewDate=2026-11-29");

    @BeforeEach
    void lastBuild() throws IOException {
        catalogue = Files.createDirectories(dir.resolve("catalogue/products"));
        Files.writeString(catalogue.resolve("zoom.yaml"), "id: zoom\n");
        jar = Files.writeString(dir.resolve("overstap-catalogue.jar"), "jar bytes");
        out = Files.createDirectories(dir.resolve("target/site/nl"));
        Files.writeString(out.resolve("index.html"), "<html>");
        upToDate = new UpToDate(dir.resolve("target/state/default.txt"));
        upToDate.save(inputs(), List.of(out));
    }

    private String inputs() throws IOException {
        return UpToDate.inputs(parameters, List.of(jar, catalogue.getParent()));
    }

    @Test
    void unchangedInputsAndOutputAreUpToDate() throws IOException {
        assertTrue(upToDate.matches(inputs(), List.of(out)));
    }

    @Test
    void touchingAFileWithoutChangingItKeepsItUpToDate() throws IOException {
        Files.setLastModifiedTime(catalogue.resolve("zoom.yaml"), FileTime.fromMillis(0));
        Files.writeString(jar, "jar bytes");
        assertTrue(upToDate.matches(inputs(), List.of(out)));
    }

    @Test
    void changedAddedOrRemovedInputFilesAreNot() throws IOException {
        Files.writeString(catalogue.resolve("zoom.yaml"), "id: zoom\nname: Zoom\n");
        assertFalse(upToDate.matches(inputs(), List.of(out)), "edited");
        lastBuild();
        Files.writeString(catalogue.resolve("teams.yaml"), "id: teams\n");
        assertFalse(upToDate.matches(inputs(), List.of(out)), "added");
        lastBuild();
        Files.delete(catalogue.resolve("zoom.yaml"));
        assertFalse(upToDate.matches(inputs(), List.of(out)), "removed");
        lastBuild();
        Files.writeString(jar, "other jar bytes");
        assertFalse(upToDate.matches(inputs(), List.of(out)), "a new catalogue jar");
    }

    @Test
    void changedParameterIsNot() throws IOException {
        String otherDate = UpToDate.inputs(List.of("languages=[NL, EN]", "reviewDate=2026-11-30"),
                List.of(jar, catalogue.getParent()));
        assertFalse(upToDate.matches(otherDate, List.of(out)));
    }

    @Test
    void deletedOrEditedOutputIsNot() throws IOException {
        Files.writeString(out.resolve("index.html"), "<html lang=\"nl\">");
        assertFalse(upToDate.matches(inputs(), List.of(out)), "edited page");
        lastBuild();
        Files.delete(out.resolve("index.html"));
        assertFalse(upToDate.matches(inputs(), List.of(out)), "deleted page");
    }

    @Test
    void withoutARecordNothingIsUpToDate() throws IOException {
        Files.delete(dir.resolve("target/state/default.txt"));
        assertFalse(upToDate.matches(inputs(), List.of(out)));
    }
}
