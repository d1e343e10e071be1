package nl.overstap.load;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A catalogue packaged in a jar under {@code overstap/catalogue/}, such as the published
 * {@code overstap-catalogue} artifact, read in place through a zip file system: a project can layer
 * its own folder over the shared catalogue without unpacking a copy.
 */
public final class CatalogueJar implements Closeable {
    /** Where a catalogue jar keeps its files. */
    public static final String ROOT = "overstap/catalogue";

    private final FileSystem fileSystem;

    private CatalogueJar(FileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    /** Whether {@code path} names a jar (or zip) file rather than a folder. */
    public static boolean isJar(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".jar") || name.endsWith(".zip"));
    }

    /** Opens the jar; close it once the catalogue has been read. */
    public static CatalogueJar open(Path jar) throws IOException {
        // A file system of its own, not the one registered for the jar's URI, so closing it is ours to do.
        return new CatalogueJar(FileSystems.newFileSystem(jar, (ClassLoader) null));
    }

    /** The catalogue's root folder inside the jar, or empty when the jar holds no catalogue. */
    public Optional<Path> root() {
        Path root = fileSystem.getPath("/" + ROOT);
        return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
    }

    @Override
    public void close() throws IOException {
        fileSystem.close();
    }
}
