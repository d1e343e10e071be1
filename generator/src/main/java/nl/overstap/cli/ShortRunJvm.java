package nl.overstap.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs a command of a few seconds (every one but {@code serve}) again in a JVM made for such a
 * run. In that time the default JVM's optimising (C2) compiler does not pay back what it costs,
 * and on a machine of two cores it takes one away from the work: a build of 10,000 entries takes
 * about 17 s in the default JVM and 13 s with only the quick compiler and the parallel collector,
 * the example course 2.7 s and 1.8 s with the start of the second JVM (about 0.1 s). The options
 * given to the first JVM (heap size, system properties) are passed on. Whoever chose a compiler,
 * a collector or a class-data archive, or attached an agent, a debugger or a flight recording,
 * gets the JVM they started, and so does {@code -Doverstap.jvm=as-started}.
 */
final class ShortRunJvm {
    /** Set (as {@code -Doverstap.jvm=as-started}) it keeps the JVM as started; the second JVM has {@value #CHILD}. */
    private static final String PROPERTY = "overstap.jvm";
    private static final String CHILD = "short-run";
    /** The second JVM's system property that names the first one's process id. */
    private static final String FIRST = "overstap.jvm.first";
    private static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
    /** {@code serve} runs for hours, where the optimising compiler pays back. */
    private static final Set<String> SHORT_RUNS = Set.of("build", "course", "inventory", "search", "validate");
    private static final Pattern CHOSEN = Pattern.compile("-XX:(TieredStopAtLevel|[+-]TieredCompilation|[+-]Use\\w*GC"
            + "|StartFlightRecording|SharedArchiveFile|ArchiveClassesAtExit|Flags)\\b.*"
            + "|-agentlib:.*|-agentpath:.*|-javaagent:.*|-Xrunjdwp.*|-Xdebug|-Xint|-Xcomp");

    private ShortRunJvm() {
    }

    /**
     * Runs {@code args} in the second JVM when they ask for a short run and the JVM may be changed.
     *
     * @return the second JVM's exit code, or nothing when the build should run in this JVM
     */
    static OptionalInt run(String[] args) {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!shortRun(args) || System.getProperty(PROPERTY) != null
                || System.getProperty("java.class.path", "").isBlank()
                || chosenByUser(options)) {
            return OptionalInt.empty();
        }
        List<String> command = command(options, args);
        if (List.of(args).contains("--verbose")) {
            System.err.println("overstap: running in a second JVM: " + String.join(" ", command));
        }
        Process build;
        try {
            build = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // Ctrl-C reaches both JVMs; this one waits until the build has cleaned up and stopped.
        Thread stop = new Thread(() -> {
            build.destroy();
            try {
                build.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return OptionalInt.of(build.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Overstap.INTERNAL);
        }
    }

    /**
     * In the second JVM: stops it at once when the first one is gone without stopping it, killed
     * or crashed, as if it had been killed itself. Its staging folder is then left to the next build
     * to clear, as a killed build's is.
     */
    static void stopWithTheFirstJvm() {
        if (!CHILD.equals(System.getProperty(PROPERTY)) || System.getProperty(FIRST) == null) {
            return;
        }
        Optional<ProcessHandle> first = ProcessHandle.of(Long.parseLong(System.getProperty(FIRST)));
        Thread watch = new Thread(() -> {
            try {
                while (first.map(ProcessHandle::isAlive).orElse(false)) {
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(Overstap.INTERNAL);
        }, "overstap-first-jvm-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Whether {@code args} name a command of a few seconds; help and the version are quicker as they are. */
    static boolean shortRun(String[] args) {
        return args.length > 0 && SHORT_RUNS.contains(args[0]) && !List.of(args).contains("--help")
                && !List.of(args).contains("-h");
    }

    /** Whether {@code options} choose the compiler, the collector or a class-data archive, or attach a tool. */
    static boolean chosenByUser(List<String> options) {
        return options.stream().anyMatch(option -> CHOSEN.matcher(option).matches());
    }

    /** The command that runs {@code args} in the second JVM with the first one's {@code options}. */
    static List<String> command(List<String> options, String[] args) {
        List<String> command = new ArrayList<>();
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        command.add((Files.isRegularFile(bin.resolve("java.exe")) ? bin.resolve("java.exe") : bin.resolve("java"))
                .toString());
        command.addAll(FLAGS);
        command.addAll(options);
        command.add("-D" + PROPERTY + "=" + CHILD);
        command.add("-D" + FIRST + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Overstap.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}
