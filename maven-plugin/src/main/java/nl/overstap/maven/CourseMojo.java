package nl.overstap.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import nl.overstap.Generator;
import nl.overstap.Generator.CourseRequest;
import nl.overstap.Generator.CourseResult;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.UsageException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Makes a trainer's course material from a course file, like {@code overstap course}: the booklet
 * as PDF, ODT and HTML, and the cheat sheets as a PDF, one to a page. Fails the build listing every
 * problem of the course file and the catalogue; then nothing is written.
 *
 * @since 0.1.0
 */
@Mojo(name = "course", defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CourseMojo extends CatalogueMojo {
    /**
     * The course file (YAML): title, audience, date, the training notes and topics in order, and
     * optional Markdown of your own. See {@code catalogue/README.md}, "Courses".
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.course", required = true)
    File course;

    /**
     * Where the course material goes; replaced whole, and only when everything was made.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.courseDirectory", defaultValue = "${project.build.directory}/overstap-course")
    File courseDirectory;

    /**
     * A theme folder whose handout templates and {@code assets/handout.css} override the built-in ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.theme")
    File theme;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Overstap course material (overstap.skip)");
            return;
        }
        Layers layers = layers();
        // Review dates are not checked: an old entry elsewhere in the catalogue should not stop a course.
        LoadRequest load = new LoadRequest(layers.paths());
        CourseResult result;
        try {
            result = Generator.course(new CourseRequest(load, course.toPath(), courseDirectory.toPath(),
                    Optional.ofNullable(theme).map(File::toPath)));
        } catch (UsageException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        if (!result.ok()) {
            throw failure(result.problems(), "; no course material was written");
        }
        Path out = courseDirectory.toPath();
        getLog().info("Made " + String.join(", ", result.files()) + " in " + result.millis() + " ms: " + shown(out));
    }
}
