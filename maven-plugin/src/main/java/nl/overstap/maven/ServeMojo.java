package nl.overstap.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.UsageException;
import nl.overstap.serve.LiveSite;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds the guide and serves it on 127.0.0.1, rebuilding when a catalogue or theme file changes
 * and reloading open pages, like {@code overstap serve}. Runs until stopped with Ctrl-C; bound to
 * no phase: {@code mvn overstap:serve}.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class ServeMojo extends CatalogueMojo {
    /**
     * The port on 127.0.0.1; 0 picks a free one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.port", defaultValue = "8080")
    int port;

    /**
     * A theme folder, as for the build goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.theme")
    File theme;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping the Overstap dev server (overstap.skip)");
            return;
        }
        LoadRequest load = loadRequest(layers());
        Path work = Path.of(project.getBuild().getDirectory(), "overstap-serve");
        LiveSite site;
        try {
            site = new LiveSite(load, Optional.ofNullable(theme).map(File::toPath), work, port,
                    new PrintWriter(new LogWriter(), true));
        } catch (UsageException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start the dev server: " + e.getMessage(), e);
        }
        // Ctrl-C ends Maven's JVM; the hook removes the builds.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                site.close();
                Files.deleteIfExists(work);
            } catch (IOException e) {
                // a leftover folder under target/ is harmless
            }
        }));
        getLog().info("Serving " + site.url() + " (Ctrl-C to stop)");
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes the dev server's messages to Maven's log, a line at a time. */
    private final class LogWriter extends Writer {
        private final StringBuilder line = new StringBuilder();

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    getLog().info(line.toString());
                    line.setLength(0);
                } else if (chars[i] != '\r') {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
