package nl.overstap.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.BuildRequest;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.benchmark.SyntheticCatalogue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R11: a build killed with SIGKILL while writing leaves the previous output exactly as it was,
 * whether the JVM that writes is killed or the first JVM that started it (which the second one
 * then follows at once).
 */
class KilledBuildTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"-Doverstap.jvm=as-started", "-Doverstap.jvm.test=started-as-users-do"})
    void killedBuildLeavesThePreviousOutputAndTheNextBuildCleansUp(String option) throws Exception {
        Path small = dir.resolve("small");
        Fixtures.write(small, Fixtures.VALID);
        Path out = dir.resolve("site");
        assertTrue(build(small, out));
        Map<String, String> before = hashes(out);

        Path large = dir.resolve("large");
        SyntheticCatalogue.write(large, 2_400);
        // Without guides and notes there are no PDFs to make first, so the child reaches writing as soon
        // as before; the larger catalogue keeps as many pages to write (about 2,100 entries).
        for (String folder : List.of("migrations", "training")) {
            SiteWriter.deleteTree(large.resolve(folder));
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), option,
                "-cp", System.getProperty("java.class.path"), "nl.overstap.cli.Overstap", "build", "--catalogue",
                large.toString(), "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.currentTimeMillis() + 60_000;
        Optional<Path> staging = Optional.empty();
        while (staging.isEmpty() && child.isAlive() && System.currentTimeMillis() < deadline) {
            staging = stagingFolder();
            Thread.sleep(20);
        }
        assertTrue(staging.isPresent(), "the child never started writing");
        // Kill as soon as some pages are staged: writing takes well under a second on a fast disk,
        // and a build that got to publish would prove nothing.
        while (child.isAlive() && staged(staging.get()) < 10 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1);
        }
        List<ProcessHandle> all = Stream.concat(Stream.of(child.toHandle()), child.descendants()).toList();
        assertEquals(option.endsWith("as-started") ? 1 : 2, all.size(), "JVMs of the build: " + all);
        child.destroyForcibly();
        for (ProcessHandle process : all) {
            process.onExit().get(10, TimeUnit.SECONDS);
        }

        assertEquals(before, hashes(out), "the previous output is untouched");
        assertTrue(build(small, out));
        assertEquals(before, hashes(out));
        assertTrue(stagingFolder().isEmpty(), "the killed build's staging folder was cleared");
    }

    private static long staged(Path staging) {
        try (Stream<Path> files = Files.walk(staging)) {
            return files.limit(20).count();
        } catch (Exception e) {
            return 0; // the folder is being written or already renamed
        }
    }

    private Optional<Path> stagingFolder() throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).findFirst();
        }
    }

    private static boolean build(Path catalogue, Path out) {
        return Generator.build(new BuildRequest(new LoadRequest(List.of(catalogue)), out, Optional.empty(),
                Optional.empty(), false)).ok();
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString().replace(File.separatorChar, '/'), HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }
}
