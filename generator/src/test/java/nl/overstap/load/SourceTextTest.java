package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.Validation;
import nl.overstap.model.Entry;
import nl.overstap.problem.Problem;
import nl.overstap.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R1 (strict UTF-8) and R22 (line ends and BOMs do not leak). */
class SourceTextTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "rejects {0}")
    @ValueSource(strings = {"C0 AF", "ED A0 80", "FF", "E9"})
    void rejectsInvalidUtf8WithItsPlace(String hex) {
        byte[] bad = hexBytes(hex);
        byte[] bytes = new byte[6 + bad.length + 1];
        System.arraycopy("a: b\nc".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 6);
        System.arraycopy(bad, 0, bytes, 6, bad.length);
        bytes[bytes.length - 1] = '\n';
        Problems problems = new Problems();

        assertTrue(SourceText.decode(bytes, "f.yaml", problems).isEmpty());

        Problem problem = problems.sorted().get(0);
        assertEquals(2, problem.line());
        assertEquals(2, problem.column());
        assertTrue(problem.message().startsWith("not valid UTF-8 at byte 6 (" + hex.split(" ")[0]),
                problem.message());
    }

    @Test
    void neverSubstitutesReplacementCharacters() {
        Problems problems = new Problems();
        assertTrue(SourceText.decode(new byte[] {'x', (byte) 0xC3}, "f", problems).isEmpty());
        assertFalse(problems.isEmpty());
    }

    @Test
    void crlfCrAndBomGiveTheSameCatalogueAsLf() throws IOException {
        List<Entry> lf = load(text -> text);
        assertEquals(7, lf.size());
        assertEquals(lf, load(text -> text.replace("\n", "\r\n")));
        assertEquals(lf, load(text -> text.replace("\n", "\r")));
        assertEquals(lf, load(text -> "\uFEFF" + text));
        assertEquals(lf, load(text -> "\uFEFF" + text.replace("\n", "\r\n")));
    }

    @Test
    void keepsNoCarriageReturnOrBomInAnyText() throws IOException {
        String all = load(text -> "\uFEFF" + text.replace("\n", "\r\n")).toString();
        assertFalse(all.contains("\r"));
        assertFalse(all.contains("\uFEFF"));
    }

    private List<Entry> load(UnaryOperator<String> change) throws IOException {
        Path root = dir.resolve("catalogue");
        if (Files.exists(root)) {
            try (var walk = Files.walk(root)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        for (Map.Entry<String, String> file : Fixtures.parse(Fixtures.VALID).entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, change.apply(file.getValue()), StandardCharsets.UTF_8);
        }
        Validation validation = Generator.load(new LoadRequest(List.of(root)));
        assertEquals(List.of(), validation.problems().sorted());
        return validation.catalogue().entries().toList();
    }

    private static byte[] hexBytes(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }
}
