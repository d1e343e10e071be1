package nl.overstap.site;

import nl.overstap.model.Alternative;
import nl.overstap.model.Category;
import nl.overstap.model.Entry;
import nl.overstap.model.Language;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Product;
import nl.overstap.model.Standard;
import nl.overstap.model.Topic;
import nl.overstap.model.TrainingNote;

/**
 * Where every page lives, as a path relative to the site root ({@code nl/producten/zoom/index.html}),
 * and how one page links to another: always relatively, with {@code index.html} written out, so the
 * site works under any base path and when opened from disk.
 */
public final class SitePaths {
    private SitePaths() {
    }

    public static String home(Language language) {
        return language.tag() + "/index.html";
    }

    public static String section(Section section, Language language) {
        return language.tag() + "/" + section.slug(language) + "/index.html";
    }

    /** A text page that a theme adds, such as {@code nl/contribute/index.html}. */
    public static String textPage(String name, Language language) {
        return language.tag() + "/" + name + "/index.html";
    }

    public static String entry(Entry entry, Language language) {
        return language.tag() + "/" + sectionOf(entry).slug(language) + "/" + entry.id() + "/index.html";
    }

    /**
     * Where an entry's printable documents go, without the extension ({@code .pdf}, {@code .odt}):
     * beside its page, named by id and language, {@code nl/training/x/x.nl}.
     */
    public static String download(Entry entry, Language language) {
        return language.tag() + "/" + sectionOf(entry).slug(language) + "/" + entry.id() + "/" + entry.id() + "."
                + language.tag();
    }

    public static Section sectionOf(Entry entry) {
        if (entry instanceof Category) {
            return Section.CATEGORIES;
        } else if (entry instanceof Product) {
            return Section.PRODUCTS;
        } else if (entry instanceof Alternative) {
            return Section.ALTERNATIVES;
        } else if (entry instanceof Standard) {
            return Section.STANDARDS;
        } else if (entry instanceof MigrationGuide) {
            return Section.MIGRATIONS;
        } else if (entry instanceof TrainingNote) {
            return Section.TRAINING;
        } else if (entry instanceof Topic) {
            return Section.TOPICS;
        }
        throw new IllegalArgumentException("no section for " + entry.getClass());
    }

    /** The same page in the other language: {@code nl/producten/x/index.html} and {@code en/products/x/index.html}. */
    public static String translate(String path, Language to) {
        String[] parts = path.split("/", -1);
        if (parts.length > 2) {
            for (Section section : Section.values()) {
                if (section.slug(Language.NL).equals(parts[1]) || section.slug(Language.EN).equals(parts[1])) {
                    parts[1] = section.slug(to);
                    break;
                }
            }
        }
        parts[0] = to.tag();
        return String.join("/", parts);
    }

    /**
     * A relative link from page {@code from} to file {@code to}, both relative to the site root.
     * {@code relative("nl/producten/x/index.html", "assets/site.css")} is {@code ../../../assets/site.css}.
     */
    public static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) {
            link.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            link.append(toParts[i]);
            if (i < toParts.length - 1) {
                link.append('/');
            }
        }
        return link.toString();
    }
}
