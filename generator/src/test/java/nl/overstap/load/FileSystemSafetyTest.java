package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R9 (no symbolic links followed) and R2 (size limits before parsing). */
class FileSystemSafetyTest {
    @TempDir
    Path dir;

    @Test
    void refusesSymbolicLinksToFilesFoldersLoopsAndNothing() throws IOException {
        Path root = dir.resolve("catalogue");
        Fixtures.write(root, Fixtures.VALID);
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.yaml"), "id: secret\npassword: hunter2\n");
        Files.createSymbolicLink(root.resolve("products/secret.yaml"), outside.resolve("secret.yaml"));
        Files.createSymbolicLink(root.resolve("categories/loop.yaml"), root.resolve("categories/loop.yaml"));
        Files.createSymbolicLink(root.resolve("standards/dangling.yaml"), dir.resolve("missing.yaml"));
        Files.delete(root.resolve("topics/continuity-plan.nl.md"));
        Files.delete(root.resolve("topics"));
        Files.createSymbolicLink(root.resolve("topics"), outside);

        Validation validation = Generator.load(new LoadRequest(List.of(root)));

        List<String> messages = validation.problems().sorted().stream().map(p -> p.format()).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("products/secret.yaml") && m.contains("symbolic link")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("/topics") && m.contains("symbolic links")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("categories/loop.yaml") && m.contains("symbolic link")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("standards/dangling.yaml") && m.contains("symbolic")));
        assertFalse(messages.toString().contains("hunter2"));
        assertTrue(validation.catalogue().findProduct("secret").isEmpty());
    }

    @Test
    void hugeFilesFailFastWithoutBeingRead() throws IOException {
        Path root = dir.resolve("catalogue");
        Fixtures.write(root, Fixtures.VALID);
        writeBig(root.resolve("products/big.yaml"), 50L << 20);
        writeBig(root.resolve("products/medium.yaml"), 4L << 20);

        Validation validation = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Generator.load(new LoadRequest(List.of(root))));

        assertEquals(2, validation.problems().size());
        validation.problems().sorted().forEach(p -> assertTrue(p.message().contains("larger than 256 KiB")));
    }

    private static void writeBig(Path file, long bytes) throws IOException {
        byte[] block = "name: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n".repeat(1024).getBytes();
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += block.length) {
                out.write(block);
            }
        }
    }
}
