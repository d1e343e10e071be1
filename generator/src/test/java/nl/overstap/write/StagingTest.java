package nl.overstap.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site written in batches in the background becomes the output only when published. */
class StagingTest {
    @TempDir
    Path dir;

    private static SortedMap<String, byte[]> files(String... pathsAndTexts) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void batchesBecomeTheOutputTogetherWhenPublished() throws IOException {
        Path out = dir.resolve("site");
        SiteWriter.publish(out, files("index.html", "old", "nl/oud/index.html", "weg"));
        try (Staging staging = SiteWriter.stage(out)) {
            SortedMap<String, byte[]> pages = files("index.html", "new", "nl/producten/zoom/index.html", "zoom");
            staging.add(pages);
            // The caller goes on with its map; what was handed over stays as it was.
            pages.put("nl/later.html", "later".getBytes(StandardCharsets.UTF_8));
            staging.add(files("search/nl/a.json", "[]", "nl/producten/teams/index.html", "teams"));
            assertEquals("old", Files.readString(out.resolve("index.html")), "not published yet");
            staging.publish();
        }
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals("teams", Files.readString(out.resolve("nl/producten/teams/index.html")));
        assertEquals("[]", Files.readString(out.resolve("search/nl/a.json")));
        assertEquals(List.of(), List.of(out.resolve("nl/oud"), out.resolve("nl/later.html")).stream()
                .filter(Files::exists).toList(), "nothing of the old output or of later edits");
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aRebuildTakesOverUnchangedFilesAndWritesOnlyWhatChanged() throws IOException {
        Path out = dir.resolve("site");
        SiteWriter.publish(out, files("same.html", "same", "changed.html", "before", "edited.html", "as built"));
        FileTime built = FileTime.from(Instant.parse("2026-01-02T03:04:05Z"));
        for (String name : List.of("same.html", "changed.html")) {
            Files.setLastModifiedTime(out.resolve(name), built);
        }
        Object sameFile = fileKey(out.resolve("same.html"));
        // Somebody edited the output by hand: it no longer matches what the build makes.
        Files.writeString(out.resolve("edited.html"), "by hand");
        try (Staging staging = SiteWriter.stage(out)) {
            staging.add(files("same.html", "same", "changed.html", "after", "edited.html", "as built"));
            staging.publish();
        }
        assertEquals("same", Files.readString(out.resolve("same.html")));
        assertEquals(sameFile, fileKey(out.resolve("same.html")), "the very file of the previous output");
        assertEquals(built, Files.getLastModifiedTime(out.resolve("same.html")), "an unchanged file keeps its time");
        assertEquals("after", Files.readString(out.resolve("changed.html")));
        assertNotEquals(built, Files.getLastModifiedTime(out.resolve("changed.html")));
        assertEquals("as built", Files.readString(out.resolve("edited.html")));
        assertEquals(List.of("site"), siblings());
    }

    private static Object fileKey(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assumeTrue(key != null, "this file system tells no file identity");
        return key;
    }

    @Test
    void aTakenOverFileOfAnUnpublishedBuildLeavesThePreviousOutputWhole() throws IOException {
        assertComesToNothing(staging -> staging.add(files("index.html", "old", "nl/index.html", "new")));
    }

    /** What a test does with a staging over an earlier output, which must come to nothing. */
    private interface Attempt {
        void on(Staging staging) throws IOException;
    }

    /** Publishes an old output, makes the attempt, and checks the old output stands alone. */
    private void assertComesToNothing(Attempt attempt) throws IOException {
        Path out = dir.resolve("site");
        SiteWriter.publish(out, files("index.html", "old"));
        try (Staging staging = SiteWriter.stage(out)) {
            attempt.on(staging);
        }
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void closedWithoutPublishingItLeavesThePreviousOutputAndNothingElse() throws IOException {
        assertComesToNothing(staging -> staging.add(files("index.html", "new", "nl/a/b/c/index.html", "deep")));
    }

    @Test
    void aBadPathInALaterBatchIsRefusedAndNothingIsPublished() throws IOException {
        assertComesToNothing(staging -> {
            staging.add(files("nl/Over/index.html", "a"));
            assertThrows(IllegalArgumentException.class, () -> staging.add(files("nl/over/index.html", "b")));
            assertThrows(IllegalArgumentException.class, () -> staging.add(files("../escape.html", "c")));
        });
    }

    @Test
    void aFailedWriteIsThrownByPublishAndTheOldOutputStays() throws IOException {
        assertComesToNothing(staging -> {
            staging.add(files("b", "a file where a folder must be"));
            staging.add(files("b/index.html", "new"));
            assertThrows(IOException.class, staging::publish);
        });
    }
}
