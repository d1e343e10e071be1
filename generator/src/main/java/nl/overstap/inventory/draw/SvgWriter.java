package nl.overstap.inventory.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes SVG markup that is both a standalone file and safe inline in an HTML page whose
 * Content-Security-Policy forbids inline styles: presentation attributes only, every text
 * escaped, and numbers with one decimal in {@link Locale#ROOT} so that equal drawings are equal
 * bytes.
 */
final class SvgWriter {
    static final String FONT = "'DejaVu Sans', Verdana, sans-serif";
    private final StringBuilder out = new StringBuilder(4096);

    /**
     * Opens the root element with its accessible name and description, referenced by id. Width,
     * height and view box are whole pixels, rounded up: openhtmltopdf's SVG support reads them as
     * integers and falls back to 400 by 400 on anything else.
     */
    SvgWriter open(String idPrefix, double width, double height, String title, String description) {
        String w = Long.toString((long) Math.ceil(width));
        String h = Long.toString((long) Math.ceil(height));
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-labelledby=\"").append(idPrefix).append("-title ")
                .append(idPrefix).append("-desc\" font-family=\"").append(FONT).append("\">");
        out.append("<title id=\"").append(idPrefix).append("-title\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"").append(idPrefix).append("-desc\">").append(escape(description)).append("</desc>");
        return this;
    }

    String close() {
        out.append("</svg>");
        return out.toString();
    }

    /** Appends markup as is: only for markup this package writes itself. */
    SvgWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A start tag with attributes given as name, value pairs; values are escaped. */
    SvgWriter start(String name, Object... attributes) {
        tag(name, attributes);
        out.append('>');
        return this;
    }

    /** An empty element with attributes given as name, value pairs. */
    SvgWriter empty(String name, Object... attributes) {
        tag(name, attributes);
        out.append("/>");
        return this;
    }

    SvgWriter end(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element holding only {@code text}, escaped. */
    SvgWriter text(String name, String text, Object... attributes) {
        tag(name, attributes);
        out.append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    private void tag(String name, Object... attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            String text = value instanceof Double d ? num(d) : String.valueOf(value);
            out.append(' ').append(attributes[i]).append("=\"").append(escape(text)).append('"');
        }
    }

    /** One decimal, no locale, and never "-0.0". */
    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return String.format(Locale.ROOT, "%.1f", rounded == 0 ? 0.0 : rounded);
    }

    /**
     * {@code text} safe as XML character data and attribute value; characters XML 1.0 does not
     * allow (controls, lone surrogates) become U+FFFD so the document stays well-formed.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    escaped.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        }
        return escaped.toString();
    }

    /**
     * An id prefix for a drawing: {@code base} reduced to letters, digits and hyphens, then a short
     * digest of {@code content}, so that two drawings on one page differ unless they are the same.
     */
    static String idPrefix(String base, String content) {
        String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 24) {
            slug = slug.substring(0, 24).replaceAll("-$", "");
        }
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return (slug.isEmpty() ? "svg" : "svg-" + slug) + "-" + HexFormat.of().formatHex(sha, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code prefix} checked to be usable as the start of an XML id. */
    static String checkedPrefix(String prefix) {
        if (!prefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("id prefix '" + prefix
                    + "' must start with a letter and hold only letters, digits, '-' and '_'");
        }
        return prefix;
    }
}
