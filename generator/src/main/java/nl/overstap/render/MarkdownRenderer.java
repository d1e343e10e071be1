package nl.overstap.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import nl.overstap.problem.Problems;

/**
 * Markdown to safe HTML (R13, R18): raw HTML is shown as text, every URL is checked by
 * {@link UrlPolicy} with the problem's line, the result passes an OWASP sanitizer policy, and
 * external links get {@code rel="nofollow noopener noreferrer"}. Rendering runs on threads with a
 * known stack and a time limit, so hostile input becomes a problem, not a crash.
 */
public final class MarkdownRenderer implements AutoCloseable {
    static final long TIME_LIMIT_SECONDS = 5;
    private static final long STACK_BYTES = 16L << 20;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre",
                    "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del", "a", "img")
            .allowAttributes("id").onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final ExecutorService threads;
    private final Map<String, Optional<String>> rendered = new ConcurrentHashMap<>();

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TablesExtension.WITH_CAPTION, false)
                .set(TablesExtension.COLUMN_SPANS, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(null, task, "overstap-markdown-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        threads = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), factory);
    }

    /**
     * Renders {@code markdown} written at {@code path} from line {@code firstLine} on. A text is
     * rendered once per renderer: the guide's pages and its printable documents share the work, and
     * a problem is reported once, to the first caller's {@code problems}.
     *
     * @return the HTML, or empty after reporting why it cannot be shown
     */
    public Optional<String> render(String markdown, String path, int firstLine, Problems problems) {
        String key = path + ":" + firstLine + ":" + markdown;
        Optional<String> known = rendered.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> html = renderGuarded(markdown, path, firstLine, problems);
        rendered.putIfAbsent(key, html);
        return html;
    }

    private Optional<String> renderGuarded(String markdown, String path, int firstLine, Problems problems) {
        Future<Optional<String>> result = threads.submit(() -> renderNow(markdown, path, firstLine, problems));
        try {
            return result.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            problems.add(path, firstLine, 1, "markdown", "the text takes longer than " + TIME_LIMIT_SECONDS
                    + " seconds to render; simplify its nesting or emphasis");
        } catch (ExecutionException e) {
            String what = e.getCause() instanceof StackOverflowError ? "it is nested too deeply"
                    : e.getCause().getClass().getSimpleName();
            problems.add(path, firstLine, 1, "markdown", "the text cannot be rendered: " + what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(path, firstLine, 1, "markdown", "rendering was interrupted");
        }
        return Optional.empty();
    }

    private Optional<String> renderNow(String markdown, String path, int firstLine, Problems problems) {
        Problems found = new Problems();
        Document document = parser.parse(markdown);
        checkNodes(document, path, firstLine, found);
        String html = renderer.render(document);
        String safe = POLICY.sanitize(html);
        synchronized (problems) {
            problems.addAll(found);
        }
        return found.isEmpty() ? Optional.of(markExternalLinks(safe)) : Optional.empty();
    }

    private static void checkNodes(Node root, String path, int firstLine, Problems problems) {
        for (Node node : root.getDescendants()) {
            int line = firstLine + node.getStartLineNumber();
            Optional<String> wrong = Optional.empty();
            if (node instanceof Link link) {
                wrong = UrlPolicy.checkLink(link.getUrl().toString());
            } else if (node instanceof AutoLink link) {
                wrong = UrlPolicy.checkLink(link.getUrl().toString());
            } else if (node instanceof Reference reference) {
                wrong = UrlPolicy.checkLink(reference.getUrl().toString());
            } else if (node instanceof Image image) {
                wrong = UrlPolicy.checkImage(image.getUrl().toString());
            } else if (node instanceof ImageRef image) {
                wrong = Optional.of("use an inline image with a relative path instead of an image reference");
            } else if (node instanceof Heading heading && heading.getLevel() == 1) {
                wrong = Optional.of("the page title is the only level-1 heading; start sections with '##'");
            }
            if (node instanceof MailLink) {
                wrong = Optional.empty();
            }
            wrong.ifPresent(message -> problems.add(path, line, 1, "markdown", message));
        }
    }

    /** External links open no window with access to ours and pass no referrer. */
    private static String markExternalLinks(String html) {
        if (!html.contains("http")) {
            return html;
        }
        var fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        for (Element link : fragment.select("a[href]")) {
            String href = link.attr("href").toLowerCase(java.util.Locale.ROOT);
            if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("//")) {
                link.attr("rel", "nofollow noopener noreferrer");
            }
        }
        return fragment.body().html();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
