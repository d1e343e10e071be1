package nl.overstap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.overstap.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code target/overstap.jar} in its own JVM, the way the README tells users to. */
class OverstapJarIT {
    private static final Path JAR = Path.of("target", "overstap.jar");

    @TempDir
    Path dir;

    record Result(int code, String output) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    /** Runs the jar in a JVM with {@code options} (such as another default locale) before {@code -jar}. */
    private static Result java(List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "overstap did not finish");
        return new Result(process.exitValue(), output);
    }

    @Test
    void validatesTheCatalogueBundledInTheJar() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "package the jar first");
        Result result = java("validate", "--today", "2026-12-02");
        assertEquals(0, result.code(), result.output());
        assertTrue(result.output().matches("no problems: \\d+ entries in \\d+ files\\R"), result.output());
    }

    @Test
    void reportsProblemsOfAGivenFolderWithExitCodeOne() throws Exception {
        Fixtures.write(dir, Fixtures.VALID);
        Files.writeString(dir.resolve("products/microsoft-teams.yaml"),
                Files.readString(dir.resolve("products/microsoft-teams.yaml")).replace("country: US", "country: USA"));
        Result result = java("validate", "--today", "2026-12-02", "--catalogue", dir.toString());
        assertEquals(1, result.code(), result.output());
        assertTrue(result.output().contains("products/microsoft-teams.yaml:5:48: error: field 'vendor.country': 'USA' "
                + "is not an ISO 3166-1 alpha-2 country code"), result.output());
        assertTrue(result.output().endsWith("1 problem in 1 file\n"), result.output());
    }

    @Test
    void buildsAGuideWithItsDocumentsAndPrintsNothingElse() throws Exception {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Result result = java("build", "--today", "2026-12-02", "--catalogue", dir.resolve("catalogue").toString(),
                "--out", dir.resolve("site").toString());
        assertEquals(0, result.code(), result.output());
        // One line: no library may log to the console (SLF4J, openhtmltopdf, PDFBox, odfdom).
        assertTrue(result.output().matches("built 42 pages \\(nl 21, en 21\\) and 6 documents \\(PDF, ODT; 0 unchanged "
                + "since the last build\\), \\d+ files in \\d+ ms: .*\\R"), result.output());
        for (String file : List.of("nl/training/element-basics/element-basics.nl.pdf",
                "nl/training/element-basics/element-basics.nl.odt",
                "en/migrations/microsoft-teams--element/microsoft-teams--element.en.pdf")) {
            assertTrue(Files.size(dir.resolve("site").resolve(file)) > 5000, file);
        }
        // A second run, a new process, takes the documents from the first one's output.
        Result again = java("build", "--today", "2026-12-02", "--catalogue", dir.resolve("catalogue").toString(),
                "--out", dir.resolve("site").toString());
        assertTrue(again.output().contains("and 6 documents (PDF, ODT; 6 unchanged since the last build)"),
                again.output());
    }

    @Test
    void buildsInASecondJvmMadeForAShortRunUnlessTheUserChoseTheJvm() throws Exception {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        List<String> build = List.of("build", "--verbose", "--no-downloads", "--today", "2026-12-02", "--catalogue",
                dir.resolve("catalogue").toString(), "--out", dir.resolve("site").toString());
        Result tuned = java(List.of("-Xmx700m", "-Dfile.encoding=UTF-8"), build.toArray(String[]::new));
        assertEquals(0, tuned.code(), tuned.output());
        assertTrue(tuned.output().contains("overstap: running in a second JVM: "), tuned.output());
        assertTrue(Pattern.compile(Pattern.quote("\njvm: -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx700m "
                + "-Dfile.encoding=UTF-8 -Doverstap.jvm=short-run -Doverstap.jvm.first=") + "\\d+\n")
                .matcher(tuned.output()).find(), tuned.output());
        for (List<String> options : List.of(List.of("-Doverstap.jvm=as-started"), List.of("-XX:+UseSerialGC"))) {
            Result kept = java(options, build.toArray(String[]::new));
            assertEquals(0, kept.code(), kept.output());
            assertTrue(kept.output().contains("\njvm: " + options.get(0) + "\n"), kept.output());
            assertFalse(kept.output().contains("second JVM"), kept.output());
        }
        // The second JVM's exit code is the command's.
        Files.writeString(dir.resolve("catalogue/products/microsoft-teams.yaml"), "id: [");
        assertEquals(1, java(build.toArray(String[]::new)).code());
    }

    /** The other commands of a few seconds run in the second JVM too: its GC log names its collector. */
    @Test
    void theOtherShortCommandsRunInTheSecondJvmToo() throws Exception {
        Map<String, List<String>> commands = Map.of(
                "course", List.of("course", Path.of("..", "catalogue", "courses", "open-werkplek-dag-1.yaml")
                        .toString(), "--out", dir.resolve("course").toString()),
                "inventory", List.of("inventory", Path.of("..", "examples", "gemeente-voorbeeldrijk", "inventaris.yaml")
                        .toString(), "--out", dir.resolve("report").toString()),
                "validate", List.of("validate", "--today", "2026-12-02"),
                "search", List.of("search", "teams"));
        for (var command : commands.entrySet()) {
            Path logs = Files.createDirectories(dir.resolve("gc-" + command.getKey()));
            Result result = java(List.of("-Xlog:gc:file=" + logs.resolve("gc-%p.log")),
                    command.getValue().toArray(String[]::new));
            assertEquals(0, result.code(), result.output());
            List<String> texts = new ArrayList<>();
            try (var files = Files.list(logs)) {
                for (Path log : files.toList()) {
                    texts.add(Files.readString(log));
                }
            }
            assertEquals(2, texts.size(), command.getKey() + ": one log for each JVM");
            assertEquals(1, texts.stream().filter(text -> text.contains("Using Parallel")).count(),
                    command.getKey() + ": " + texts);
        }
    }

    @Test
    void stoppingTheBuildStopsTheSecondJvmToo() throws Exception {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "build", "--today", "2026-12-02", "--catalogue", dir.resolve("catalogue").toString(),
                "--out", dir.resolve("site").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<ProcessHandle> children = List.of();
        while (children.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            children = build.children().toList();
        }
        assertEquals(1, children.size(), "the build runs in one second JVM");
        build.destroy();
        assertTrue(build.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, build.exitValue(), "stopped by the signal, not finished: " + Files.readString(dir.resolve(
                "output.txt")));
        assertFalse(children.get(0).isAlive(), "the second JVM was stopped before the first one ended");
    }

    /**
     * Two runs, two JVMs, the same bytes: nothing in the documents depends on the clock, on chance or
     * on the locale. The second JVM starts in Turkish, whose dotted capital I once broke odfdom.
     */
    @Test
    void makesTheExampleCourseWithTheSameBytesInTwoRuns() throws Exception {
        Path course = Path.of("..", "catalogue", "courses", "open-werkplek-dag-1.yaml");
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (List<String> digests : List.of(first, second)) {
            Path out = dir.resolve("course-" + (digests == first ? 1 : 2));
            List<String> options = digests == first ? List.of()
                    : List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati");
            Result result = java(options, "course", course.toString(), "--out", out.toString());
            assertEquals(0, result.code(), result.output());
            assertTrue(result.output().matches("made 4 files in \\d+ ms: .*\\R(  .*\\R){4}"), result.output());
            try (var files = Files.list(out)) {
                for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                    digests.add(file.getFileName() + " " + java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
        }
        assertEquals(4, first.size(), first.toString());
        assertEquals(first, second);
    }

    @Test
    void printsHelpAndVersion() throws Exception {
        Result help = java("--help");
        assertEquals(0, help.code());
        assertTrue(help.output().contains("validate"), help.output());
        Result version = java("--version");
        assertEquals(0, version.code());
        assertTrue(version.output().startsWith("overstap "), version.output());
    }
}
