package nl.overstap.render;

import static nl.overstap.render.PageContext.map;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.overstap.inventory.Analysis;
import nl.overstap.inventory.Assessment;
import nl.overstap.inventory.Continuity;
import nl.overstap.inventory.Exposure;
import nl.overstap.inventory.Match;
import nl.overstap.inventory.Procurement;
import nl.overstap.inventory.Roadmap;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Entry;
import nl.overstap.model.Inventory.Application;
import nl.overstap.model.Language;
import nl.overstap.model.Markdown;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Party;
import nl.overstap.model.Product;
import nl.overstap.model.Topic;
import nl.overstap.site.SitePaths;

/**
 * The inventory report's sections as template data: plain maps and lists of strings, every
 * figure already formatted, so the template only lays out. Catalogue entries become links into
 * the guide when its address is known, and otherwise name their page in the guide.
 */
final class InventoryViews {
    private final Analysis analysis;
    private final Catalogue catalogue;
    private final Language language;
    private final Ui ui;
    private final Optional<URI> guide;
    private final Locale locale;

    InventoryViews(Analysis analysis, Catalogue catalogue, Language language, Optional<URI> guide) {
        this.analysis = analysis;
        this.catalogue = catalogue;
        this.language = language;
        this.ui = Ui.of(language);
        this.guide = guide;
        this.locale = Locale.forLanguageTag(language.tag());
    }

