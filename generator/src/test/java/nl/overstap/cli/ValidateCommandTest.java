package nl.overstap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.overstap.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    /** Fixture review dates are from November 2026; checking as of then keeps these tests valid later. */
    static final String TODAY = "2026-12-02";

    @TempDir
    Path dir;

    @Test
    void cleanCatalogueExitsZeroWithASummary() {
        Fixtures.write(dir, Fixtures.VALID);
        CliRun run = CliRun.of("validate", "--today", TODAY, "--catalogue", dir.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals("no problems: 7 entries in 9 files\n", run.out().replace("\r", ""));
        assertEquals("", run.err());
    }

    @Test
    void problemsExitOneWithCompilerStyleLinesAndACount() throws IOException {
        Fixtures.write(dir, Fixtures.VALID);
        Files.writeString(dir.resolve("categories/chat.yaml"), "id: chat\nname: {nl: Chat}\nreviewed: 2026-02-30\n");
        Files.writeString(dir.resolve("standards/matrix.yaml"), "id: matrix\n");

        CliRun run = CliRun.of("validate", "--today", TODAY, "--catalogue", dir.toString());

        assertEquals(1, run.code());
        String prefix = dir.toString().replace('\\', '/');
        assertEquals(String.join("\n",
                prefix + "/categories/chat.yaml:1:1: error: missing required field 'summary'",
                prefix + "/categories/chat.yaml:3:11: error: field 'reviewed' must be a date written YYYY-MM-DD, "
                        + "found '2026-02-30'",
                prefix + "/standards/matrix.yaml:1:1: error: missing required field 'name'",
                prefix + "/standards/matrix.yaml:1:1: error: missing required field 'reviewed'",
                prefix + "/standards/matrix.yaml:1:1: error: missing required field 'status'",
                prefix + "/standards/matrix.yaml:1:1: error: missing required field 'summary'",
                "6 problems in 2 files", ""), run.out().replace("\r", ""));
    }

    @Test
    void jsonFormatIsParseableAndComplete() throws IOException {
        Fixtures.write(dir, Fixtures.VALID);
        Files.writeString(dir.resolve("standards/matrix.yaml"), "id: matrix\n");

        CliRun run = CliRun.of("validate", "--today", TODAY, "--catalogue", dir.toString(), "--format", "json");

        assertEquals(1, run.code());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertFalse(json.get("ok").asBoolean());
        assertEquals(4, json.get("problemCount").asInt());
        assertEquals("4 problems in 1 file", json.get("summary").asText());
        JsonNode first = json.get("problems").get(0);
        assertTrue(first.get("path").asText().endsWith("standards/matrix.yaml"));
        assertEquals(1, first.get("line").asInt());
        assertEquals("missing-field", first.get("code").asText());
    }

    @Test
    void missingFolderIsAUsageError() {
        CliRun run = CliRun.of("validate", "--today", TODAY, "--catalogue", dir.resolve("nope").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace for a user mistake");
    }

    @Test
    void unknownOptionAndFormatAreUsageErrors() {
        assertEquals(2, CliRun.of("validate", "--today", TODAY, "--bogus").code());
        assertEquals(2, CliRun.of("validate", "--today", TODAY, "--format", "xml").code());
        assertEquals(2, CliRun.of("frobnicate").code());
    }

    @Test
    void everyCommandHasHelp() {
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("validate"));
        CliRun validate = CliRun.of("validate", "--today", TODAY, "--help");
        assertEquals(0, validate.code());
        assertTrue(validate.out().contains("--catalogue=DIR"));
        assertTrue(validate.out().contains("--format"));
    }

    @Test
    void bundledCatalogueIsTheDefaultAndValid() {
        CliRun run = CliRun.of("validate", "--today", TODAY);
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().startsWith("no problems: "), run.out());
    }

    @Test
    void controlCharactersInUserTextCannotReachTheTerminal() throws IOException {
        Fixtures.write(dir, Fixtures.VALID);
        // YAML escapes put control characters in values without any raw control byte in the file.
        Files.writeString(dir.resolve("categories/chat.yaml"), "id: chat\nname: {nl: \"Chat\\e[31m\\a\"}\n"
                + "summary: {nl: x}\nreviewed: 2026-11-01\n");
        Files.writeString(dir.resolve("standards/matrix.yaml"), "id: matrix\nname: M\nsummary: {nl: x}\n"
                + "status: unknown\nreviewed: 2026-11-01\n\"\\e]0;pwned\\a\": x\n");
        CliRun run = CliRun.of("validate", "--today", TODAY, "--catalogue", dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("categories/chat.yaml:2:12: error: field 'name.nl' contains U+001B"), run.out());
        assertTrue(run.out().contains("unknown field '\\u001B]0;pwned\\u0007'"), run.out());
        assertFalse(run.out().contains("\u001b"), run.out());
        assertFalse(run.out().contains("\u0007"), run.out());
    }
}
