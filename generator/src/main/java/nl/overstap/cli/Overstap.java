package nl.overstap.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import nl.overstap.Generator.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar overstap.jar COMMAND}: translates command-line arguments for the
 * {@link nl.overstap.Generator} and its results into text and exit codes, nothing more.
 */
@Command(name = "overstap", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds and checks the Overstap migration guide from its catalogue.",
        subcommands = {ValidateCommand.class, BuildCommand.class, SearchCommand.class, CourseCommand.class, InventoryCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Overstap {
    /** Content problems were found. */
    public static final int PROBLEMS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Overstap itself failed: a bug or an I/O failure. */
    public static final int INTERNAL = 3;

    public static void main(String[] args) {
        OptionalInt built = ShortRunJvm.run(args);
        if (built.isPresent()) {
            System.exit(built.getAsInt());
        }
        ShortRunJvm.stopWithTheFirstJvm();
        PrintWriter out = writer(System.out);
        PrintWriter err = writer(System.err);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs one command and returns its exit code: 0 fine, 1 problems, 2 usage, 3 internal error. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Overstap());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageException) {
                cmd.getErr().println("overstap: " + e.getMessage());
                return USAGE;
            }
            cmd.getErr().println("overstap: internal error: " + e);
            if (parsed.hasMatchedOption("--verbose")) {
                e.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(run again with --verbose for the stack trace, and please report it)");
            }
            return INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
