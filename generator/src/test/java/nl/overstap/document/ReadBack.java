package nl.overstap.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a reader gets out of a produced PDF or ODT, read back with PDFBox and odfdom. */
final class ReadBack {
    private ReadBack() {
    }

    /** A PDF as PDFBox sees it; {@code text} in reading order, with every run of white space as one space. */
    record Pdf(String text, int pages, String language, String title, boolean marked, boolean displaysTitle,
            List<String> tags, List<String> fonts, boolean fontsEmbedded, String xmp, List<String> outline) {
    }

    static Pdf pdf(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var catalog = pdf.getDocumentCatalog();
            List<String> tags = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                collectTags(catalog.getStructureTreeRoot(), tags);
            }
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            String xmp = catalog.getMetadata() == null ? ""
                    : new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            // Sorted by position: openhtmltopdf draws a line's bold and italic runs after its plain ones.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            List<String> outline = new ArrayList<>();
            if (catalog.getDocumentOutline() != null) {
                catalog.getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
            }
            return new Pdf(text, pdf.getNumberOfPages(), catalog.getLanguage(),
                    pdf.getDocumentInformation().getTitle(),
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                    catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(),
                    tags, fonts, embedded, xmp, outline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text below {@code node}, in document order. */
    private static String text(org.w3c.dom.Node node) {
        if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            return node.getNodeValue();
        }
        StringBuilder text = new StringBuilder();
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            text.append(text(child));
        }
        return text.toString();
    }

    private static void collectTags(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                collectTags(element, tags);
            }
        }
    }

    /** One heading of an ODT: its outline level and text. */
    record Heading(int level, String text) {
    }

    /** An ODT as odfdom sees it: its headings, tables (as rows of cell texts) and list items. */
    record Odt(List<Heading> headings, List<Table> tables, List<String> listItems, String title, String language,
            boolean hasTableOfContents, String text) {
    }

    record Table(int headerRows, List<List<String>> rows) {
    }

    static Odt odt(byte[] bytes) {
        try (OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(bytes))) {
            Element root = odt.getContentRoot();
            String text = OdfDocumentNamespace.TEXT.getUri();
            List<Heading> headings = new ArrayList<>();
            NodeList h = root.getElementsByTagNameNS(text, "h");
            for (int i = 0; i < h.getLength(); i++) {
                Element heading = (Element) h.item(i);
                headings.add(new Heading(Integer.parseInt(heading.getAttributeNS(text, "outline-level")),
                        text(heading)));
            }
            List<Table> tables = new ArrayList<>();
            for (var table : odt.getTableList(false)) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < table.getRowCount(); r++) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < table.getColumnCount(); c++) {
                        cells.add(table.getCellByPosition(c, r).getDisplayText());
                    }
                    rows.add(cells);
                }
                tables.add(new Table(table.getHeaderRowCount(), rows));
            }
            List<String> items = new ArrayList<>();
            NodeList li = root.getElementsByTagNameNS(text, "list-item");
            for (int i = 0; i < li.getLength(); i++) {
                items.add(text(li.item(i)));
            }
            boolean toc = root.getElementsByTagNameNS(text, "table-of-content").getLength() > 0;
            return new Odt(headings, tables, items, odt.getOfficeMetadata().getTitle(),
                    odt.getOfficeMetadata().getLanguage(), toc, text(root));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
