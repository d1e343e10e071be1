package nl.overstap.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.overstap.Generator;
import nl.overstap.Generator.BuildRequest;
import nl.overstap.Generator.BuildResult;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.UsageException;
import nl.overstap.model.Language;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds the guide into {@link #outputDirectory}, like {@code overstap build}: the folder is
 * replaced whole, and only when the build succeeds. Any problem fails the build, listed as
 * {@code path:line:column: error: message}. When nothing that the build reads has changed since
 * the last successful build and its output is untouched, the goal says so and skips the work.
 *
 * <p>Bound to {@code package}: the guide is what the project produces, and {@code mvn package} or
 * {@code verify} in CI builds it; the {@code site} lifecycle is for project reports and is not run
 * by those commands.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class BuildMojo extends CatalogueMojo {
    /**
     * The folder to write the guide to. It is replaced whole, and only by a successful build; a
     * folder that holds files Overstap did not write is never replaced.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.outputDirectory", defaultValue = "${project.build.directory}/overstap-site")
    File outputDirectory;

    /**
     * Where the guide will be published, such as {@code https://gids.example.org/}, for absolute
     * URLs in the sitemap and feeds. Without it those URLs are relative to the site's root.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.baseUrl")
    String baseUrl;

    /**
     * A theme folder whose {@code templates/}, {@code assets/} and {@code pages/} override the
     * built-in ones by path; other {@code pages/NAME.nl.md} files add pages of their own.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.theme")
    File theme;

    /**
     * The languages to build, {@code nl} and/or {@code en}. With one language the pages offer no
     * switch to the other.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.languages", defaultValue = "nl,en")
    List<String> languages;

    /**
     * Also write {@code OUTPUT.zip} beside the output folder: a copy of the guide to use offline.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.archive", defaultValue = "false")
    boolean archive;

    /**
     * Make the PDF and ODT of every migration guide and training note and link them from their
     * pages. Set it to {@code false} for a quicker preview build. Documents whose content did not
     * change since the previous build are taken from its output rather than made again.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.downloads", defaultValue = "true")
    boolean downloads;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the Overstap guide (overstap.skip)");
            return;
        }
        Layers layers = layers();
        LoadRequest load = loadRequest(layers);
        Path out = outputDirectory.toPath().toAbsolutePath().normalize();
        BuildRequest request;
        try {
            request = new BuildRequest(load, out, base(), Optional.ofNullable(theme).map(File::toPath), archive,
                    languages(), downloads);
        } catch (UsageException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        UpToDate upToDate = new UpToDate(Path.of(project.getBuild().getDirectory(), "overstap-state",
                execution.getExecutionId() + ".txt"));
        List<Path> outputs = archive ? List.of(out, out.resolveSibling(out.getFileName() + ".zip")) : List.of(out);
        String inputs;
        try {
            inputs = UpToDate.inputs(parameters(request), inputRoots(request));
            if (upToDate.matches(inputs, outputs)) {
                getLog().info("The guide is up to date, nothing changed since it was built: " + shown(out));
                return;
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the build's inputs: " + e.getMessage(), e);
        }

        BuildResult result;
        try {
            result = Generator.build(request);
        } catch (UsageException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("writing the guide failed: " + e.getCause().getMessage(), e);
        }
        if (!result.ok()) {
            throw failure(result.problems(), "; nothing was written");
        }
        getLog().info(String.format(Locale.ROOT, "Built %d pages (nl %d, en %d) and %d documents (%d unchanged), "
                + "%d files in %d ms: %s", result.pagesNl() + result.pagesEn(), result.pagesNl(), result.pagesEn(),
                result.documents(), result.documentsKept(), result.files(), result.millis(), shown(out)));
        try {
            upToDate.save(inputs, outputs);
        } catch (IOException e) {
            getLog().warn("cannot record the build for the up-to-date check: " + e.getMessage());
        }
    }

    private List<Language> languages() throws MojoExecutionException {
        List<Language> chosen = new ArrayList<>();
        for (String tag : languages) {
            chosen.add(Language.forTag(tag.strip()).orElseThrow(() -> new MojoExecutionException(
                    "parameter 'languages' (overstap.languages): unknown language '" + tag + "'; use nl and/or en")));
        }
        return chosen;
    }

    private Optional<URI> base() throws MojoExecutionException {
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(baseUrl.strip());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new MojoExecutionException("parameter 'baseUrl' (overstap.baseUrl) is '" + baseUrl
                + "'; expected an absolute http or https URL, like https://example.org/");
    }

    /** Everything but the files that decides what the build writes. */
    private static List<String> parameters(BuildRequest request) {
        return List.of("out=" + request.out(), "baseUrl=" + request.baseUrl().map(URI::toString).orElse(""),
                "theme=" + request.theme().map(Path::toAbsolutePath).map(Path::toString).orElse(""),
                "languages=" + request.languages(), "archive=" + request.archive(),
                "downloads=" + request.downloads(),
                "reviewDate=" + request.load().today().map(Object::toString).orElse(""));
    }

    /** The catalogue layers, the theme, and the plugin's class path (generator, bundled catalogue, libraries). */
    private List<Path> inputRoots(BuildRequest request) {
        List<Path> roots = new ArrayList<>(request.load().folders());
        request.theme().ifPresent(roots::add);
        try {
            roots.add(Path.of(BuildMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() != null && !roots.contains(artifact.getFile().toPath())) {
                roots.add(artifact.getFile().toPath());
            }
        }
        return roots;
    }
}
