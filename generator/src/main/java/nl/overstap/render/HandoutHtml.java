package nl.overstap.render;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Fits rendered (already sanitised) Markdown into a printable document: its headings move down
 * under the document's own, its ids get a prefix so that several entries can share one booklet,
 * and what a document cannot follow is turned into text: links to pages of the site and images.
 */
final class HandoutHtml {
    private HandoutHtml() {
    }

    /**
     * @param shift    how many levels to move headings down ({@code h2} becomes {@code h3} for 1); at most {@code h6}
     * @param idPrefix put before every id and in-page link, so ids stay unique in a booklet
     */
    static String adapt(String html, int shift, String idPrefix) {
        if (html.isEmpty()) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        Element body = fragment.body();
        if (shift != 0) {
            for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
                int level = Math.min(6, heading.tagName().charAt(1) - '0' + shift);
                heading.tagName("h" + level);
            }
        }
        for (Element element : body.select("[id]")) {
            element.id(idPrefix + element.id());
        }
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            String lower = href.toLowerCase(Locale.ROOT);
            if (href.startsWith("#")) {
                link.attr("href", "#" + idPrefix + href.substring(1));
            } else if (!lower.startsWith("http:") && !lower.startsWith("https:") && !lower.startsWith("mailto:")) {
                link.unwrap(); // a page of the site: the document has no site around it
            }
        }
        for (Element image : body.select("img")) {
            String alt = image.attr("alt");
            if (alt.isBlank()) {
                image.remove();
            } else {
                image.replaceWith(new TextNode("[" + alt + "]"));
            }
        }
        // Tagged PDF needs to know what a header cell heads; Markdown tables only have column headers.
        body.select("thead th:not([scope])").attr("scope", "col");
        return body.html();
    }
}
