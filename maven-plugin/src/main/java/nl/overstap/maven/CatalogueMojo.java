package nl.overstap.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.load.CatalogueJar;
import nl.overstap.problem.Problem;
import nl.overstap.problem.Problems;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal reads: the catalogue layers and the date that review dates are checked against.
 * The layers are the project's dependencies that package a catalogue (such as
 * {@code nl.overstap:overstap-catalogue}), in the order they are declared, then {@link #catalogues}.
 */
abstract class CatalogueMojo extends AbstractMojo {
    /** Problems listed in the failure message; the log above it has them all. */
    private static final int PROBLEMS_IN_MESSAGE = 20;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /**
     * Catalogue folders, layered in this order on top of the project's catalogue dependencies (jars
     * that package a catalogue under {@code overstap/catalogue/}, such as
     * {@code nl.overstap:overstap-catalogue}, read in place in the order they are declared). A later
     * layer adds entries and replaces an earlier layer's entry with the same id. With no folder and
     * no catalogue dependency, the catalogue bundled with the plugin is used.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.catalogues")
    List<File> catalogues = new ArrayList<>();

    /**
     * Check review dates as of this date ({@code YYYY-MM-DD}) instead of today's, to repeat an
     * earlier run.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.today")
    String today;

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.skip", defaultValue = "false")
    boolean skip;

    /** The layers to read, lowest first, and how the log names them. */
    record Layers(List<Path> paths, List<String> names) {
    }

    Layers layers() throws MojoExecutionException {
        List<Path> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Dependency dependency : project.getDependencies()) {
            for (Artifact artifact : project.getArtifacts()) {
                if (matches(dependency, artifact) && artifact.getFile() != null && holdsCatalogue(artifact.getFile())) {
                    paths.add(artifact.getFile().toPath());
                    names.add(artifact.getId());
                }
            }
        }
        for (File folder : catalogues) {
            paths.add(folder.toPath());
            names.add(shown(folder.toPath()));
        }
        return new Layers(paths, names);
    }

    /** A path as the log shows it: relative to the project when that is shorter. */
    String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            String relative = project.getBasedir().toPath().toAbsolutePath().relativize(absolute).toString();
            return relative.isEmpty() ? "." : relative.length() < absolute.toString().length() ? relative
                    : absolute.toString();
        } catch (IllegalArgumentException e) {
            return absolute.toString(); // another drive
        }
    }

    private static boolean matches(Dependency dependency, Artifact artifact) {
        return dependency.getGroupId().equals(artifact.getGroupId())
                && dependency.getArtifactId().equals(artifact.getArtifactId())
                && "jar".equals(artifact.getType());
    }

    private static boolean holdsCatalogue(File file) throws MojoExecutionException {
        if (!CatalogueJar.isJar(file.toPath())) {
            return false;
        }
        try (CatalogueJar jar = CatalogueJar.open(file.toPath())) {
            return jar.root().isPresent();
        } catch (IOException e) {
            throw new MojoExecutionException("dependency '" + file + "' cannot be read as a jar: " + e.getMessage(), e);
        }
    }

    LoadRequest loadRequest(Layers layers) throws MojoExecutionException {
        getLog().info("Catalogue: " + (layers.names().isEmpty() ? "the one bundled with the plugin"
                : String.join(", then ", layers.names())));
        return new LoadRequest(layers.paths()).checkedOn(reviewDate());
    }

    LocalDate reviewDate() throws MojoExecutionException {
        if (today == null || today.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("parameter 'today' (overstap.today) is '" + today
                    + "'; expected a date like 2026-11-29");
        }
    }

    /** Logs every problem, compiler style, and fails the build naming them. */
    MojoFailureException failure(Problems problems, String outcome) {
        List<Problem> sorted = problems.sorted();
        sorted.forEach(problem -> getLog().error(problem.format()));
        StringBuilder message = new StringBuilder(problems.summary()).append(outcome).append(':');
        sorted.stream().limit(PROBLEMS_IN_MESSAGE).forEach(problem -> message.append('\n').append(problem.format()));
        if (sorted.size() > PROBLEMS_IN_MESSAGE) {
            message.append("\n(").append(sorted.size() - PROBLEMS_IN_MESSAGE).append(" more listed above)");
        }
        return new MojoFailureException(message.toString());
    }
}
