package nl.overstap.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.overstap.Generator;
import nl.overstap.Generator.BuildRequest;
import nl.overstap.Generator.BuildResult;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.UsageException;
import nl.overstap.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the guide: Dutch pages under nl/, English under en/, a sitemap, feeds and open data.",
            "The output folder is replaced only when the whole build succeeds.",
            "Exit code 0 when built, 1 when problems were found, 2 for a usage error."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "A catalogue folder, or a catalogue jar read in place; repeat to layer them. "
                    + "Default: the bundled catalogue.")
    List<Path> catalogues = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "overstap-site",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the guide is published, for absolute URLs in the sitemap and feeds.")
    String baseUrl;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "A folder whose templates/, assets/ and pages/ override the built-in ones by path.")
    Path theme;

    @Option(names = "--languages", paramLabel = "LANG", split = ",", defaultValue = "nl,en",
            description = "Languages to build, comma-separated: nl, en (default: ${DEFAULT-VALUE}).")
    List<String> languages;

    @Option(names = "--archive", description = "Also write OUT.zip, a copy of the site to use offline.")
    boolean archive;

    @Option(names = "--no-downloads", description = "Leave out the PDF and ODT of every guide and training note, "
            + "and the links to them: a quicker build to preview changes.")
    boolean noDownloads;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Check review dates as of this date instead of today's (to repeat an earlier run).")
    LocalDate today;

    @Option(names = "--verbose", description = "Print the time of each stage, the options of the JVM that built, "
            + "and stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        BuildResult result = Generator.build(new BuildRequest(new LoadRequest(catalogues)
                .checkedOn(today == null ? LocalDate.now(ZoneOffset.UTC) : today), out, base(),
                Optional.ofNullable(theme), archive, languages(), !noDownloads));
        PrintWriter output = spec.commandLine().getOut();
        if (!result.ok()) {
            result.problems().sorted().forEach(problem -> output.println(problem.format()));
            output.println(result.problems().summary() + "; nothing was written");
            return Overstap.PROBLEMS;
        }
        String documents = noDownloads ? "no documents (--no-downloads)"
                : String.format(Locale.ROOT, "%d documents (PDF, ODT; %d unchanged since the last build)",
                        result.documents(), result.documentsKept());
        output.println(String.format(Locale.ROOT, "built %d pages (nl %d, en %d) and %s, %d files in %d ms: %s",
                result.pagesNl() + result.pagesEn(), result.pagesNl(), result.pagesEn(), documents, result.files(),
                result.millis(), out.toAbsolutePath().normalize()));
        if (verbose) {
            output.println("phases (ms): " + result.phases());
            output.println("jvm: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        }
        return 0;
    }

    private List<Language> languages() {
        List<Language> chosen = new ArrayList<>();
        for (String tag : languages) {
            chosen.add(Language.forTag(tag).orElseThrow(() -> new UsageException("--languages: unknown language '"
                    + tag + "'; the guide is built in nl and en")));
        }
        return chosen;
    }

    private Optional<URI> base() {
        if (baseUrl == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(baseUrl);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new UsageException("--base-url must be an absolute http or https URL, like https://example.org/");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new UsageException("--base-url is not a valid URL: " + e.getReason());
        }
    }
}
