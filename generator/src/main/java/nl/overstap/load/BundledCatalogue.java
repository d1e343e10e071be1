package nl.overstap.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** The catalogue packaged under {@code overstap/catalogue/} on the class path: in a jar or a folder. */
public final class BundledCatalogue {
    /** How the bundled catalogue's files are named in problems. */
    public static final String LABEL = "bundled-catalogue";
    private static final String MARKER = "overstap/catalogue/schema/catalogue.schema.json";

    private BundledCatalogue() {
    }

    /** Runs {@code action} with the bundled catalogue's root folder, closing a jar file system afterwards. */
    public static <T> T with(Function<Path, T> action) {
        URL marker = BundledCatalogue.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException("the bundled catalogue is missing from the class path (" + MARKER + ")");
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return action.apply(Path.of(uri).getParent().getParent());
            }
            FileSystem opened = null;
            FileSystem fileSystem;
            try {
                fileSystem = opened = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fileSystem = FileSystems.getFileSystem(uri);
            }
            try {
                return action.apply(fileSystem.getPath("/overstap/catalogue"));
            } finally {
                if (opened != null) {
                    opened.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
