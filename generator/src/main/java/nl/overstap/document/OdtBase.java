package nl.overstap.document;

import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.overstap.model.Language;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.element.office.OfficeFontFaceDeclsElement;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.style.StyleFontFaceElement;
import org.odftoolkit.odfdom.dom.element.style.StyleFooterElement;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.dom.element.style.StyleTextPropertiesElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfDefaultStyle;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.pkg.OdfElement;

/**
 * The empty text document every ODT starts from, one per language: odfdom's template with DejaVu
 * as its fonts, the language set for spelling and hyphenation, page numbers in the footer, and
 * headings coloured like the PDF's. Made once: parsing and writing the template's 90 kB of styles
 * for each document would cost more than the document itself.
 */
final class OdtBase {
    private OdtBase() {
    }

    /** The empty document for {@code language}, as the bytes of an ODT package. */
    static byte[] of(Language language) {
        return Made.BASES.get(language);
    }

    /** Built when first asked for; immutable afterwards. */
    private static final class Made {
        static final Map<Language, byte[]> BASES = bases();

        private static Map<Language, byte[]> bases() {
            Map<Language, byte[]> bases = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                bases.put(language, base(language));
            }
            return bases;
        }
    }

    private static byte[] base(Language language) {
        try {
            return OdfLocale.call(() -> make(language));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the ODT template: " + e, e);
        }
    }

    private static byte[] make(Language language) throws Exception {
        try (OdfTextDocument document = OdfTextDocument.newTextDocument()) {
            fontFace(document.getStylesDom().getRootElement(), Fonts.SANS, "swiss");
            fontFace(document.getStylesDom().getRootElement(), Fonts.MONO, "modern");
            fontFace(document.getContentDom().getRootElement(), Fonts.SANS, "swiss");
            fontFace(document.getContentDom().getRootElement(), Fonts.MONO, "modern");
            OdfOfficeStyles styles = document.getDocumentStyles();
            OdfDefaultStyle defaults = styles.getDefaultStyle(OdfStyleFamily.Paragraph);
            defaults.setProperty(StyleTextPropertiesElement.FontName, Fonts.SANS);
            defaults.setProperty(StyleTextPropertiesElement.FontSize, "10.5pt");
            defaults.setProperty(StyleTextPropertiesElement.Language, language.tag());
            defaults.setProperty(StyleTextPropertiesElement.Country, language == Language.NL ? "NL" : "GB");
            OdfStyle heading = styles.getStyle("Heading", OdfStyleFamily.Paragraph);
            heading.setProperty(StyleTextPropertiesElement.FontName, Fonts.SANS);
            heading.setProperty(StyleTextPropertiesElement.Color, "#154273");
            // The template's second-level heading is italic; the PDF's is not.
            styles.getStyle("Heading_20_2", OdfStyleFamily.Paragraph)
                    .setProperty(StyleTextPropertiesElement.FontStyle, "normal");
            styles.getStyle("Preformatted_20_Text", OdfStyleFamily.Paragraph)
                    .setProperty(StyleTextPropertiesElement.FontName, Fonts.MONO);
            styles.getStyle("Source_20_Text", OdfStyleFamily.Text)
                    .setProperty(StyleTextPropertiesElement.FontName, Fonts.MONO);
            footer(document);
            // The template's one empty paragraph would be a blank first line.
            OfficeTextElement text = document.getContentRoot();
            for (TextPElement empty : List.copyOf(childrenOf(text))) {
                text.removeChild(empty);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void fontFace(OdfElement root, String family, String generic) {
        OfficeFontFaceDeclsElement declarations = OdfElement.findFirstChildNode(OfficeFontFaceDeclsElement.class, root);
        StyleFontFaceElement face = declarations.newStyleFontFaceElement(family);
        face.setSvgFontFamilyAttribute("'" + family + "'");
        face.setStyleFontFamilyGenericAttribute(generic);
        face.setStyleFontPitchAttribute(generic.equals("modern") ? "fixed" : "variable");
    }

    /** Page numbers at the foot of every page: "3 / 12", like the PDF. */
    private static void footer(OdfTextDocument document) {
        StyleMasterPageElement standard = document.getOfficeMasterStyles().getMasterPage("Standard");
        StyleFooterElement footer = standard.newStyleFooterElement();
        TextPElement line = footer.newTextPElement();
        line.setTextStyleNameAttribute("Footer");
        line.newTextPageNumberElement("1").setTextSelectPageAttribute("current");
        line.newTextNode(" / ");
        line.newTextPageCountElement("1");
    }

    private static List<TextPElement> childrenOf(OdfElement parent) {
        List<TextPElement> found = new java.util.ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof TextPElement paragraph) {
                found.add(paragraph);
            }
        }
        return found;
    }
}
