package nl.overstap.render;

import static nl.overstap.render.PageContext.map;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.overstap.model.Alternative;
import nl.overstap.model.Flag;
import nl.overstap.model.Hosting;
import nl.overstap.model.Licence;
import nl.overstap.model.Product;
import nl.overstap.model.Reference;

/**
 * The autonomy profile that mirrors the letter's demands: open source, European control, open
 * standards and exit, use by other public bodies, continuity. Every mark comes with the facts and
 * sources it rests on, never as a bare score; what is not recorded is "unknown".
 */
final class AutonomyProfile {
    private AutonomyProfile() {
    }

    enum Verdict { YES, PARTLY, NO, UNKNOWN }

    /** @param standardName the display name of a standard id */
    static List<Map<String, Object>> of(PageContext ctx, Alternative alternative,
            java.util.function.Function<String, String> standardName) {
        List<Map<String, Object>> marks = new ArrayList<>();

        Licence licence = alternative.licence();
        Verdict open = switch (licence.model()) {
            case OPEN_SOURCE -> Verdict.YES;
            case OPEN_CORE, SOURCE_AVAILABLE -> Verdict.PARTLY;
            case PROPRIETARY -> Verdict.NO;
        };
        List<String> openFacts = new ArrayList<>(List.of(ctx.t("label.licence") + ": " + licence.spdx() + " ("
                + ctx.word("model", licence.model()) + ")"));
        if (licence.note().isPresent()) {
            openFacts.add(ctx.text(licence.note()));
        }
        marks.add(mark(ctx, "autonomy.open-source", open, openFacts,
                alternative.sourceCode().map(List::of).orElse(List.of())));

        marks.add(european(ctx, alternative.steward(), alternative.flags()));

        List<String> standardFacts = new ArrayList<>();
        alternative.standards().forEach(ref -> standardFacts.add(standardName.apply(ref.id())));
        List<String> exitFacts = new ArrayList<>();
        if (!standardFacts.isEmpty()) {
            exitFacts.add(ctx.t("label.standards") + ": " + String.join(", ", standardFacts));
        }
        if (!alternative.exportFormats().isEmpty()) {
            exitFacts.add(ctx.t("label.export") + ": " + String.join(", ", alternative.exportFormats()));
        }
        Verdict exit = exitFacts.isEmpty() ? Verdict.UNKNOWN
                : !standardFacts.isEmpty() && !alternative.exportFormats().isEmpty() ? Verdict.YES : Verdict.PARTLY;
        marks.add(mark(ctx, "autonomy.standards", exit, exitFacts, List.of()));

        List<String> useFacts = new ArrayList<>();
        List<URI> useSources = new ArrayList<>();
        for (Reference reference : alternative.references()) {
            useFacts.add(reference.organisation() + ": " + ctx.word("status", reference.status())
                    + (reference.year().isPresent() ? " (" + reference.year().getAsInt() + ")" : ""));
            useSources.add(reference.source());
        }
        boolean inUse = alternative.references().stream().anyMatch(r -> r.status() == Reference.Status.IN_USE);
        Verdict use = alternative.references().isEmpty() ? Verdict.UNKNOWN : inUse ? Verdict.YES : Verdict.PARTLY;
        marks.add(mark(ctx, "autonomy.public-use", use, useFacts, useSources));

        List<String> hostingFacts = new ArrayList<>();
        boolean selfHosted = false;
        long europeanProviders = 0;
        for (Hosting hosting : alternative.hosting()) {
            selfHosted |= hosting.kind() == Hosting.Kind.SELF_HOSTED;
            if (hosting.kind() != Hosting.Kind.SELF_HOSTED && hosting.country().filter(c -> c.inEuOrEea()).isPresent()) {
                europeanProviders++;
            }
            hostingFacts.add(ctx.word("hosting", hosting.kind()) + hosting.provider().map(p -> ": " + p).orElse("")
                    + hosting.country().map(c -> " (" + ctx.countryName(c) + ")").orElse(""));
        }
        Verdict continuity = selfHosted || europeanProviders > 1 ? Verdict.YES
                : europeanProviders == 1 ? Verdict.PARTLY : Verdict.NO;
        marks.add(mark(ctx, "autonomy.continuity", continuity, hostingFacts, List.of()));
        return marks;
    }

