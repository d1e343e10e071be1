package nl.overstap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.overstap.load.BundledCatalogue;
import nl.overstap.load.CatalogueLoader;
import nl.overstap.load.CatalogueLoader.Layer;
import nl.overstap.load.CatalogueLoader.Loaded;
import nl.overstap.model.Catalogue;
import nl.overstap.problem.Problems;
import nl.overstap.validate.CatalogueValidator;

/**
 * The one entry point that the CLI, the Maven plugin and the tests share. It holds the recipe;
 * each stage lives in its own package, in the order data flows: load, validate.
 */
public final class Generator {
    private Generator() {
    }

    /**
     * Which catalogues to read.
     *
     * @param folders catalogue folders in layer order, later ones overriding earlier ones by id; when
     *                empty, the catalogue bundled with Overstap is read
     */
    public record LoadRequest(List<Path> folders) {
        public LoadRequest {
            folders = List.copyOf(folders);
        }

        public static LoadRequest bundled() {
            return new LoadRequest(List.of());
        }
    }

    /**
     * The outcome of loading and validating.
     *
     * @param catalogue the entries that had no problems; complete only when {@code problems} is empty
     * @param problems  every problem found
     * @param files     how many files were read
     */
    public record Validation(Catalogue catalogue, Problems problems, int files) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Thrown for a request that cannot be carried out as asked, such as a folder that does not exist. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * Loads and validates the requested catalogues.
     *
     * @throws UsageException when a folder does not exist or is not a folder
     */
    public static Validation load(LoadRequest request) {
        if (request.folders().isEmpty()) {
            return BundledCatalogue.with(root -> loadLayers(List.of(new Layer(root, BundledCatalogue.LABEL))));
        }
        List<Layer> layers = new ArrayList<>();
        for (Path folder : request.folders()) {
            if (!Files.isDirectory(folder)) {
                throw new UsageException("catalogue folder '" + folder + "' does not exist or is not a folder");
            }
            layers.add(new Layer(folder, label(folder)));
        }
        return loadLayers(layers);
    }

    private static Validation loadLayers(List<Layer> layers) {
        Problems problems = new Problems();
        Loaded loaded = CatalogueLoader.load(layers, problems);
        Catalogue catalogue = CatalogueValidator.validate(loaded, problems);
        return new Validation(catalogue, problems, loaded.files());
    }

    /** The folder as the user gave it, with forward slashes and no trailing slash, for problem paths. */
    private static String label(Path folder) {
        String shown = folder.normalize().toString().replace('\\', '/');
        if (shown.isEmpty()) {
            return ".";
        }
        return shown.endsWith("/") && shown.length() > 1 ? shown.substring(0, shown.length() - 1) : shown;
    }
}
