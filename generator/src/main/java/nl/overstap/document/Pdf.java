package nl.overstap.document;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import nl.overstap.render.Handout;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Makes handouts into tagged PDF (PDF/UA-1): structure tags, document language and title, embedded
 * fonts. Nothing is loaded from outside the handout, and the dates and file identifier come from
 * the handout, so the same handout always gives the same bytes (R21). One maker serves one thread
 * at a time; it keeps the fonts it parsed for the next document.
 */
public final class Pdf implements AutoCloseable {
    /** The PDF's producer; the version is left out so that an upgrade alone does not change files. */
    static final String PRODUCER = "Overstap";

    static {
        // openhtmltopdf logs every font load and layout step to the console; a build prints only its own report.
        XRLog.setLoggingEnabled(false);
    }

    private final Fonts fonts = new Fonts();

    /** One handout as PDF. */
    public static byte[] of(Handout handout) {
        try (Pdf pdf = new Pdf()) {
            return pdf.make(handout);
        }
    }

    public byte[] make(Handout handout) {
        org.jsoup.nodes.Document html = Jsoup.parse(handout.html());
        // The PDF's description (its "subject") comes from here; PDF/UA readers show it.
        html.head().appendElement("meta").attr("name", "subject").attr("content", handout.description());
        bookmarks(html);
        boolean drawings;
        try {
            drawings = Drawings.prepare(html);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(handout.name() + ": " + e.getMessage(), e);
        }
        org.w3c.dom.Document dom = W3CDom.convert(html);
        PDDocument document = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(document)
                .usePdfUaAccessibility(true)
                .withProducer(PRODUCER)
                .withW3cDocument(dom, null)
                // The handout is self-contained: no image, stylesheet or font is fetched from anywhere.
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        fonts.register(builder, document);
        if (drawings) {
            // Only documents with drawings pay for Batik and the fonts it reads.
            builder.useSVGDrawer(new BatikSVGDrawer());
            Fonts.registerForDrawings(builder);
        }
        try (document; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            fixDatesAndId(pdf, handout);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bookmark (the viewer's outline) for every second-level heading that has an id. */
    private static void bookmarks(org.jsoup.nodes.Document html) {
        var headings = html.body().select("h2[id]");
        if (headings.isEmpty()) {
            return;
        }
        var bookmarks = html.head().appendElement("bookmarks");
        for (var heading : headings) {
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
        }
    }

    @Override
    public void close() {
        fonts.close();
    }

    /** openhtmltopdf stamps the clock as creation date and PDFBox a clock-based id: both replaced. */
    private static void fixDatesAndId(PDDocument pdf, Handout handout) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.setTimeInMillis(handout.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        info.setCreationDate(date);
        info.setModificationDate(date);
        byte[] id = digest(handout.name() + "\n" + handout.html());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
