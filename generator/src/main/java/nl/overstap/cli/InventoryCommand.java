package nl.overstap.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.overstap.Generator;
import nl.overstap.Generator.InventoryRequest;
import nl.overstap.Generator.InventoryResult;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.UsageException;
import nl.overstap.inventory.Analysis;
import nl.overstap.inventory.Weights;
import nl.overstap.load.InventoryFile;
import nl.overstap.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = {"Makes an organisation's private report from its inventory (YAML, or CSV from a spreadsheet):",
            "the dependency map, the exposure to non-EU law and lock-in, a prioritised roadmap, a draft",
            "continuity plan for every critical service and procurement notes, as a web page, PDF and ODT.",
            "Nothing is sent anywhere; the output folder is replaced only when everything was made.",
            "Exit code 0 when made, 1 when problems were found, 2 for a usage error."})
final class InventoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The inventory: .yaml, or .csv (see examples/README.md).")
    Path inventory;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "A catalogue folder; repeat to layer folders. Default: the bundled catalogue.")
    List<Path> catalogues = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "overstap-report",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
            description = "Language of the report (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--weights", paramLabel = "NAME=N,...",
            description = "Weights of the risk factors jurisdiction, lock-in, criticality and data, each 0-100 "
                    + "(default: jurisdiction=30,lock-in=25,criticality=25,data=20).")
    String weights = "";

    @Option(names = "--guide-url", paramLabel = "URL",
            description = "Where the guide is published, to link its pages; without it the report names them.")
    String guideUrl;

    @Option(names = "--organisation", paramLabel = "NAME",
            description = "For a CSV inventory: the organisation's name (default: the file name).")
    String organisation;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "For a CSV inventory: the day it describes (default: today).")
    String date;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "A folder whose templates/ and assets/report.css override the built-in ones.")
    Path theme;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        InventoryRequest request = new InventoryRequest(new LoadRequest(catalogues), inventory,
                new InventoryFile.CsvDefaults(Optional.ofNullable(organisation), csvDate()), out,
                Optional.ofNullable(theme), language(), weights(), guide());
        InventoryResult result = Generator.inventory(request);
        PrintWriter output = spec.commandLine().getOut();
        if (!result.ok()) {
            result.problems().sorted().forEach(problem -> output.println(problem.format()));
            output.println(result.problems().summary() + "; nothing was written");
            return Overstap.PROBLEMS;
        }
        Analysis analysis = result.analysis().orElseThrow();
        long matched = analysis.matches().stream().filter(m -> m.matched()).count();
        output.println(String.format(Locale.ROOT, "%d applications, %d matched to the catalogue, %d not; "
                + "%d critical services; %d moves on the roadmap", analysis.matches().size(), matched,
                analysis.matches().size() - matched, analysis.continuity().size(), analysis.roadmap().size()));
        analysis.matches().stream().filter(m -> !m.matched())
                .forEach(m -> output.println("  not matched: " + m.application().origin() + ": " + m.application().name()));
        analysis.cycles().forEach(cycle -> output.println("  in a circle: " + String.join(", ", cycle)));
        output.println(String.format(Locale.ROOT, "made %d files in %d ms: %s", result.files().size(),
                result.millis(), out.toAbsolutePath().normalize()));
        result.files().forEach(file -> output.println("  " + file));
        return 0;
    }

    private Language language() {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "nl" -> Language.NL;
            case "en" -> Language.EN;
            default -> throw new UsageException("--lang must be nl or en, not '" + lang + "'");
        };
    }

    private Weights weights() {
        try {
            return Weights.parse(weights);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--weights: " + e.getMessage());
        }
    }

    private Optional<URI> guide() {
        if (guideUrl == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(guideUrl);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new UsageException("--guide-url must be an http or https URL, not '" + guideUrl + "'");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new UsageException("--guide-url is not a valid URL: " + e.getReason());
        }
    }

    private LocalDate csvDate() {
        if (date == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UsageException("--date must be written YYYY-MM-DD, not '" + date + "'");
        }
    }
}
