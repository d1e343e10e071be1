package nl.overstap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryCommandTest {
    static final String CSV = """
            naam;eigenaar;gebruikers;beschikbaarheid;integriteit;vertrouwelijkheid;gegevens;hosting;afhankelijkVan;id
            MS Teams;Communicatie;300;hoog;midden;midden;intern;saas;entra;teams
            Azure AD;I&A;320;hoog;hoog;hoog;persoonsgegevens;saas;teams;entra
            Eigen urenregistratie;HRM;40;laag;midden;midden;persoonsgegevens;on-premises;entra;uren
            """;

    @TempDir
    Path dir;

    @Test
    void aSpreadsheetBecomesAReportAndTheCommandSaysWhatItDid() throws IOException {
        Path csv = Files.writeString(dir.resolve("landschap.csv"), CSV);
        CliRun run = CliRun.of("inventory", csv.toString(), "--out", dir.resolve("out").toString(), "--lang", "en",
                "--organisation", "Proefdorp", "--date", "2026-12-01", "--weights", "jurisdiction=50,data=0");
        assertEquals(0, run.code(), run.out() + run.err());
        String shown = csv.toString().replace('\\', '/');
        assertTrue(run.out().startsWith("3 applications, 2 matched to the catalogue, 1 not; 2 critical services; "
                + "2 moves on the roadmap\n  not matched: " + shown + ":4:1: Eigen urenregistratie\n"
                + "  in a circle: entra, teams\nmade 4 files in "), run.out());
        assertTrue(run.out().endsWith("  index.html\n  report.css\n  report.odt\n  report.pdf\n"), run.out());
        String html = Files.readString(dir.resolve("out/index.html"));
        assertTrue(html.contains("Proefdorp") && html.contains("1 December 2026"));
        assertTrue(html.contains("<td class=\"number\">50</td>"), "the weight given is used and shown");
    }

    @Test
    void problemsExitOneAndWriteNothing() throws IOException {
        Path csv = Files.writeString(dir.resolve("landschap.csv"), CSV.replace(";300;", ";veel;"));
        CliRun run = CliRun.of("inventory", csv.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().startsWith(csv.toString().replace('\\', '/') + ":2:3: error: field 'applications[1].users' "
                + "must be a whole number"), run.out());
        assertTrue(run.out().endsWith("1 problem in 1 file; nothing was written\n"), run.out());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path csv = Files.writeString(dir.resolve("landschap.csv"), CSV);
        CliRun weights = CliRun.of("inventory", csv.toString(), "--weights", "prijs=3");
        assertEquals(2, weights.code());
        assertTrue(weights.err().contains("--weights: 'prijs=3' is not a weight; write NAME=NUMBER with NAME one of "
                + "jurisdiction, lock-in, criticality, data"), weights.err());
        CliRun lang = CliRun.of("inventory", csv.toString(), "--lang", "de");
        assertEquals(2, lang.code());
        assertTrue(lang.err().contains("--lang must be nl or en"), lang.err());
        CliRun url = CliRun.of("inventory", csv.toString(), "--guide-url", "javascript:alert(1)");
        assertEquals(2, url.code());
        assertTrue(url.err().contains("--guide-url must be an http or https URL"), url.err());
    }
}
