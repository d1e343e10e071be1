package nl.overstap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "overstap did not finish");
        return new Result(process.exitValue(), output);
    }

    @Test
    void validatesTheCatalogueBundledInTheJar() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "package the jar first");
        Result result = java("validate", "--today", "2026-11-29");
        assertEquals(0, result.code(), result.output());
        assertTrue(result.output().matches("no problems: \\d+ entries in \\d+ files\\R"), result.output());
    }

    @Test
    void reportsProblemsOfAGivenFolderWithExitCodeOne() throws Exception {
        Fixtures.write(dir, Fixtures.VALID);
        Files.writeString(dir.resolve("products/microsoft-teams.yaml"),
                Files.readString(dir.resolve("products/microsoft-teams.yaml")).replace("country: US", "country: USA"));
        Result result = java("validate", "--today", "2026-11-29", "--catalogue", dir.toString());
        assertEquals(1, result.code(), result.output());
        assertTrue(result.output().contains("products/microsoft-teams.yaml:5:48: error: field 'vendor.country': 'USA' "
                + "is not an ISO 3166-1 alpha-2 country code"), result.output());
        assertTrue(result.output().endsWith("1 problem in 1 file\n"), result.output());
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
