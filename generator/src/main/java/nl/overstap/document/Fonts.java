package nl.overstap.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every PDF embeds: DejaVu Sans and Sans Mono (free licence, see {@code LICENSE} beside
 * them in the jar). Only these are registered: openhtmltopdf looks up no system font, and text in
 * any other family would silently vanish, so the stylesheets name these two first.
 *
 * <p>Parsing a font costs more than laying out a handout, so one {@code Fonts} parses each face
 * once, when a document first uses it, and lends it to every later document. A parsed font is not
 * safe for concurrent use: each thread that makes PDFs has its own {@code Fonts}.
 */
final class Fonts implements AutoCloseable {
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private record Face(String family, int weight, FontStyle style, String file) {
    }

    private static final List<Face> FACES = List.of(
            new Face(SANS, 400, FontStyle.NORMAL, "DejaVuSans.ttf"),
            new Face(SANS, 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf"),
            new Face(SANS, 400, FontStyle.OBLIQUE, "DejaVuSans-Oblique.ttf"),
            new Face(SANS, 700, FontStyle.OBLIQUE, "DejaVuSans-BoldOblique.ttf"),
            new Face(MONO, 400, FontStyle.NORMAL, "DejaVuSansMono.ttf"));

    private final TrueTypeFont[] parsed = new TrueTypeFont[FACES.size()];

    /**
     * Registers every face for {@code document}, embedded as a subset of the glyphs it uses; also
     * under the generic family names, so that a theme's stylesheet that names another font, or none,
     * gets these rather than invisible text.
     */
    void register(PdfRendererBuilder builder, PDDocument document) {
        for (int i = 0; i < FACES.size(); i++) {
            int index = i;
            Face face = FACES.get(i);
            PDFontSupplier supplier = new PDFontSupplier(null) {
                private PDFont loaded;

                @Override
                public PDFont supply() {
                    try {
                        // Loaded this way, the document does not close the shared font.
                        if (loaded == null) {
                            loaded = PDType0Font.load(document, font(index), true);
                        }
                        return loaded;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            List<String> families = face.family().equals(MONO) ? List.of(MONO, "monospace")
                    : List.of(SANS, "sans-serif", "serif");
            for (String family : families) {
                builder.useFont(supplier, family, face.weight(), face.style(), true);
            }
        }
    }

    /**
     * Registers the DejaVu Sans faces for drawings (inline SVG), which Batik draws with fonts of its
     * own: without them it would look for system fonts, which a server may not have. Drawings name
     * DejaVu Sans first, then sans-serif.
     */
    static void registerForDrawings(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            if (face.family().equals(SANS)) {
                for (String family : List.of(SANS, "sans-serif")) {
                    builder.useFont(() -> Fonts.class.getResourceAsStream(FOLDER + face.file()), family, face.weight(),
                            face.style(), true, EnumSet.of(FSFontUseCase.SVG));
                }
            }
        }
    }

    private TrueTypeFont font(int index) throws IOException {
        if (parsed[index] == null) {
            String file = FACES.get(index).file();
            try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + file + " is missing from the class path");
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                // The font's substitution rules would put ligature glyphs (U+FB01 for "fi") in place of
                // letters, which search and screen readers do not read as those letters; applying them
                // also took a sixth of each PDF's time.
                font.setEnableGsub(false);
                parsed[index] = font;
            }
        }
        return parsed[index];
    }

    @Override
    public void close() {
        for (TrueTypeFont font : parsed) {
            if (font != null) {
                try {
                    font.close();
                } catch (IOException e) {
                    // an in-memory font holds nothing that could fail to close
                }
            }
        }
    }
}