    String t(String key, Object... values) {
        String text = ui.get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale));
    }

    private String month(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("MMMM uuuu", locale));
    }

    String share(long part, long whole) {
        return t("report.share", Exposure.percent(part, whole), part, whole);
    }

    /** A catalogue entry as {name, href}: href empty when the guide's address is not known. */
    Map<String, Object> link(Entry entry, String anchor) {
        String name = entry instanceof Product p ? p.name()
                : entry instanceof Alternative a ? a.name()
                : entry instanceof MigrationGuide g ? g.pages().in(language).title()
                : entry instanceof Topic topic ? topic.pages().in(language).title()
                : entry instanceof nl.overstap.model.TrainingNote note ? note.pages().in(language).title()
                : entry.id();
        String path = SitePaths.entry(entry, language) + (anchor.isEmpty() ? "" : "#" + anchor);
        return map("name", name, "href", guide.map(base -> base.resolve(path).toString()).orElse(""));
    }

    private String name(Application application) {
        return application.name();
    }

    String controller(Assessment assessment) {
        Optional<Party> party = assessment.controller();
        if (party.isPresent()) {
            return party.get().name() + " (" + party.get().country().code() + ")";
        }
        return assessment.application().vendor().map(v -> v.name() + v.country().map(c -> " (" + c.code() + ")")
                .orElse("")).orElse(t("report.reach.unknown"));
    }

    String reach(Assessment assessment) {
        return t("report.reach." + spelling(assessment.reach()));
    }

    static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String biv(Application application) {
        return letter(application.availability()) + "/" + letter(application.integrity()) + "/"
                + letter(application.confidentiality());
    }

    private String letter(Enum<?> level) {
        return t("report.level." + spelling(level));
    }

    List<Map<String, Object>> applications() {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Application> byId = new java.util.HashMap<>();
        analysis.inventory().applications().forEach(a -> byId.put(a.id(), a));
        for (Assessment assessment : analysis.assessments()) {
            Application application = assessment.application();
            List<String> neededBy = analysis.assessments().stream().map(Assessment::application)
                    .filter(a -> a.dependsOn().stream().anyMatch(d -> d.id().equals(application.id())))
                    .map(this::name).toList();
            rows.add(map("id", application.id(), "name", application.name(), "controller", controller(assessment),
                    "reach", reach(assessment), "reachKey", spelling(assessment.reach()),
                    "critical", application.critical(), "owner", application.owner(),
                    "users", application.users(), "biv", biv(application),
                    "needs", application.dependsOn().stream().map(d -> name(byId.get(d.id()))).toList(),
                    "neededBy", neededBy));
        }
        return rows;
    }

    List<Map<String, Object>> exposure() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Exposure.Measure measure : analysis.exposure().measures()) {
            rows.add(map("key", measure.key(), "label", t("report.measure." + measure.key()),
                    "total", measure.whole(), "nonEu", share(measure.nonEu(), measure.whole()),
                    "unknown", share(measure.unknown(), measure.whole()),
                    "lockedIn", share(measure.lockedIn(), measure.whole())));
        }
        return rows;
    }

    List<Map<String, Object>> roadmap() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Roadmap.Step step : analysis.roadmap()) {
            Assessment assessment = step.assessment();
            List<Map<String, Object>> moves = assessment.recommended().stream().map(a -> link(a, "")).toList();
            List<Map<String, Object>> guides = new ArrayList<>();
            assessment.guide().ifPresent(g -> {
                guides.add(link(g, ""));
                g.training().forEach(ref -> catalogue.findTraining(ref.id()).ifPresent(n -> guides.add(link(n, ""))));
            });
            List<String> effort = assessment.effortReasons().stream().map(r -> t("report.effort." + r)).toList();
            rows.add(map("rank", step.rank(), "name", assessment.application().name(), "risk", assessment.risk(),
                    "effort", assessment.effort(), "effortWhy", String.join(", ", effort),
                    "priority", String.format(Locale.ROOT, "%.1f", assessment.priority())
                            .replace(".", language == Language.NL ? "," : "."),
                    "moves", moves, "guides", guides, "start", t("report.roadmap.start", month(step.start())),
                    "ready", t("report.roadmap.ready", month(step.ready())),
                    "timing", t("report.timing." + spelling(step.timing())),
                    "tooSoon", step.timing() == Roadmap.Timing.CONTRACT_TOO_SOON));
        }
        return rows;
    }

    /** Applications already matched to an alternative. */
    List<Map<String, Object>> kept() {
        return analysis.assessments().stream().filter(a -> a.match().entry().filter(e -> e instanceof Alternative)
                .isPresent()).map(a -> map("name", a.application().name(), "entry", link(a.match().entry().get(), "")))
                .toList();
    }

    /** Applications with no move: a product without alternatives, or not matched. */
    List<Map<String, Object>> noMove() {
        return analysis.assessments().stream().filter(a -> !a.movable()
                && a.match().entry().filter(e -> e instanceof Alternative).isEmpty())
                .map(a -> map("name", a.application().name(), "controller", controller(a), "reach", reach(a)))
                .toList();
    }

    List<Map<String, Object>> continuity() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (Continuity.Service service : analysis.continuity()) {
            Assessment assessment = service.assessment();
            List<String> hosting = service.hosting().stream().map(h -> t("hosting." + spelling(h.kind()))
                    + h.provider().map(p -> ": " + p).orElse("") + h.country().map(c -> " (" + c.code() + ")").orElse(""))
                    .toList();
            Optional<Map<String, Object>> continuityGuide = assessment.guide().map(g -> link(g, "continuity"));
            services.add(map("id", assessment.application().id(), "name", assessment.application().name(),
                    "controller", controller(assessment),
                    "stops", service.stops().stream().map(a -> a.name() + " (" + a.users() + ")").toList(),
                    "largest", t("report.continuity.largest", service.largestGroup()),
                    "needs", service.needs().stream().map(this::name).toList(),
                    "fallbacks", service.fallbacks().stream().map(a -> link(a, "")).toList(), "hosting", hosting,
                    "guide", continuityGuide.orElse(Map.of()),
                    "exports", service.exports().isEmpty() ? "" : t("report.continuity.exports.formats",
                            String.join(", ", service.exports())),
                    "apis", service.apis().isEmpty() ? "" : t("report.continuity.exports.apis",
                            String.join(", ", service.apis())),
                    "inform", service.inform(), "channelDown", service.channelDown(),
                    "channels", service.channels().stream().map(this::name).toList()));
        }
        return services;
    }

    List<Map<String, Object>> procurement() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Procurement.Contract contract : analysis.procurement()) {
            Assessment assessment = contract.assessment();
            rows.add(map("name", assessment.application().name(), "end", date(contract.end()),
                    "months", contract.monthsLeft() < 0 ? t("report.procurement.ended") : contract.monthsLeft(),
                    "terms", contract.contract().map(text -> text.in(language)).orElse(""),
                    "guide", assessment.guide().map(g -> link(g, "procurement")).orElse(Map.of())));
        }
        return rows;
    }

    /** The clause topics with their sections as links. */
    List<Map<String, Object>> clauses() {
        List<Map<String, Object>> topics = new ArrayList<>();
        for (Topic topic : analysis.clauseTopics()) {
            Markdown body = topic.pages().in(language).body();
            List<Map<String, Object>> sections = body.sections().stream().map(section -> {
                Map<String, Object> link = link(topic, section.anchor());
                link.put("name", section.heading());
                return link;
            }).toList();
            topics.add(map("topic", link(topic, ""), "sections", sections));
        }
        return topics;
    }

    List<Map<String, Object>> matches(boolean matched) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Match match : analysis.matches()) {
            if (match.matched() != matched) {
                continue;
            }
            rows.add(map("name", match.application().name(),
                    "entry", match.entry().map(e -> link(e, "")).orElse(Map.of()),
                    "confidence", t("report.confidence." + spelling(match.confidence())),
                    "confidenceKey", spelling(match.confidence()), "words", String.join(", ", match.matchedWords()),
                    "suggestions", match.suggestions().stream().map(e -> link(e, "")).toList()));
        }
        return rows;
    }

    List<Map<String, Object>> scores() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Assessment assessment : analysis.assessments()) {
            List<String> factors = assessment.factors().stream().map(tenths -> String.format(Locale.ROOT, "%.1f",
                    tenths / 10.0).replace(".", language == Language.NL ? "," : ".")).toList();
            rows.add(map("name", assessment.application().name(), "factors", factors, "risk", assessment.risk(),
                    "lockIn", t("report.lockin." + spelling(assessment.lockIn())), "reach", reach(assessment),
                    "criticalVia", String.join(", ", assessment.criticalVia())));
        }
        return rows;
    }

    List<Map<String, Object>> weights() {
        List<Map<String, Object>> rows = new ArrayList<>();
        analysis.weights().byName().forEach((name, weight) -> rows.add(map("name", t("report.weight." + name),
                "weight", weight, "rule", t("report.method.factor." + name))));
        return rows;
    }

    List<String> cycles() {
        Map<String, Application> byId = new java.util.HashMap<>();
        analysis.inventory().applications().forEach(a -> byId.put(a.id(), a));
        return analysis.cycles().stream().map(ids -> String.join(", ", ids.stream().map(id -> byId.get(id).name())
                .toList())).toList();
    }
}
