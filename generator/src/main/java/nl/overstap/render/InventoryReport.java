package nl.overstap.render;

import static nl.overstap.render.PageContext.map;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.overstap.inventory.Analysis;
import nl.overstap.inventory.Assessment;
import nl.overstap.inventory.Exposure;
import nl.overstap.inventory.draw.Charts;
import nl.overstap.inventory.draw.DependencyDiagram;
import nl.overstap.inventory.draw.DiagramText;
import nl.overstap.inventory.draw.Edge;
import nl.overstap.inventory.draw.Node;
import nl.overstap.inventory.draw.Share;
import nl.overstap.inventory.draw.Tone;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * Renders an organisation's report from its {@link Analysis}: a web page with its own stylesheet
 * (no inline style or script, nothing from elsewhere), and the same content as a {@link Handout}
 * for the document stage to make PDF and ODT. Template {@code inventory-report.ftlh} and
 * stylesheet {@code assets/report.css} can be replaced by a theme.
 */
public final class InventoryReport {
    /** The report's files: the page, its stylesheet, and the handout to print. */
    public record Rendered(SortedMap<String, byte[]> files, Handout handout) {
    }

    /**
     * Above this many applications the map stays out of the PDF and ODT: on paper it could not be
     * read, and drawing it there costs more memory than the rest of the report. The table stays.
     */
    public static final int PRINTED_MAP_LIMIT = 150;

    private InventoryReport() {
    }

    /** The base name of the report's files in {@code language}: {@code rapport}, {@code report}. */
    public static String name(Language language) {
        return language == Language.NL ? "rapport" : "report";
    }

    public static Rendered render(Analysis analysis, Catalogue catalogue, Language language, Optional<URI> guide,
            Optional<Path> theme) {
        InventoryViews views = new InventoryViews(analysis, catalogue, language, guide);
        Map<String, Object> model = model(analysis, catalogue, language, views, guide);
        Templates templates = new Templates(theme);
        String css = stylesheet(theme);
        String name = name(language);
        try {
            model.put("print", false);
            model.put("pdf", name + ".pdf");
            model.put("odt", name + ".odt");
            String page = templates.render("inventory-report.ftlh", model);
            model.put("print", true);
            if (analysis.assessments().size() > PRINTED_MAP_LIMIT) {
                model.put("mapHtml", "");
            }
            Document print = Jsoup.parse(templates.render("inventory-report.ftlh", model));
            print.outputSettings().prettyPrint(false);
            print.head().appendElement("style").appendChild(new DataNode(css));
            SortedMap<String, byte[]> files = new TreeMap<>();
            files.put("index.html", page.getBytes(StandardCharsets.UTF_8));
            files.put("report.css", css.getBytes(StandardCharsets.UTF_8));
            String title = views.t("report.title") + ": " + analysis.inventory().organisation();
            Handout handout = new Handout(name, title, views.t("report.private"), language, analysis.inventory().date(),
                    print.outerHtml());
            return new Rendered(files, handout);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("template inventory-report.ftlh: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static Map<String, Object> model(Analysis analysis, Catalogue catalogue, Language language,
            InventoryViews views, Optional<URI> guide) {
        List<Assessment> assessments = analysis.assessments();
        long critical = assessments.stream().filter(a -> a.application().critical()).count();
        long matched = analysis.matches().stream().filter(m -> m.matched()).count();
        Exposure.Measure use = analysis.exposure().measures().get(0);
        Map<String, Object> model = map("lang", language.tag(), "t", Ui.of(language).all(),
                "title", views.t("report.title") + ": " + analysis.inventory().organisation(),
                "organisation", analysis.inventory().organisation(), "date", views.date(analysis.inventory().date()),
                "catalogue", views.t("report.catalogue.entries", catalogue.products().size(),
                        catalogue.alternatives().size()),
                "summaryApplications", views.t("report.summary.applications", assessments.size(), critical),
                // Overstap's own texts with a link in them; only numbers are filled in.
                "summaryMatchedHtml", views.t("report.summary.matched", matched, assessments.size() - matched),
                "summaryCyclesHtml", views.t("report.summary.cycles"), "roadmapIntroHtml", views.t("report.roadmap.intro"),
                "summaryReach", views.t("report.summary.reach", Exposure.percent(use.nonEu(), use.whole())),
                "applications", views.applications(), "cycles", views.cycles(), "exposure", views.exposure(),
                "roadmap", views.roadmap(), "kept", views.kept(), "noMove", views.noMove(),
                "continuity", views.continuity(), "procurement", views.procurement(), "clauses", views.clauses(),
                "matched", views.matches(true), "unmatched", views.matches(false), "scores", views.scores(),
                "weights", views.weights());
        model.put("guide", guide.map(URI::toString).orElse(""));
        model.put("mapHtml", diagram(analysis, views));
        model.put("chartReachHtml", chart(analysis, views, true));
        model.put("chartLockInHtml", chart(analysis, views, false));
        return model;
    }

    private static String diagram(Analysis analysis, InventoryViews views) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (Assessment assessment : analysis.assessments()) {
            Tone tone = switch (assessment.reach()) {
                case EU -> Tone.EU;
                case NON_EU -> Tone.NON_EU;
                case UNKNOWN -> Tone.UNKNOWN;
            };
            nodes.add(new Node(assessment.application().id(), assessment.application().name(),
                    views.controller(assessment), tone, assessment.application().critical()));
            assessment.application().dependsOn().forEach(d -> edges.add(new Edge(assessment.application().id(), d.id())));
        }
        DiagramText text = new DiagramText(views.t("report.map.svg.title"),
                views.t("report.map.svg.desc", nodes.size(), edges.size()), views.t("report.legend.eu"),
                views.t("report.legend.noneu"), views.t("report.legend.unknown"), views.t("report.legend.critical"));
        return DependencyDiagram.svg(nodes, edges, text);
    }

    private static String chart(Analysis analysis, InventoryViews views, boolean reach) {
        List<Share> shares = new ArrayList<>();
        for (Exposure.Measure measure : analysis.exposure().measures()) {
            long part = reach ? measure.nonEu() : measure.lockedIn();
            shares.add(new Share(views.t("report.measure." + measure.key()), part, measure.whole(),
                    views.share(part, measure.whole())));
        }
        String title = views.t(reach ? "report.exposure.chart.reach" : "report.exposure.chart.lockin");
        return Charts.shares(title, views.t("report.exposure.intro"), shares);
    }

    private static String stylesheet(Optional<Path> theme) {
        Optional<Path> own = theme.map(folder -> folder.resolve("assets/report.css"))
                .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
        try {
            if (own.isPresent()) {
                return Files.readString(own.get(), StandardCharsets.UTF_8);
            }
            try (InputStream in = InventoryReport.class.getResourceAsStream("handout/report.css")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
