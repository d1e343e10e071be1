package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import java.time.Duration;
import java.util.List;
import nl.overstap.load.YamlNode.Mapping;
import nl.overstap.load.YamlNode.Scalar;
import nl.overstap.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;
import org.yaml.snakeyaml.LoaderOptions;

class YamlReaderTest {

    /** R3: the reader's settings are part of its safety; a change must be deliberate. */
    @Test
    void settingsDoNotDrift() {
        LoaderOptions options = YamlReader.loaderOptions();
        assertFalse(options.isAllowDuplicateKeys());
        assertEquals(0, options.getMaxAliasesForCollections());
        assertFalse(options.getAllowRecursiveKeys());
        assertEquals(64, options.getNestingDepthLimit());
        assertEquals(1 << 20, options.getCodePointLimit());
        assertEquals(10, YamlReader.MAX_DEPTH);
        assertFalse(YamlReader.factory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature()));
        assertEquals(64, YamlReader.factory().streamReadConstraints().getMaxNestingDepth());
    }

    /** R4: text fields keep what was written, not what YAML would turn it into. */
    @Test
    void keepsScalarsAsWritten() {
        Problems problems = new Problems();
        Mapping root = (Mapping) YamlReader.read("a: No\nb: 1.10\nc: 0755\nd: 0x1F\ne: ~\nf: 'yes'\n", "f.yaml", 0,
                problems).orElseThrow();
        assertTrue(problems.isEmpty());
        List<String> texts = root.entries().stream().map(e -> ((Scalar) e.value()).text()).toList();
        assertEquals(List.of("No", "1.10", "0755", "0x1F", "", "yes"), texts);
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append("]\n");
        }
        Problems problems = new Problems();
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> YamlReader.read(bomb.toString(), "bomb.yaml", 0, problems));
        assertFalse(problems.isEmpty());
        assertTrue(problems.sorted().stream().anyMatch(p -> p.code().equals("yaml-alias")));
    }

    @Test
    void deeplyNestedInputFailsCleanly() {
        Problems problems = new Problems();
        String deep = "a: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
        assertTrue(YamlReader.read(deep, "deep.yaml", 0, problems).isEmpty());
        assertFalse(problems.isEmpty());
    }

    @Test
    void lineOffsetMovesEveryPosition() {
        Problems problems = new Problems();
        YamlReader.read("a: 1\na: 2\n", "f.md", 1, problems);
        assertEquals("f.md:3:1: error: duplicate key 'a' (first at line 2)", problems.sorted().get(0).format());
    }
}
