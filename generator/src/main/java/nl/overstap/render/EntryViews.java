package nl.overstap.render;

import static nl.overstap.render.PageContext.map;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Flag;
import nl.overstap.model.Hosting;
import nl.overstap.model.Licence;
import nl.overstap.model.Party;
import nl.overstap.model.Product;
import nl.overstap.model.Reference;
import nl.overstap.model.Replacement;

/** Template models of the parts that several page kinds show: parties, flags, references, profiles. */
final class EntryViews {
    private EntryViews() {
    }

    static Map<String, Object> party(PageContext ctx, Party party) {
        return map("name", party.name(), "country", ctx.countryName(party.country()),
                "eu", ctx.t(party.country().inEuOrEea() ? "label.yes" : "label.no"),
                "inEu", party.country().inEuOrEea(), "parent", party.parent().orElse(""), "laws", party.laws(),
                "source", party.source().map(URI::toString).orElse(""),
                "sourceHost", party.source().map(EntryViews::host).orElse(""));
    }

    static List<Map<String, Object>> flags(PageContext ctx, List<Flag> flags) {
        List<Map<String, Object>> views = new ArrayList<>();
        flags.stream().sorted(Comparator.comparing(Flag::date).reversed()).forEach(flag -> views.add(map(
                "date", flag.date().toString(), "kind", ctx.word("flag", flag.kind()), "text", ctx.text(flag.text()),
                "source", flag.source().toString(), "sourceHost", host(flag.source()))));
        return views;
    }

    static List<Map<String, Object>> references(PageContext ctx, List<Reference> references) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (Reference reference : references) {
            views.add(map("organisation", reference.organisation(), "country", ctx.countryName(reference.country()),
                    "status", ctx.word("status", reference.status()),
                    "year", reference.year().isPresent() ? String.valueOf(reference.year().getAsInt()) : "",
                    "source", reference.source().toString(), "sourceHost", host(reference.source()),
                    "note", ctx.text(reference.note())));
        }
        return views;
    }

    static Map<String, Object> licence(PageContext ctx, Licence licence) {
        return map("spdx", licence.spdx(), "model", ctx.word("model", licence.model()), "note",
                ctx.text(licence.note()));
    }

    static List<Map<String, Object>> hosting(PageContext ctx, List<Hosting> hosting) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (Hosting option : hosting) {
            views.add(map("kind", ctx.word("hosting", option.kind()), "provider", option.provider().orElse(""),
                    "country", option.country().map(ctx::countryName).orElse(""),
                    "url", option.url().map(URI::toString).orElse("")));
        }
        return views;
    }

    /** An alternative as a card, with its fit for {@code product} when one is given. */
    static Map<String, Object> alternativeCard(PageContext ctx, Alternative alternative, Product product) {
        Map<String, Object> card = map("name", alternative.name(), "href", ctx.link(alternative),
                "summary", ctx.text(alternative.summary()), "licence", alternative.licence().spdx(),
                "model", ctx.word("model", alternative.licence().model()),
                "steward", alternative.steward().name(), "country", ctx.countryName(alternative.steward().country()),
                "eu", ctx.t(alternative.steward().country().inEuOrEea() ? "label.yes" : "label.no"),
                "flagCount", alternative.flags().size(), "fit", "", "gaps", "");
        if (product != null) {
            alternative.replaces().stream().filter(r -> r.product().id().equals(product.id())).findFirst()
                    .ifPresent(r -> {
                        card.put("fit", ctx.word("fit", r.fit()));
                        card.put("gaps", ctx.text(r.gaps()));
                    });
        }
        return card;
    }

    /** One row of a category's comparison matrix. */
    static Map<String, Object> matrixRow(PageContext ctx, Alternative alternative, Catalogue catalogue) {
        Set<String> hostingKinds = new LinkedHashSet<>();
        alternative.hosting().forEach(h -> hostingKinds.add(ctx.word("hosting", h.kind())));
        List<Map<String, Object>> standards = new ArrayList<>();
        alternative.standards().forEach(ref -> catalogue.findStandard(ref.id()).ifPresent(
                s -> standards.add(map("title", s.name(), "href", ctx.link(s)))));
        List<String> fits = new ArrayList<>();
        for (Replacement replacement : alternative.replaces()) {
            catalogue.findProduct(replacement.product().id()).ifPresent(p -> fits.add(p.name() + " ("
                    + ctx.word("fit", replacement.fit()) + ")"));
        }
        long inUse = alternative.references().stream().filter(r -> r.status() == Reference.Status.IN_USE).count();
        String latestFlag = alternative.flags().stream().map(f -> f.date().toString()).max(String::compareTo)
                .orElse("");
        return map("name", alternative.name(), "href", ctx.link(alternative),
                "licence", alternative.licence().spdx(), "model", ctx.word("model", alternative.licence().model()),
                "steward", alternative.steward().name(), "country", ctx.countryName(alternative.steward().country()),
                "eu", ctx.t(alternative.steward().country().inEuOrEea() ? "label.yes" : "label.no"),
                "hosting", List.copyOf(hostingKinds), "standards", standards, "fits", fits,
                "references", alternative.references().size(), "inUse", inUse,
                "flags", alternative.flags().size(), "latestFlag", latestFlag);
    }

    static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
