package nl.overstap.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.overstap.render.Handout;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.odftoolkit.odfdom.dom.element.draw.DrawFrameElement;
import org.odftoolkit.odfdom.dom.element.draw.DrawImageElement;
import org.odftoolkit.odfdom.dom.element.style.StyleParagraphPropertiesElement;
import org.odftoolkit.odfdom.dom.element.style.StyleTableCellPropertiesElement;
import org.odftoolkit.odfdom.dom.element.style.StyleTablePropertiesElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableColumnElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableHeaderColumnsElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.element.text.TextAElement;
import org.odftoolkit.odfdom.dom.element.text.TextBookmarkElement;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextIndexBodyElement;
import org.odftoolkit.odfdom.dom.element.text.TextIndexTitleElement;
import org.odftoolkit.odfdom.dom.element.text.TextLineBreakElement;
import org.odftoolkit.odfdom.dom.element.text.TextListElement;
import org.odftoolkit.odfdom.dom.element.text.TextListItemElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextSpanElement;
import org.odftoolkit.odfdom.dom.element.text.TextTableOfContentElement;
import org.odftoolkit.odfdom.dom.element.text.TextTableOfContentSourceElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.odftoolkit.odfdom.pkg.OdfElement;

/**
 * A handout as an OpenDocument text that people edit in LibreOffice: its HTML headings become
 * real headings (with bookmarks for the table of contents), lists become lists, tables become
 * tables with header rows, and a booklet's contents become a table of contents that LibreOffice
 * can update with page numbers. The styles are {@link OdtBase}'s.
 */
public final class Odt {
    static final String GENERATOR = "Overstap";
    /** The text area of the template's A4 page with 2 cm margins. */
    private static final double TEXT_WIDTH_CM = 17;
    private static final double TEXT_HEIGHT_CM = 22;

    private final OdfTextDocument document;
    private final OdfContentDom dom;
    private final Map<String, String> pageBreakStyles = new HashMap<>();
    private boolean pageBreakPending;
    private int sheets;
    private int tables;
    private int drawings;
    private String tableStyle;
    private String cellStyle;

    private Odt(OdfTextDocument document) throws Exception {
        this.document = document;
        this.dom = document.getContentDom();
    }

    public static byte[] of(Handout handout) {
        try {
            byte[] saved = OdfLocale.call(() -> {
                Odt odt = new Odt(OdfTextDocument.loadDocument(new ByteArrayInputStream(OdtBase.of(handout.language()))));
                odt.write(handout);
                ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
                odt.document.save(out);
                odt.document.close();
                return out.toByteArray();
            });
            return Packages.normalise(saved, handout.date());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(handout.name() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the ODT of " + handout.name() + ": " + e, e);
        }
    }

    private void write(Handout handout) throws Exception {
        metadata(handout);
        blocks(Jsoup.parse(handout.html()).body(), document.getContentRoot(), "Text_20_body");
        renameAutomaticStyles();
    }

    /**
     * odfdom names every automatic style it makes (for tables, and our page breaks) with
     * {@code Math.random()}; named again in document order, equal documents get equal bytes (R21).
     */
    private void renameAutomaticStyles() {
        OdfElement automatic = dom.getAutomaticStyles();
        if (automatic == null) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        String style = OdfDocumentNamespace.STYLE.getUri();
        for (org.w3c.dom.Node child = automatic.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element element && element.hasAttributeNS(style, "name")) {
                String name = "S" + (names.size() + 1);
                names.put(element.getAttributeNS(style, "name"), name);
                element.setAttributeNS(style, "style:name", name);
            }
        }
        renameReferences(dom.getRootElement(), names);
    }

