package nl.overstap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.overstap.BuiltSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program people open ODT files with, LibreOffice (Debian's libreoffice-writer), converts the
 * example course's booklet and downloads of the guide to PDF without complaint, keeping their
 * text. Skipped with a message where LibreOffice is missing, except under CI=true.
 */
class LibreOfficeTest {
    private static final List<String> CANDIDATES = List.of("/usr/bin/soffice", "/usr/bin/libreoffice",
            "/usr/lib/libreoffice/program/soffice");

    private static String soffice() {
        String found = CANDIDATES.stream().filter(path -> new File(path).canExecute()).findFirst().orElse(null);
        if (found == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but LibreOffice is missing: .ci/run must install libreoffice-writer-nogui");
        }
        Assumptions.assumeTrue(found != null, "LibreOffice not installed (apt-get install libreoffice-writer-nogui); "
                + "ODT conversion test skipped");
        return found;
    }

    @Test
    void libreOfficeOpensTheOdtFilesAndConvertsThemToPdf(@TempDir Path dir) throws Exception {
        String soffice = soffice();
        Path site = BuiltSites.bundled();
        List<Path> odts = List.of(BuiltSites.exampleCourse().resolve("open-werkplek-dag-1.odt"),
                site.resolve("nl/training/element-basics/element-basics.nl.odt"),
                site.resolve("en/migrations/microsoft-teams--element/microsoft-teams--element.en.odt"));
        List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile")
                .toUri(), "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString()));
        odts.forEach(odt -> command.add(odt.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish: " + output);
        assertEquals(0, process.exitValue(), output);
        List<String> expected = List.of("De open werkplek, dag 1", "Element: de basis", "From Microsoft Teams to Element");
        for (int i = 0; i < odts.size(); i++) {
            Path pdf = dir.resolve("pdf").resolve(odts.get(i).getFileName().toString().replace(".odt", ".pdf"));
            assertTrue(Files.isRegularFile(pdf), "no PDF for " + odts.get(i).getFileName() + ":\n" + output);
            ReadBack.Pdf read = ReadBack.pdf(Files.readAllBytes(pdf));
            assertTrue(read.text().contains(expected.get(i)), pdf + ": " + read.text());
            assertTrue(read.pages() > 1, pdf + " has " + read.pages() + " pages");
        }
    }

    /**
     * LibreOffice draws the SVG pictures of a handout with drawings: the text inside them (box
     * labels, a bar's value) reaches its PDF, which it could not without reading the SVG.
     */
    @Test
    void libreOfficeDrawsTheSvgPicturesOfAnOdt(@TempDir Path dir) throws Exception {
        String soffice = soffice();
        Path odt = Files.write(dir.resolve("rapport.odt"), Odt.of(DrawingsTest.handout()));
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString(),
                odt.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish: " + output);
        Path pdf = dir.resolve("pdf/rapport.pdf");
        assertTrue(Files.isRegularFile(pdf), "no PDF:\n" + output);
        String text = ReadBack.pdf(Files.readAllBytes(pdf)).text();
        for (String drawn : List.of("Entra ID", "Burgerportaal & <co>", "Kritieke dienst", "69 % (310 van 450)")) {
            assertTrue(text.contains(drawn), drawn + " not in " + text);
        }
    }

    /** The conversion is a real check: LibreOffice makes no PDF of a file that is not a document. */
    @Test
    void libreOfficeTurnsDownAFileThatIsNotADocument(@TempDir Path dir) throws IOException, InterruptedException {
        String soffice = soffice();
        Path broken = Files.write(dir.resolve("broken.odt"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString(),
                broken.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), output);
        assertTrue(!Files.exists(dir.resolve("pdf/broken.pdf")), output);
    }
}
