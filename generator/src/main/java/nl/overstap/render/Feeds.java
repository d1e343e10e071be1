package nl.overstap.render;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Entry;
import nl.overstap.model.Language;
import nl.overstap.site.SitePaths;

/**
 * {@code sitemap.xml}, {@code robots.txt} and an Atom feed per language. URLs are absolute when a
 * base URL is given, and relative to the site root otherwise. XML text is escaped here (R16).
 */
final class Feeds {
    static final int FEED_ENTRIES = 100;

    private Feeds() {
    }

    static String sitemap(List<String> paths, Optional<URI> base) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            if (!path.equals("404.html")) {
                xml.append("<url><loc>").append(xml(url(base, path))).append("</loc></url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    static String robots(Optional<URI> base) {
        return "User-agent: *\nAllow: /\n" + base.map(b -> "Sitemap: " + url(base, "sitemap.xml") + "\n").orElse("");
    }

    /** The most recently reviewed entries, newest first; the feed's date is the newest review date. */
    static String atom(Catalogue catalogue, Language language, Function<Entry, String> titles, Optional<URI> base) {
        List<Entry> entries = catalogue.entries()
                .sorted(Comparator.comparing(Entry::reviewed).reversed().thenComparing(Entry::id))
                .limit(FEED_ENTRIES).toList();
        String updated = entries.isEmpty() ? "1970-01-01" : entries.get(0).reviewed().toString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language.tag()).append("\">\n");
        xml.append("<title>Overstap</title>\n<id>urn:overstap:").append(language.tag()).append("</id>\n");
        xml.append("<updated>").append(updated).append("T00:00:00Z</updated>\n");
        xml.append("<author><name>Overstap</name></author>\n");
        xml.append("<link rel=\"self\" href=\"").append(xml(url(base, language.tag() + "/feed.xml"))).append("\"/>\n");
        for (Entry entry : entries) {
            String kind = SitePaths.sectionOf(entry).slug(Language.EN);
            xml.append("<entry><title>").append(xml(titles.apply(entry))).append("</title>")
                    .append("<id>urn:overstap:").append(kind).append(':').append(entry.id()).append("</id>")
                    .append("<updated>").append(entry.reviewed()).append("T00:00:00Z</updated>")
                    .append("<link href=\"").append(xml(url(base, SitePaths.entry(entry, language))))
                    .append("\"/></entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String url(Optional<URI> base, String path) {
        return base.map(b -> b.resolve(path).toString()).orElse(path);
    }

    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
