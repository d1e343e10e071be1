package nl.overstap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.overstap.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R13 and R18: Markdown from contributors cannot inject markup or script, and cannot hang or crash a build. */
class MarkdownSafetyTest {
    /** Shared by the JUnit and jqwik engines, whose lifecycles differ; its threads are daemons. */
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final List<String> FORBIDDEN = List.of("script", "iframe", "object", "embed", "meta", "base",
            "form", "style", "svg", "math", "link", "input", "button");

    /** The oracle: no forbidden element, no event handler, no URL with a scheme outside the allow-list. */
    static void assertSafe(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            assertFalse(FORBIDDEN.contains(element.normalName()), "element " + element.normalName() + " in " + html);
            element.attributes().forEach(attribute -> {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "handler in " + html);
                assertFalse(attribute.getKey().equals("style"), "style in " + html);
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    String url = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    boolean schemed = url.matches("^[a-z][a-z0-9+.-]*:.*");
                    assertTrue(!schemed || url.startsWith("http:") || url.startsWith("https:")
                            || url.startsWith("mailto:"), "scheme in " + html);
                }
            });
        }
    }

    private static Optional<String> render(String markdown, Problems problems) {
        return RENDERER.render(markdown, "x.md", 10, problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox(1))",
        "![x](https://tracker.example.com/pixel.gif)",
        "![x](//tracker.example.com/pixel.gif)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<iframe src=https://example.com></iframe>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<style>body{display:none}</style>",
        "<form action=https://evil.example><input name=p></form>"})
    void hostileMarkdownIsRefusedOrRenderedHarmless(String markdown) {
        Problems problems = new Problems();
        Optional<String> html = render(markdown, problems);
        html.ifPresent(MarkdownSafetyTest::assertSafe);
        assertTrue(html.isPresent() || !problems.isEmpty());
        problems.sorted().forEach(p -> assertEquals("x.md", p.path()));
    }

    @Test
    void schemeProblemsNameTheLine() {
        Problems problems = new Problems();
        assertTrue(render("Intro\n\nSee [this](javascript:alert(1)).\n", problems).isEmpty());
        assertEquals("x.md:12:1: error: links may use http, https and mailto only, not 'javascript:'",
                problems.sorted().get(0).format());
    }

    @Test
    void benignMarkdownStillRenders() {
        Problems problems = new Problems();
        String html = render("## Stappen {#steps}\n\n**Vet** en [een bron](https://example.org/a?b=c&d=e), "
                + "[mail](mailto:info@example.org), [relatief](../x/index.html).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                problems).orElseThrow();
        assertTrue(problems.isEmpty());
        assertTrue(html.contains("<h2 id=\"steps\">Stappen</h2>"), html);
        assertTrue(html.contains("<strong>Vet</strong>"));
        assertTrue(html.contains("href=\"https://example.org/a?b&#61;c&amp;d&#61;e\"")
                || html.contains("href=\"https://example.org/a?b=c&amp;d=e\""), html);
        assertTrue(html.contains("rel=\"nofollow noopener noreferrer\""));
        assertTrue(html.contains("<table>") && html.contains("<th>a</th>"), html);
        assertTrue(html.contains("href=\"../x/index.html\">relatief</a>"), html);
        assertSafe(html);
    }

    @Test
    void templateSyntaxInContentIsJustText() {
        String html = render("${7*7} <#assign x = 1> [=x]", new Problems()).orElseThrow();
        assertTrue(html.contains("${7*7}"), html);
        assertFalse(html.contains("49"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void pathologicalInputEndsInPageOrProblemQuickly(int kind) {
        String markdown = switch (kind) {
            case 0 -> "_".repeat(5_000);
            case 1 -> "[x]: <" + "a".repeat(50_000) + ">";
            case 2 -> ">".repeat(1_000) + " deep";
            default -> "*a ".repeat(20_000);
        };
        Problems problems = new Problems();
        Optional<String> html = assertTimeoutPreemptively(Duration.ofSeconds(MarkdownRenderer.TIME_LIMIT_SECONDS + 3),
                () -> render(markdown, problems));
        assertTrue(html.isPresent() || !problems.isEmpty());
        html.ifPresent(MarkdownSafetyTest::assertSafe);
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.of("<", ">", "\"", "'", "javascript:", "data:", "&#106;", "&colon;",
                "[", "]", "(", ")", "!", "<script>", "onerror=", "<img src=x ", "\t", "\n", "`", "*", "_", "#",
                "http://x", "//", "\\", "%0a", "&lt;", "<a href=", "vbscript:", "<svg>", "{#id}", "|", "---");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void generatedHostileMarkdownNeverProducesUnsafeHtml(@ForAll("hostile") String markdown) {
        Problems problems = new Problems();
        render(markdown, problems).ifPresent(MarkdownSafetyTest::assertSafe);
    }
}
