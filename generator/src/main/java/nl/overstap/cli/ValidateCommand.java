package nl.overstap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.Validation;
import nl.overstap.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks catalogue folders and prints every problem as path:line:column: error: message.",
            "Exit code 0 when clean, 1 when problems were found, 2 for a usage error."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "A catalogue folder, or a catalogue jar read in place; repeat to layer them, later ones "
                    + "overriding earlier ones by id. "
                    + "Default: the catalogue bundled with Overstap.")
    List<Path> catalogues = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Check review dates as of this date instead of today's (to repeat an earlier run).")
    LocalDate today;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Validation validation = Generator.load(new LoadRequest(catalogues)
                .checkedOn(today == null ? LocalDate.now(ZoneOffset.UTC) : today));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(validation));
        } else {
            validation.problems().sorted().forEach(problem -> out.println(problem.format()));
            if (validation.problems().dropped() > 0) {
                out.println("(" + validation.problems().dropped() + " more problems not shown)");
            }
            out.println(validation.ok()
                    ? "no problems: " + validation.catalogue().size() + " entries in " + validation.files() + " files"
                    : validation.problems().summary());
        }
        return validation.ok() ? 0 : Overstap.PROBLEMS;
    }

    private static String json(Validation validation) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("ok", validation.ok());
        root.put("summary", validation.problems().summary());
        root.put("problemCount", validation.problems().size());
        root.put("files", validation.files());
        root.put("entries", validation.catalogue().size());
        ArrayNode problems = root.putArray("problems");
        for (Problem problem : validation.problems().sorted()) {
            ObjectNode node = problems.addObject();
            node.put("path", problem.path());
            node.put("line", problem.line());
            node.put("column", problem.column());
            node.put("code", problem.code());
            node.put("message", problem.message());
        }
        return mapper.writeValueAsString(root);
    }
}
