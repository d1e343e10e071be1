package nl.overstap.inventory.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equal input, equal bytes, also across JVMs: another process, in a Turkish locale and with
 * identity hash codes that are all the same, draws exactly what this one draws. That would catch
 * layout choices that depend on the iteration order of identity-hashed sets or on the locale.
 */
class DeterminismTest {
    /** Writes the sample map and a random landscape of 200 applications to the files named. */
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), sample(), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1]), landscape(), StandardCharsets.UTF_8);
    }

    static String sample() {
        return DependencyDiagram.svg(DependencyDiagramTest.NODES, DependencyDiagramTest.EDGES, DependencyDiagramTest.TEXT);
    }

    static String landscape() {
        LayoutBenchmark.Landscape landscape = LayoutBenchmark.landscape(200, 7);
        return DependencyDiagram.svg(landscape.nodes(), landscape.edges(), DependencyDiagramTest.TEXT);
    }

    @Test
    void anotherJvmInAnotherLocaleDrawsTheSameBytes(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample.svg");
        Path landscape = dir.resolve("landscape.svg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
                "-Duser.language=tr", "-Duser.country=TR", "-cp", System.getProperty("java.class.path"),
                DeterminismTest.class.getName(), sample.toString(), landscape.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the other JVM did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("output.txt")));
        assertEquals(sample(), Files.readString(sample, StandardCharsets.UTF_8));
        assertEquals(landscape(), Files.readString(landscape, StandardCharsets.UTF_8));
    }
}
