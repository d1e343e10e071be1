package nl.overstap.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R10 and R11: one checked way to write, inside the output only, all or nothing. */
class SiteWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "/etc/passwd", "a/../../b", "a\\b", "c:/x", "a//b", "./a", "a/",
        "", "nul\0l", "a/./b"})
    void refusesPathsThatAreNotPlainAndInside(String path) {
        assertThrows(IllegalArgumentException.class, () -> SiteWriter.checkPath(path, new HashMap<>()));
    }

    @Test
    void refusesTwoFilesThatDifferOnlyInCase() {
        var seen = new HashMap<String, String>();
        SiteWriter.checkPath("nl/Over/index.html", seen);
        assertThrows(IllegalArgumentException.class, () -> SiteWriter.checkPath("nl/over/index.html", seen));
    }

    @Test
    void aFailureHalfwayLeavesTheOldOutputAndNoStagingFolder() throws IOException {
        Path out = dir.resolve("site");
        SortedMap<String, byte[]> good = new TreeMap<>();
        good.put("index.html", "old".getBytes());
        SiteWriter.publish(out, good);
        SortedMap<String, byte[]> bad = new TreeMap<>();
        bad.put("a.html", "new".getBytes());
        bad.put("b/index.html", "new".getBytes());
        bad.put("b", "a file where a folder must be".getBytes());
        assertThrows(IOException.class, () -> SiteWriter.publish(out, bad));
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("a.html")));
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of("site"), entries.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Provide
    Arbitrary<String> hostilePaths() {
        Arbitrary<String> segment = Arbitraries.of("..", ".", "", "a", "B", "nl", "%2e%2e", "\\", "/", "~", ":",
                "x.html", "\u0000", "C:", "..\\..", " ", "index.html");
        return segment.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("/", parts));
    }

    @Property(tries = 500)
    void noPathEverWritesOutsideTheOutput(@ForAll("hostilePaths") String path) throws IOException {
        Path root = Files.createTempDirectory("overstap-writer");
        try {
            Path out = root.resolve("out/site");
            SortedMap<String, byte[]> files = new TreeMap<>();
            files.put(path, new byte[] {1});
            try {
                SiteWriter.publish(out, files);
            } catch (IllegalArgumentException | IOException refused) {
                // refused is fine; escaping is not
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    assertTrue(file.startsWith(out), path + " wrote " + file);
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
