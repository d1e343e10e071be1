package nl.overstap.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the programs a benchmark measures: other tools, and its own main class in a fresh JVM. */
final class Processes {
    private Processes() {
    }

    /** {@code main} with {@code args} in a fresh JVM on this class path under -Xmx1g; its standard output. */
    static String java(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return run(command);
    }

    /** The command's standard output; a non-zero exit fails with its output and errors. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("overstap-benchmark", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output
                        + Files.readString(errors));
            }
            return output;
        } finally {
            Files.delete(errors);
        }
    }
}
