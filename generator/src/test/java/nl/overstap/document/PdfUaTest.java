package nl.overstap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.overstap.BuiltSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF checks every PDF Overstap makes against PDF/UA-1 (ISO 14289-1): every download of the
 * bundled guide, the example course's booklet and cheat sheets, and the sample inventory's report. One validator for all, since
 * veraPDF takes seconds to start.
 */
class PdfUaTest {
    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The rules {@code pdf} breaks, as "rule clause-test: description", or none. */
    static List<String> failedRules(InputStream pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf, PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant");
            }
            return List.copyOf(failed);
        }
    }

    @Test
    void everyPdfOfTheGuideAndTheExampleCourseIsPdfUa1() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        Path site = BuiltSites.bundled();
        BuiltSites.files(site, ".pdf").forEach(path -> pdfs.add(site.resolve(path)));
        Path course = BuiltSites.exampleCourse();
        BuiltSites.files(course, ".pdf").forEach(path -> pdfs.add(course.resolve(path)));
        for (nl.overstap.model.Language language : nl.overstap.model.Language.values()) {
            Path report = BuiltSites.sampleReport(language);
            BuiltSites.files(report, ".pdf").forEach(path -> pdfs.add(report.resolve(path)));
        }
        assertTrue(pdfs.size() > 80, "PDFs: " + pdfs.size());
        List<String> failures = new ArrayList<>();
        for (Path pdf : pdfs) {
            try (InputStream in = Files.newInputStream(pdf)) {
                failedRules(in).forEach(rule -> failures.add(pdf.getFileName() + ": " + rule));
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The validator is live: an untagged PDF without a title or language fails PDF/UA-1. */
    @Test
    void veraPdfRejectsAnUntaggedPdf() throws Exception {
        byte[] plain;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            plain = out.toByteArray();
        }
        List<String> failed = failedRules(new ByteArrayInputStream(plain));
        assertFalse(failed.isEmpty());
    }
}