    private static void renameReferences(org.w3c.dom.Element element, Map<String, String> names) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attribute = attributes.item(i);
            String local = attribute.getLocalName();
            if (local != null && local.endsWith("style-name") && names.containsKey(attribute.getNodeValue())) {
                attribute.setNodeValue(names.get(attribute.getNodeValue()));
            }
        }
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element nested) {
                renameReferences(nested, names);
            }
        }
    }

    // ---- metadata and styles ----

    private void metadata(Handout handout) {
        OdfOfficeMeta meta = document.getOfficeMetadata();
        // odfdom stamps the clock, an editing time and its own name on save unless told not to (R21).
        meta.setAutomaticUpdate(false);
        meta.removeUserDefinedDataByName("License");
        Instant date = handout.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        meta.setGenerator(GENERATOR);
        meta.setInitialCreator(GENERATOR);
        meta.setCreator(GENERATOR);
        meta.setCreationInstant(date);
        meta.setInstant(date);
        meta.setEditingCycles(1);
        meta.setEditingDuration(null);
        meta.setTitle(handout.title());
        meta.setDescription(handout.description());
        meta.setLanguage(handout.language().tag());
    }

    // ---- blocks ----

    /** The block content of {@code html}; loose inline content is gathered into paragraphs of {@code style}. */
    private void blocks(Element html, OdfElement parent, String style) {
        TextPElement loose = null;
        for (Node node : html.childNodes()) {
            if (node instanceof Element element && isBlock(element)) {
                loose = null;
                block(element, parent, style);
            } else if (!(node instanceof TextNode text && text.isBlank() && loose == null)) {
                if (loose == null) {
                    loose = paragraph(parent, style);
                }
                inline(node, loose);
            }
        }
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre", "blockquote", "dl", "hr",
                    "div", "section", "article", "main", "nav", "header", "footer", "figure", "figcaption" -> true;
            default -> false;
        };
    }

    private void block(Element element, OdfElement parent, String style) {
        switch (element.normalName()) {
            case "p" -> {
                TextPElement paragraph = paragraph(parent, style);
                inlineChildren(element, paragraph);
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, parent);
            case "ul", "ol" -> list(element, parent);
            case "table" -> table(element, parent);
            case "pre" -> preformatted(element, parent);
            case "blockquote" -> blocks(element, parent, "Quotations");
            case "dl" -> definitions(element, parent);
            case "hr" -> paragraph(parent, "Horizontal_20_Line");
            default -> {
                if (element.hasClass("toc")) {
                    contents(element, parent);
                    return;
                }
                if (element.hasClass("part") || element.hasClass("sheet") && sheets++ > 0) {
                    pageBreakPending = true;
                }
                blocks(element, parent, style);
            }
        }
    }

    private TextPElement paragraph(OdfElement parent, String style) {
        TextPElement paragraph = dom.newOdfElement(TextPElement.class);
        paragraph.setTextStyleNameAttribute(styleWithBreak(style));
        parent.appendChild(paragraph);
        return paragraph;
    }

    private void heading(Element element, OdfElement parent) {
        int level = element.normalName().charAt(1) - '0';
        TextHElement heading = dom.newOdfElement(TextHElement.class);
        heading.setTextOutlineLevelAttribute(level);
        heading.setTextStyleNameAttribute(styleWithBreak("Heading_20_" + level));
        parent.appendChild(heading);
        if (!element.id().isEmpty()) {
            TextBookmarkElement bookmark = dom.newOdfElement(TextBookmarkElement.class);
            bookmark.setTextNameAttribute(element.id());
            heading.appendChild(bookmark);
        }
        inlineChildren(element, heading);
    }

    /** {@code style}, or once after a page break was asked for, an automatic style that starts a page. */
    private String styleWithBreak(String style) {
        if (!pageBreakPending) {
            return style;
        }
        pageBreakPending = false;
        return pageBreakStyles.computeIfAbsent(style, parent -> {
            OdfStyle breaking = dom.getOrCreateAutomaticStyles().newStyle(OdfStyleFamily.Paragraph);
            breaking.setStyleParentStyleNameAttribute(parent);
            breaking.setProperty(StyleParagraphPropertiesElement.BreakBefore, "page");
            return breaking.getStyleNameAttribute();
        });
    }

    private void list(Element element, OdfElement parent) {
        boolean numbered = element.normalName().equals("ol");
        TextListElement list = dom.newOdfElement(TextListElement.class);
        // A nested list takes its style from the outer one.
        if (!(parent instanceof TextListItemElement)) {
            list.setTextStyleNameAttribute(numbered ? "Numbering_20_1" : "List_20_1");
        }
        parent.appendChild(list);
        for (Element item : element.children()) {
            TextListItemElement listItem = dom.newOdfElement(TextListItemElement.class);
            list.appendChild(listItem);
            blocks(item, listItem, numbered ? "Numbering_20_1" : "List_20_1");
            if (!listItem.hasChildNodes()) {
                paragraph(listItem, "List_20_1");
            }
        }
    }

    private void preformatted(Element element, OdfElement parent) {
        OdfWhitespaceProcessor whitespace = new OdfWhitespaceProcessor();
        for (String line : element.wholeText().split("\n", -1)) {
            whitespace.append(paragraph(parent, "Preformatted_20_Text"), line);
        }
    }

    /** A definition list ({@code dt}, {@code dd}) as paragraphs "term: description". */
    private void definitions(Element element, OdfElement parent) {
        TextPElement paragraph = null;
        for (Element child : element.children()) {
            if (child.normalName().equals("dt")) {
                paragraph = paragraph(parent, "Text_20_body");
                TextSpanElement term = span(paragraph, "Strong_20_Emphasis");
                inlineChildren(child, term);
                paragraph.newTextNode(": ");
            } else if (child.normalName().equals("dd")) {
                if (paragraph == null) {
                    paragraph = paragraph(parent, "Text_20_body");
                }
                inlineChildren(child, paragraph);
                paragraph = null;
            }
        }
    }

    /**
     * A table with its header rows (and a header column when every body row starts with one),
     * made of odfdom's table elements directly: its {@code OdfTable} helper parses the template's
     * 90 kB of styles for every table it makes.
     */
    private void table(Element element, OdfElement parent) {
        List<Element> rows = element.select("tr");
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(row -> row.select("> th, > td").size()).max().orElse(1);
        int headerRows = element.select("> thead > tr").size();
        List<Element> bodyRows = rows.subList(headerRows, rows.size());
        boolean headerColumn = !bodyRows.isEmpty() && bodyRows.stream()
                .allMatch(row -> !row.children().isEmpty() && row.child(0).normalName().equals("th"));
        TableTableElement table = dom.newOdfElement(TableTableElement.class);
        table.setTableNameAttribute("Table" + ++tables);
        table.setTableStyleNameAttribute(tableStyle());
        parent.appendChild(table);
        if (headerColumn) {
            TableTableHeaderColumnsElement header = table.newTableTableHeaderColumnsElement();
            header.newTableTableColumnElement();
        }
        TableTableColumnElement rest = table.newTableTableColumnElement();
        rest.setTableNumberColumnsRepeatedAttribute(Math.max(1, columns - (headerColumn ? 1 : 0)));
        OdfElement headerRowGroup = headerRows > 0 ? table.newTableTableHeaderRowsElement() : null;
        for (int r = 0; r < rows.size(); r++) {
            TableTableRowElement row = dom.newOdfElement(TableTableRowElement.class);
            (r < headerRows ? headerRowGroup : table).appendChild(row);
            List<Element> cells = rows.get(r).select("> th, > td");
            for (int c = 0; c < columns; c++) {
                TableTableCellElement cell = dom.newOdfElement(TableTableCellElement.class);
                cell.setTableStyleNameAttribute(cellStyle());
                row.appendChild(cell);
                boolean header = c < cells.size() && cells.get(c).normalName().equals("th");
                if (c < cells.size()) {
                    blocks(cells.get(c), cell, header ? "Table_20_Heading" : "Table_20_Contents");
                }
                if (!cell.hasChildNodes()) {
                    paragraph(cell, "Table_20_Contents");
                }
            }
        }
    }

    /** The full-width table style, made once per document. */
    private String tableStyle() {
        if (tableStyle == null) {
            OdfStyle style = dom.getOrCreateAutomaticStyles().newStyle(OdfStyleFamily.Table);
            style.setProperty(StyleTablePropertiesElement.Width, "17cm");
            style.setProperty(StyleTablePropertiesElement.Align, "margins");
            tableStyle = style.getStyleNameAttribute();
        }
        return tableStyle;
    }

    /** A thin border and some padding around every cell, like the PDF's. */
    private String cellStyle() {
        if (cellStyle == null) {
            OdfStyle style = dom.getOrCreateAutomaticStyles().newStyle(OdfStyleFamily.TableCell);
            style.setProperty(StyleTableCellPropertiesElement.Border, "0.5pt solid #8a96a3");
            style.setProperty(StyleTableCellPropertiesElement.Padding, "0.1cm");
            cellStyle = style.getStyleNameAttribute();
        }
        return cellStyle;
    }

    /** A booklet's contents: an index LibreOffice can update, filled with links to the headings' bookmarks. */
    private void contents(Element nav, OdfElement parent) {
        pageBreakPending = true;
        Element title = nav.selectFirst("h1, h2, h3");
        String name = title == null ? "Contents" : title.text();
        TextTableOfContentElement toc = dom.newOdfElement(TextTableOfContentElement.class);
        toc.setTextNameAttribute(name);
        toc.setTextProtectedAttribute(true);
        parent.appendChild(toc);
        TextTableOfContentSourceElement source = toc.newTextTableOfContentSourceElement();
        source.setTextOutlineLevelAttribute(2);
        source.newTextIndexTitleTemplateElement().setTextStyleNameAttribute("Contents_20_Heading");
        TextIndexBodyElement body = toc.newTextIndexBodyElement();
        TextIndexTitleElement indexTitle = body.newTextIndexTitleElement(name);
        TextPElement heading = paragraph(indexTitle, "Contents_20_Heading");
        heading.newTextNode(name);
        for (Element link : nav.select("li > a[href]")) {
            TextPElement entry = paragraph(body, "Contents_20_1");
            TextAElement a = entry.newTextAElement(link.attr("href"), "simple");
            a.newTextNode(link.text());
        }
    }

    // ---- inline content ----

    private void inlineChildren(Element element, OdfElement target) {
        for (Node node : element.childNodes()) {
            inline(node, target);
        }
    }

    private void inline(Node node, OdfElement target) {
        if (node instanceof TextNode text) {
            String words = text.getWholeText().replaceAll("\\s+", " ");
            if (!words.isEmpty()) {
                target.appendChild(dom.createTextNode(words));
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "strong", "b", "dt" -> inlineChildren(element, span(target, "Strong_20_Emphasis"));
            case "em", "i" -> inlineChildren(element, span(target, "Emphasis"));
            case "code", "kbd", "samp" -> inlineChildren(element, span(target, "Source_20_Text"));
            case "br" -> target.appendChild(dom.newOdfElement(TextLineBreakElement.class));
            case "svg" -> drawing(element, target);
            case "a" -> {
                TextAElement link = dom.newOdfElement(TextAElement.class);
                link.setXlinkHrefAttribute(element.attr("href"));
                link.setXlinkTypeAttribute("simple");
                link.setTextStyleNameAttribute("Internet_20_link");
                target.appendChild(link);
                inlineChildren(element, link);
            }
            default -> inlineChildren(element, target); // span, del, time, ...: their text
        }
    }

    /**
     * An inline SVG drawing as a picture in a frame, anchored like a character: the SVG itself is
     * stored in the package (LibreOffice draws SVG pictures), named by its digest so that equal
     * drawings are stored once and documents stay byte-identical; the frame's title and
     * description, which LibreOffice offers as alternative text, are the drawing's. Wider than
     * the text or taller than a page, it is scaled down to fit, keeping its proportions.
     */
    private void drawing(Element svg, OdfElement target) {
        byte[] file = Drawings.standalone(svg);
        String path = "Pictures/" + digest(file) + ".svg";
        if (!document.getPackage().contains(path)) {
            document.getPackage().insert(file, path, "image/svg+xml");
        }
        double[] size = centimetres(svg);
        DrawFrameElement frame = dom.newOdfElement(DrawFrameElement.class);
        frame.setDrawNameAttribute("Drawing" + ++drawings);
        frame.setTextAnchorTypeAttribute("as-char");
        frame.setSvgWidthAttribute(String.format(Locale.ROOT, "%.3fcm", size[0]));
        frame.setSvgHeightAttribute(String.format(Locale.ROOT, "%.3fcm", size[1]));
        frame.setDrawZIndexAttribute(0);
        target.appendChild(frame);
        DrawImageElement image = frame.newDrawImageElement();
        image.setXlinkHrefAttribute(path);
        image.setXlinkTypeAttribute("simple");
        image.setXlinkShowAttribute("embed");
        image.setXlinkActuateAttribute("onLoad");
        String title = Drawings.title(svg).orElseGet(() -> Drawings.alternativeText(svg));
        frame.newSvgTitleElement().appendChild(dom.createTextNode(title));
        Drawings.description(svg).ifPresent(text -> frame.newSvgDescElement().appendChild(dom.createTextNode(text)));
    }

    /** The drawing's width and height in centimetres (96 pixels an inch), scaled down to fit the text area. */
    private static double[] centimetres(Element svg) {
        double width = Drawings.pixels(svg.attr("width"));
        double height = Drawings.pixels(svg.attr("height"));
        String[] box = svg.attr("viewBox").strip().split("[\\s,]+");
        if ((width < 0 || height < 0) && box.length == 4) {
            width = Drawings.pixels(box[2]);
            height = Drawings.pixels(box[3]);
        }
        if (width < 0 || height < 0) {
            width = 400;
            height = 300;
        }
        double cmWidth = width * 2.54 / 96;
        double cmHeight = height * 2.54 / 96;
        double scale = Math.min(1, Math.min(TEXT_WIDTH_CM / cmWidth, TEXT_HEIGHT_CM / cmHeight));
        return new double[] {cmWidth * scale, cmHeight * scale};
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.util.HexFormat.of().formatHex(sha, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TextSpanElement span(OdfElement target, String style) {
        TextSpanElement span = dom.newOdfElement(TextSpanElement.class);
        span.setTextStyleNameAttribute(style);
        target.appendChild(span);
        return span;
    }
}
