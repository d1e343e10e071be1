package nl.overstap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.overstap.Generator;
import nl.overstap.Generator.CourseRequest;
import nl.overstap.Generator.CourseResult;
import nl.overstap.Generator.LoadRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "course", mixinStandardHelpOptions = true,
        description = {"Makes course material from a course file: a booklet (PDF, ODT and HTML) with a cover, contents,",
            "every part's goals, old-way/new-way tables, exercises and cheat sheets, and the cheat sheets as a",
            "separate PDF, one to a page. The output folder is replaced only when everything was made.",
            "Exit code 0 when made, 1 when problems were found, 2 for a usage error."})
final class CourseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COURSE.yaml", description = "The course file (see 'Courses' in catalogue/README.md).")
    Path course;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "A catalogue folder; repeat to layer folders. Default: the bundled catalogue.")
    List<Path> catalogues = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "overstap-course",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "A folder whose templates/ and assets/handout.css override the built-in ones.")
    Path theme;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        CourseResult result = Generator.course(new CourseRequest(new LoadRequest(catalogues), course, out,
                Optional.ofNullable(theme)));
        PrintWriter output = spec.commandLine().getOut();
        if (!result.ok()) {
            result.problems().sorted().forEach(problem -> output.println(problem.format()));
            output.println(result.problems().summary() + "; nothing was written");
            return Overstap.PROBLEMS;
        }
        Path folder = out.toAbsolutePath().normalize();
        output.println(String.format(Locale.ROOT, "made %d files in %d ms: %s", result.files().size(),
                result.millis(), folder));
        result.files().forEach(file -> output.println("  " + file));
        return 0;
    }
}
