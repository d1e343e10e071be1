package nl.overstap.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Entry;
import nl.overstap.model.Language;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Product;
import nl.overstap.model.Topic;
import nl.overstap.model.TrainingNote;
import nl.overstap.site.SitePaths;

/**
 * The same catalogue as a Hugo site, for the benchmark: one Markdown page per entry and language
 * with its title, summary and text, a list page per section, and a menu partial on every page,
 * so that Hugo renders as many pages from as much Markdown as Overstap does.
 */
final class HugoCorpus {
    private HugoCorpus() {
    }

    static void write(Catalogue catalogue, Path root) throws IOException {
        write(root.resolve("hugo.yaml"), "baseURL: http://localhost/\nuglyURLs: true\ndisableKinds: [taxonomy, term, "
                + "RSS, sitemap, 404]\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: false\n");
        write(root.resolve("layouts/_default/baseof.html"), "<!DOCTYPE html><html lang=\"{{ .Params.lang }}\">"
                + "<head><meta charset=\"utf-8\"><title>{{ .Title }}</title><link rel=\"stylesheet\" "
                + "href=\"/site.css\"></head><body>{{ partial \"nav.html\" . }}<main>{{ block \"main\" . }}{{ end }}"
                + "</main></body></html>\n");
        write(root.resolve("layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>"
                + "<p>{{ .Params.summary }}</p>{{ .Content }}{{ end }}\n");
        write(root.resolve("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>"
                + "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Params.summary }}</li>"
                + "{{ end }}</ul>{{ end }}\n");
        write(root.resolve("layouts/partials/nav.html"), "<nav><ul>{{ range .Site.Sections }}<li><a href=\""
                + "{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></nav>\n");
        for (Language language : Language.values()) {
            for (Entry entry : catalogue.entries().toList()) {
                String path = SitePaths.entry(entry, language).replace("/index.html", ".md");
                write(root.resolve("content").resolve(path), "---\ntitle: " + quote(title(entry, language))
                        + "\nsummary: " + quote(summary(entry, language)) + "\nlang: " + language.tag() + "\n---\n"
                        + body(entry, language) + "\n");
            }
        }
    }

    private static String title(Entry entry, Language language) {
        if (entry instanceof Product p) {
            return p.name();
        } else if (entry instanceof Alternative a) {
            return a.name();
        } else if (entry instanceof MigrationGuide m) {
            return m.pages().in(language).title();
        } else if (entry instanceof TrainingNote t) {
            return t.pages().in(language).title();
        } else if (entry instanceof Topic t) {
            return t.pages().in(language).title();
        }
        return entry.id();
    }

    private static String summary(Entry entry, Language language) {
        if (entry instanceof Product p) {
            return p.summary().in(language);
        } else if (entry instanceof Alternative a) {
            return a.summary().in(language);
        } else if (entry instanceof MigrationGuide m) {
            return m.pages().in(language).summary();
        } else if (entry instanceof TrainingNote t) {
            return t.pages().in(language).summary();
        } else if (entry instanceof Topic t) {
            return t.pages().in(language).summary();
        }
        return "";
    }

    private static String body(Entry entry, Language language) {
        if (entry instanceof Product p) {
            return p.description().map(d -> d.in(language)).orElse("");
        } else if (entry instanceof Alternative a) {
            return a.description().map(d -> d.in(language)).orElse("");
        } else if (entry instanceof MigrationGuide m) {
            return m.pages().in(language).body().source();
        } else if (entry instanceof TrainingNote t) {
            return t.pages().in(language).body().source();
        } else if (entry instanceof Topic t) {
            return t.pages().in(language).body().source();
        }
        return "";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
