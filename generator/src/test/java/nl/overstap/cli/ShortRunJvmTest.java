package nl.overstap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which JVM options leave a build in the JVM the user started; {@link OverstapJarIT} runs the second JVM. */
class ShortRunJvmTest {
    @ParameterizedTest
    @ValueSource(strings = {"-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:+UseG1GC", "-XX:+UseSerialGC",
        "-XX:+UseZGC", "-XX:StartFlightRecording=filename=build.jfr", "-XX:SharedArchiveFile=overstap.jsa",
        "-XX:ArchiveClassesAtExit=overstap.jsa", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
        "-javaagent:profiler.jar", "-agentpath:/opt/async/libasyncProfiler.so", "-Xint", "-Xdebug"})
    void aChosenCompilerCollectorArchiveOrAgentIsKept(String option) {
        assertTrue(ShortRunJvm.chosenByUser(List.of("-Xmx2g", option)), option);
    }

    @Test
    void everyCommandButServeRunsInTheSecondJvm() {
        for (String command : List.of("build", "course", "inventory", "search", "validate")) {
            assertTrue(ShortRunJvm.shortRun(new String[] {command, "--out", "x"}), command);
        }
        for (String[] args : List.of(new String[] {"serve"}, new String[] {}, new String[] {"--help"},
                new String[] {"--version"}, new String[] {"help", "build"}, new String[] {"build", "--help"})) {
            assertFalse(ShortRunJvm.shortRun(args), String.join(" ", args));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xmx2g", "-Xms512m", "-Dfile.encoding=UTF-8", "-Xlog:gc:file=gc-%p.log",
        "-XX:+UseCompressedOops", "-XX:MaxRAMPercentage=50", "-XX:+HeapDumpOnOutOfMemoryError",
        "-XX:+UseStringDeduplication", "-Duser.language=nl"})
    void otherOptionsArePassedOn(String option) {
        assertFalse(ShortRunJvm.chosenByUser(List.of(option)), option);
        List<String> command = ShortRunJvm.command(List.of(option), new String[] {"build", "--out", "site"});
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", option, "-Doverstap.jvm=short-run"),
                command.subList(1, 5));
        assertEquals("-Doverstap.jvm.first=" + ProcessHandle.current().pid(), command.get(5));
        assertTrue(command.get(0).startsWith(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "this JVM's own java: " + command.get(0));
        assertEquals(List.of(Overstap.class.getName(), "build", "--out", "site"),
                command.subList(command.size() - 4, command.size()));
    }
}
