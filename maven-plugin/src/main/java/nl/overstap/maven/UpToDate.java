package nl.overstap.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build goal's bookkeeping: a build may be skipped when its inputs hash to what the last
 * successful build recorded and its output is still as that build left it.
 *
 * <p>Inputs are hashed by content, never by modification time, so a rebuilt but identical
 * generator jar or a touched catalogue file does not force a build: every file of every catalogue
 * layer (a jar whole), of the theme, of the plugin's own class path (generator version, bundled
 * catalogue, libraries), and every parameter, the review date included. The output is compared by
 * each file's path, size and modification time, so a deleted or edited page brings a rebuild.
 */
final class UpToDate {
    private final Path state;

    /** @param state the file that records the last successful build */
    UpToDate(Path state) {
        this.state = state;
    }

    /** Whether the last successful build had these inputs and left {@code outputs} as they are now. */
    boolean matches(String inputs, List<Path> outputs) throws IOException {
        return Files.isRegularFile(state) && Files.readString(state, StandardCharsets.UTF_8)
                .equals(record(inputs, outputs));
    }

    /** Records a successful build. */
    void save(String inputs, List<Path> outputs) throws IOException {
        Files.createDirectories(state.getParent());
        Files.writeString(state, record(inputs, outputs), StandardCharsets.UTF_8);
    }

    private static String record(String inputs, List<Path> outputs) throws IOException {
        Digest output = new Digest();
        for (Path root : outputs) {
            output.line("output " + root.toAbsolutePath());
            walk(root, output, (file, attributes) -> attributes.size() + " "
                    + attributes.lastModifiedTime().toMillis());
        }
        return "inputs " + inputs + "\noutput " + output.hex() + "\n";
    }

    /** The hash of the parameters, then of every file under each of {@code roots}, in order. */
    static String inputs(List<String> parameters, List<Path> roots) throws IOException {
        Digest digest = new Digest();
        parameters.forEach(parameter -> digest.line("parameter " + parameter));
        for (Path root : roots) {
            digest.line("root " + root.toAbsolutePath());
            walk(root, digest, (file, attributes) -> attributes.isSymbolicLink()
                    ? "link " + Files.readSymbolicLink(file) : "sha256 " + Digest.of(file));
        }
        return digest.hex();
    }

    private interface Visitor {
        String visit(Path file, BasicFileAttributes attributes) throws IOException;
    }

    /** Adds a line per file or link under {@code root} (or {@code root} itself, a file): its relative path and what {@code visitor} says. */
    private static void walk(Path root, Digest digest, Visitor visitor) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path file : files) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                digest.line("/" + relative + " " + visitor.visit(file, attributes));
            }
        }
    }

    /** SHA-256 over lines of text. */
    private static final class Digest {
        private final MessageDigest sha = sha256();

        void line(String text) {
            sha.update((text + "\n").getBytes(StandardCharsets.UTF_8));
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }

        static String of(Path file) throws IOException {
            MessageDigest sha = sha256();
            byte[] buffer = new byte[65_536];
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    sha.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }
}
