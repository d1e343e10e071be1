package nl.overstap.maven;

import nl.overstap.Generator;
import nl.overstap.Generator.UsageException;
import nl.overstap.Generator.Validation;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the catalogue layers and fails the build listing every problem as
 * {@code path:line:column: error: message}, like {@code overstap validate}.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class ValidateMojo extends CatalogueMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Overstap validation (overstap.skip)");
            return;
        }
        Validation validation;
        try {
            validation = Generator.load(loadRequest(layers()));
        } catch (UsageException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        if (!validation.ok()) {
            throw failure(validation.problems(), "");
        }
        getLog().info("No problems: " + validation.catalogue().size() + " entries in " + validation.files()
                + " files");
    }
}
