package nl.overstap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.overstap.Generator.BuildRequest;
import nl.overstap.Generator.BuildResult;
import nl.overstap.Generator.CourseRequest;
import nl.overstap.Generator.CourseResult;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.load.BundledCatalogue;

/** Sites (and course material) built once per test run and shared by the tests that only read them. */
public final class BuiltSites {
    /** The worked example course shipped in the catalogue. */
    public static final String EXAMPLE_COURSE = "courses/open-werkplek-dag-1.yaml";

    private static Path bundled;
    private static Path exampleCourse;
    private static final java.util.Map<nl.overstap.model.Language, Path> sampleReports = new java.util.EnumMap<>(
            nl.overstap.model.Language.class);
    /** The fictional municipality's inventory that ships as the example. */
    public static final Path SAMPLE_INVENTORY = Path.of("../examples/gemeente-voorbeeldrijk/inventaris.yaml");

    private BuiltSites() {
    }

    /** The guide built from the bundled catalogue. */
    public static synchronized Path bundled() {
        if (bundled == null) {
            try {
                Path root = Files.createTempDirectory("overstap-bundled-site");
                bundled = build(LoadRequest.bundled(), root.resolve("site"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    /** The material of the example course, made from the bundled catalogue. */
    public static synchronized Path exampleCourse() {
        if (exampleCourse == null) {
            try {
                Path root = Files.createTempDirectory("overstap-example-course");
                Path file = root.resolve("open-werkplek-dag-1.yaml");
                BundledCatalogue.with(catalogue -> {
                    try {
                        return Files.copy(catalogue.resolve(EXAMPLE_COURSE), file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                CourseResult result = Generator.course(new CourseRequest(LoadRequest.bundled(), file,
                        root.resolve("course")));
                if (!result.ok()) {
                    throw new AssertionError("the example course failed: " + result.problems().sorted());
                }
                exampleCourse = root.resolve("course");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return exampleCourse;
    }

    /** The report of the sample inventory in {@code language}, from the bundled catalogue. */
    public static synchronized Path sampleReport(nl.overstap.model.Language language) {
        return sampleReports.computeIfAbsent(language, lang -> {
            try {
                Path out = Files.createTempDirectory("overstap-sample-report").resolve("report");
                Generator.InventoryResult result = Generator.inventory(new Generator.InventoryRequest(LoadRequest.bundled(),
                        SAMPLE_INVENTORY, new nl.overstap.load.InventoryFile.CsvDefaults(Optional.empty(),
                                java.time.LocalDate.of(2026, 12, 1)), out, Optional.empty(), lang,
                        nl.overstap.inventory.Weights.DEFAULT, Optional.empty()));
                if (!result.ok()) {
                    throw new AssertionError("the sample inventory failed: " + result.problems().sorted());
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Builds {@code load} into {@code out} and fails loudly on any problem. */
    public static Path build(LoadRequest load, Path out) {
        BuildResult result = Generator.build(new BuildRequest(load, out, Optional.empty(), Optional.empty(), false));
        if (!result.ok()) {
            throw new AssertionError("build failed: " + result.problems().sorted());
        }
        return out;
    }

    /** Every file below {@code site} with the given ending, as sorted site paths. */
    public static List<String> files(Path site, String ending) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
