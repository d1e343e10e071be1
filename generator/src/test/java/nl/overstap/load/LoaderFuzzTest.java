package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.Validation;
import nl.overstap.problem.Problem;

/**
 * R27: whatever happens to a valid file (truncation, flipped bytes, deleted lines, broken
 * indentation), loading returns problems or a catalogue, and never throws.
 */
class LoaderFuzzTest {
    private static final Map<String, String> VALID = Fixtures.parse(Fixtures.VALID);
    private static final List<String> NAMES = new ArrayList<>(VALID.keySet());

    private final Path root;

    LoaderFuzzTest() throws IOException {
        root = Files.createTempDirectory("overstap-fuzz");
    }

    @AfterProperty
    void cleanUp() throws IOException {
        try (var walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    enum Mutation { TRUNCATE, FLIP_BYTE, DELETE_LINE, SWAP_INDENTATION, DUPLICATE_LINE, INSERT_BYTES }

    record Change(String file, Mutation mutation, int position, byte[] noise) {
        byte[] apply(byte[] original) {
            if (original.length == 0) {
                return noise;
            }
            int at = Math.floorMod(position, original.length);
            List<String> lines = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
            int line = Math.floorMod(position, lines.size());
            switch (mutation) {
                case TRUNCATE:
                    return Arrays.copyOf(original, at);
                case FLIP_BYTE: {
                    byte[] copy = original.clone();
                    copy[at] ^= noise.length == 0 ? 0x55 : noise[0] | 1;
                    return copy;
                }
                case DELETE_LINE:
                    lines.remove(line);
                    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                case SWAP_INDENTATION: {
                    String text = lines.get(line);
                    String stripped = text.stripLeading();
                    String indent = text.substring(0, text.length() - stripped.length());
                    lines.set(line, (indent.isEmpty() ? "   " : indent.contains("\t") ? "" : "\t" + indent) + stripped);
                    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
                case DUPLICATE_LINE:
                    lines.add(line, lines.get(line));
                    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                default: {
                    byte[] out = new byte[original.length + noise.length];
                    System.arraycopy(original, 0, out, 0, at);
                    System.arraycopy(noise, 0, out, at, noise.length);
                    System.arraycopy(original, at, out, at + noise.length, original.length - at);
                    return out;
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Change> change = Combinators.combine(
                Arbitraries.of(NAMES), Arbitraries.of(Mutation.class), Arbitraries.integers().between(0, 100_000),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(8)).as(Change::new);
        return change.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 400)
    void loadingReportsProblemsAndNeverThrows(@ForAll("changes") List<Change> changes) throws IOException {
        cleanUp();
        for (var file : VALID.entrySet()) {
            byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
            for (Change change : changes) {
                if (change.file().equals(file.getKey())) {
                    bytes = change.apply(bytes);
                }
            }
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        }

        Validation validation = Generator.load(new LoadRequest(List.of(root)));

        String label = root.toString().replace('\\', '/');
        for (Problem problem : validation.problems().sorted()) {
            assertTrue(problem.path().startsWith(label + "/"), problem.format());
            assertTrue(problem.line() >= 0 && problem.column() >= 0, problem.format());
            assertTrue(!problem.message().isBlank());
        }
        // Nothing is lost silently: a catalogue without problems still has every entry.
        assertTrue(!validation.ok() || validation.catalogue().size() == 7, "entries were dropped without a problem");
    }
}
