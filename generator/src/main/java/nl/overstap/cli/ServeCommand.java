package nl.overstap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.serve.LiveSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the guide and serves it on 127.0.0.1; rebuilds when a catalogue or theme file changes",
            "and reloads open pages. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "A catalogue folder, or a catalogue jar read in place; repeat to layer them. "
                    + "Default: the bundled catalogue.")
    List<Path> catalogues = new ArrayList<>();

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--theme", paramLabel = "DIR", description = "A theme folder, as for build.")
    Path theme;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("overstap-serve");
        LiveSite site = new LiveSite(new LoadRequest(catalogues).checkedOn(LocalDate.now(ZoneOffset.UTC)), Optional.ofNullable(theme), work, port, out);
        // Ctrl-C ends the JVM; the hook removes the temporary builds.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                site.close();
                Files.deleteIfExists(work);
            } catch (java.io.IOException e) {
                // leaving a temporary folder behind is harmless
            }
        }));
        out.println("serving " + site.url() + " (Ctrl-C to stop)");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
