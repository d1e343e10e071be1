package nl.overstap.maven;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import nl.overstap.Generator;
import nl.overstap.Generator.InventoryRequest;
import nl.overstap.Generator.InventoryResult;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.UsageException;
import nl.overstap.inventory.Analysis;
import nl.overstap.inventory.Weights;
import nl.overstap.load.InventoryFile;
import nl.overstap.model.Language;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Makes an organisation's private report from its inventory, like {@code overstap inventory}: the
 * dependency map, exposure, roadmap, continuity plan and procurement notes as a web page, PDF and
 * ODT. Nothing is sent anywhere and the report is never part of the published guide. Fails the
 * build listing every problem of the inventory and the catalogue; then nothing is written.
 *
 * @since 0.1.0
 */
@Mojo(name = "inventory", defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class InventoryMojo extends CatalogueMojo {
    /**
     * The inventory: a YAML file, or a CSV export of a spreadsheet. See {@code examples/README.md}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.inventory", required = true)
    File inventory;

    /**
     * Where the report goes; replaced whole, and only when everything was made. Keep it out of
     * anything you publish.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.reportDirectory", defaultValue = "${project.build.directory}/overstap-report")
    File reportDirectory;

    /**
     * The report's language: {@code nl} or {@code en}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.reportLanguage", defaultValue = "nl")
    String reportLanguage;

    /**
     * Weights of the risk factors, such as {@code jurisdiction=40,lock-in=20}; those not named keep
     * their defaults (jurisdiction 30, lock-in 25, criticality 25, data 20).
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.weights", defaultValue = "")
    String weights;

    /**
     * Where the guide is published, to link its pages from the report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.guideUrl")
    String guideUrl;

    /**
     * For a CSV inventory: the organisation's name (default: the file name) and the day it
     * describes (default: today), which a spreadsheet does not hold.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.organisation")
    String organisation;

    /**
     * For a CSV inventory: the day it describes, {@code YYYY-MM-DD} (default: today).
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.inventoryDate")
    String inventoryDate;

    /**
     * A theme folder whose {@code templates/inventory-report.ftlh} and {@code assets/report.css}
     * override the built-in ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = "overstap.theme")
    File theme;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the Overstap inventory report (overstap.skip)");
            return;
        }
        Layers layers = layers();
        InventoryResult result;
        try {
            InventoryRequest request = new InventoryRequest(new LoadRequest(layers.paths()), inventory.toPath(),
                    new InventoryFile.CsvDefaults(Optional.ofNullable(organisation), date()), reportDirectory.toPath(),
                    Optional.ofNullable(theme).map(File::toPath), language(), weights(),
                    Optional.ofNullable(guideUrl).map(URI::create));
            result = Generator.inventory(request);
        } catch (UsageException | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        if (!result.ok()) {
            throw failure(result.problems(), "; no report was written");
        }
        Analysis analysis = result.analysis().orElseThrow();
        analysis.matches().stream().filter(m -> !m.matched()).forEach(m -> getLog().warn("Not matched to the "
                + "catalogue: " + m.application().origin() + ": " + m.application().name()));
        analysis.cycles().forEach(cycle -> getLog().warn("Applications that need each other in a circle: "
                + String.join(", ", cycle)));
        Path out = reportDirectory.toPath();
        getLog().info("Made the report of " + analysis.matches().size() + " applications (" + result.files().size()
                + " files) in " + result.millis() + " ms: " + shown(out));
    }

    private Language language() throws MojoExecutionException {
        return switch (reportLanguage) {
            case "nl" -> Language.NL;
            case "en" -> Language.EN;
            default -> throw new MojoExecutionException("reportLanguage must be nl or en, not '" + reportLanguage + "'");
        };
    }

    private Weights weights() throws MojoExecutionException {
        try {
            return Weights.parse(weights == null ? "" : weights);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("weights: " + e.getMessage());
        }
    }

    private LocalDate date() throws MojoExecutionException {
        try {
            return inventoryDate == null ? LocalDate.now() : LocalDate.parse(inventoryDate);
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("inventoryDate must be written YYYY-MM-DD, not '" + inventoryDate + "'");
        }
    }
}