    static List<Map<String, Object>> of(PageContext ctx, Product product, List<Alternative> alternatives) {
        List<Map<String, Object>> marks = new ArrayList<>();
        marks.add(european(ctx, product.vendor(), product.flags()));

        List<String> exitFacts = new ArrayList<>();
        if (!product.lockIn().exportFormats().isEmpty()) {
            exitFacts.add(ctx.t("label.export") + ": " + String.join(", ", product.lockIn().exportFormats()));
        }
        if (!product.lockIn().apis().isEmpty()) {
            exitFacts.add(ctx.t("label.apis") + ": " + String.join(", ", product.lockIn().apis()));
        }
        product.lockIn().contract().ifPresent(text -> exitFacts.add(ctx.t("label.contract") + ": " + ctx.text(text)));
        Verdict exit = exitFacts.isEmpty() ? Verdict.UNKNOWN
                : product.lockIn().exportFormats().isEmpty() ? Verdict.NO : Verdict.PARTLY;
        marks.add(mark(ctx, "autonomy.standards", exit, exitFacts, List.of()));

        List<String> alternativeFacts = new ArrayList<>();
        boolean full = false;
        for (Alternative alternative : alternatives) {
            for (var replacement : alternative.replaces()) {
                if (replacement.product().id().equals(product.id())) {
                    alternativeFacts.add(alternative.name() + ": " + ctx.word("fit", replacement.fit()));
                    full |= replacement.fit() == nl.overstap.model.Replacement.Fit.FULL;
                }
            }
        }
        Verdict available = alternatives.isEmpty() ? Verdict.NO : full ? Verdict.YES : Verdict.PARTLY;
        marks.add(mark(ctx, "autonomy.alternatives", available, alternativeFacts, List.of()));
        return marks;
    }

    private static Map<String, Object> european(PageContext ctx, nl.overstap.model.Party party, List<Flag> flags) {
        List<String> facts = new ArrayList<>();
        facts.add(party.name() + " (" + ctx.countryName(party.country()) + ")");
        party.parent().ifPresent(facts::add);
        if (!party.laws().isEmpty()) {
            facts.add(ctx.t("label.laws") + ": " + String.join(", ", party.laws()));
        }
        List<URI> sources = new ArrayList<>();
        party.source().ifPresent(sources::add);
        for (Flag flag : flags) {
            if (flag.kind() == Flag.Kind.OWNERSHIP || flag.kind() == Flag.Kind.INFRASTRUCTURE
                    || flag.kind() == Flag.Kind.SANCTIONS) {
                facts.add(flag.date() + ": " + ctx.text(flag.text()));
                sources.add(flag.source());
            }
        }
        Verdict verdict = party.country().inEuOrEea() ? (party.laws().isEmpty() ? Verdict.YES : Verdict.PARTLY)
                : Verdict.NO;
        return mark(ctx, "autonomy.european", verdict, facts, sources);
    }

    private static Map<String, Object> mark(PageContext ctx, String titleKey, Verdict verdict, List<String> facts,
            List<URI> sources) {
        List<Map<String, Object>> links = new ArrayList<>();
        sources.stream().distinct().forEach(uri -> links.add(map("href", uri.toString(), "label",
                EntryViews.host(uri))));
        String verdictKey = verdict.name().toLowerCase(java.util.Locale.ROOT);
        return map("title", ctx.t(titleKey), "verdict", verdictKey, "verdictText", ctx.t("verdict." + verdictKey),
                "facts", facts, "sources", links);
    }
}
