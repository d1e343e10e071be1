package nl.overstap.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Category;
import nl.overstap.model.Entry;
import nl.overstap.model.Language;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Product;
import nl.overstap.model.Standard;
import nl.overstap.model.Topic;
import nl.overstap.model.TrainingNote;
import nl.overstap.problem.Problems;

/** Turns a validated catalogue into every file of the site, in memory, keyed by path. */
public final class SiteRenderer {
    /** Built-in assets under {@code assets/}; a theme may replace them and add its own. */
    static final List<String> ASSETS = List.of("site.css", "search.js");

    private SiteRenderer() {
    }

    /**
     * @param theme     a folder with {@code templates/}, {@code assets/} and {@code pages/} overriding the built-in ones
     * @param baseUrl   where the site is published, for absolute URLs in the sitemap and feeds
     * @param languages the languages to write pages and feeds for, in {@link Language} order
     * @param downloads the size in bytes of each printable document of the site, by path; pages link those
     */
    public record Options(Optional<Path> theme, Optional<URI> baseUrl, List<Language> languages,
            Map<String, Integer> downloads) {
        public Options {
            languages = List.copyOf(languages);
            downloads = Map.copyOf(downloads);
        }

        /** In every language, without downloads. */
        public Options(Optional<Path> theme, Optional<URI> baseUrl) {
            this(theme, baseUrl, List.of(Language.values()), Map.of());
        }
    }

    /** The site's files, sorted by path, and how many pages each language has. */
    public record Rendered(SortedMap<String, byte[]> files, int pagesNl, int pagesEn) {
    }

    /** Renders everything; problems (Markdown, theme templates) go to {@code problems}. */
    public static Rendered render(Catalogue catalogue, Options options, Problems problems) {
        try (MarkdownRenderer markdown = new MarkdownRenderer()) {
            return render(catalogue, options, markdown, problems);
        }
    }

    /** Renders everything with {@code markdown}, which may already know some of the texts. */
    public static Rendered render(Catalogue catalogue, Options options, MarkdownRenderer markdown, Problems problems) {
        List<Page> pages = new SitePlan(catalogue, markdown, new TextPages(options.theme()), options.languages(),
                options.downloads(), problems).pages();
        Templates templates = new Templates(options.theme());
        List<String> paths = pages.stream().map(Page::path).toList();
        // Each model is let go once its page is rendered, so the models and the pages are not
        // all held at once (with both, a 10,000-entry catalogue did not fit in 800 MB of heap).
        Page[] pending = pages.toArray(Page[]::new);
        pages = null;
        byte[][] rendered = new byte[pending.length][];
        IntStream.range(0, pending.length).parallel().forEach(i -> {
            rendered[i] = page(templates, pending[i], problems).orElse(null);
            pending[i] = null;
        });
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < rendered.length; i++) {
            if (rendered[i] != null) {
                files.put(paths.get(i), rendered[i]);
            }
        }
        assets(options.theme(), files, problems);
        files.put("sitemap.xml", utf8(Feeds.sitemap(paths, options.baseUrl())));
        files.put("robots.txt", utf8(Feeds.robots(options.baseUrl())));
        for (Language language : options.languages()) {
            files.put(language.tag() + "/feed.xml", utf8(Feeds.atom(catalogue, language,
                    entry -> title(entry, language), options.baseUrl())));
        }
        files.put("data/catalogue.json", OpenData.json(catalogue));
        files.put("data/catalogue.schema.json", resource("/overstap/catalogue/schema/catalogue.schema.json"));
        int nl = (int) paths.stream().filter(p -> p.startsWith("nl/")).count();
        int en = (int) paths.stream().filter(p -> p.startsWith("en/")).count();
        return new Rendered(files, nl, en);
    }

    private static Optional<byte[]> page(Templates templates, Page page, Problems problems) {
        try {
            return Optional.of(utf8(templates.render(page.template(), page.model())));
        } catch (ParseException e) {
            report(problems, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
        } catch (TemplateException e) {
            report(problems, e.getTemplateSourceName(), nz(e.getLineNumber()), nz(e.getColumnNumber()),
                    e.getMessageWithoutStackTop().lines().findFirst().orElse("template error"));
        } catch (IOException e) {
            report(problems, page.template(), 0, 0, "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }

    private static void report(Problems problems, String template, int line, int column, String message) {
        synchronized (problems) {
            problems.add("templates/" + (template == null ? "?" : template), line, column, "template", message);
        }
    }

    private static void assets(Optional<Path> theme, SortedMap<String, byte[]> files, Problems problems) {
        for (String asset : ASSETS) {
            byte[] bytes = resource("assets/" + asset);
            files.put("assets/" + asset, asset.endsWith(".js") ? withoutIndentation(bytes) : bytes);
        }
        if (theme.isEmpty() || !Files.isDirectory(theme.get().resolve("assets"), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path folder = theme.get().resolve("assets");
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (Files.isSymbolicLink(file)) {
                    problems.add(file.toString(), 0, 0, "symlink", "symbolic links in a theme are not followed");
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    files.put("assets/" + relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The built-in script without indentation and comment lines: a third smaller, still readable,
     * and safe because the script has no multi-line strings.
     */
    static byte[] withoutIndentation(byte[] script) {
        StringBuilder out = new StringBuilder();
        for (String line : new String(script, StandardCharsets.UTF_8).split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("//")) {
                out.append(stripped).append('\n');
            }
        }
        return utf8(out.toString());
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String title(Entry entry, Language language) {
        if (entry instanceof Category c) {
            return c.name().in(language);
        } else if (entry instanceof Product p) {
            return p.name();
        } else if (entry instanceof Alternative a) {
            return a.name();
        } else if (entry instanceof Standard s) {
            return s.name();
        } else if (entry instanceof MigrationGuide m) {
            return m.pages().in(language).title();
        } else if (entry instanceof TrainingNote t) {
            return t.pages().in(language).title();
        }
        return ((Topic) entry).pages().in(language).title();
    }

}
