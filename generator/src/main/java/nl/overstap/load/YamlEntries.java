package nl.overstap.load;

import java.util.List;
import java.util.Optional;
import nl.overstap.model.Alternative;
import nl.overstap.model.Category;
import nl.overstap.model.Flag;
import nl.overstap.model.Hosting;
import nl.overstap.model.Licence;
import nl.overstap.model.LockIn;
import nl.overstap.model.Party;
import nl.overstap.model.Product;
import nl.overstap.model.Reference;
import nl.overstap.model.Replacement;
import nl.overstap.model.Standard;

/**
 * Reads the structured entries (categories, products, alternatives, standards) from their YAML.
 * Each method returns the entry when its required values could be read; the loader keeps it only
 * when the whole file had no problem.
 */
final class YamlEntries {
    private YamlEntries() {
    }

    static Optional<Category> category(Fields f, String fileId) {
        var id = f.id("id", fileId, false);
        var name = f.text("name", Fields.MAX_LINE, false);
        var summary = f.text("summary", Fields.MAX_PARAGRAPH, true);
        var gemma = f.lines("gemma", Fields.MAX_LINE);
        var reviewed = f.date("reviewed");
        return all(id, name, summary, reviewed)
                .map(ok -> new Category(id.get(), name.get(), summary.get(), gemma, reviewed.get(), f.origin()));
    }

    static Optional<Product> product(Fields f, String fileId) {
        var id = f.id("id", fileId, false);
        var name = f.line("name", Fields.MAX_LINE);
        var aliases = f.lines("aliases", Fields.MAX_LINE);
        var categories = f.refs("categories");
        var vendor = f.object("vendor", Shapes.PARTY, YamlEntries::party);
        var website = f.url("website");
        var summary = f.text("summary", Fields.MAX_PARAGRAPH, true);
        var description = f.text("description", Fields.MAX_DESCRIPTION, true);
        var lockIn = f.object("lockIn", Shapes.LOCK_IN, YamlEntries::lockIn);
        var flags = f.objects("flags", Shapes.FLAG, YamlEntries::flag);
        var reviewed = f.date("reviewed");
        nonEmpty(f, "categories", categories);
        return all(id, name, vendor, summary, reviewed).map(ok -> new Product(id.get(), name.get(), aliases,
                categories, vendor.get(), website, summary.get(), description, lockIn.orElse(LockIn.UNKNOWN), flags,
                reviewed.get(), f.origin()));
    }

    static Optional<Alternative> alternative(Fields f, String fileId) {
        var id = f.id("id", fileId, false);
        var name = f.line("name", Fields.MAX_LINE);
        var aliases = f.lines("aliases", Fields.MAX_LINE);
        var categories = f.refs("categories");
        var steward = f.object("steward", Shapes.PARTY, YamlEntries::party);
        var website = f.url("website");
        var sourceCode = f.url("sourceCode");
        var licence = f.object("licence", Shapes.LICENCE, YamlEntries::licence);
        var standards = f.refs("standards");
        var exportFormats = f.lines("exportFormats", Fields.MAX_LINE);
        var hosting = f.objects("hosting", Shapes.HOSTING, YamlEntries::hosting);
        var replaces = f.objects("replaces", Shapes.REPLACEMENT, YamlEntries::replacement);
        var references = f.objects("references", Shapes.REFERENCE, YamlEntries::reference);
        var flags = f.objects("flags", Shapes.FLAG, YamlEntries::flag);
        var summary = f.text("summary", Fields.MAX_PARAGRAPH, true);
        var description = f.text("description", Fields.MAX_DESCRIPTION, true);
        var reviewed = f.date("reviewed");
        nonEmpty(f, "categories", categories);
        nonEmpty(f, "hosting", hosting);
        nonEmpty(f, "replaces", replaces);
        var repeated = replaces.stream().map(r -> r.product().id()).distinct().count() != replaces.size();
        if (repeated) {
            f.node("replaces").ifPresent(n -> f.problem(n, "repeated", "field 'replaces' names a product more than once"));
        }
        return all(id, name, steward, licence, summary, reviewed).filter(ok -> !repeated)
                .map(ok -> new Alternative(id.get(), name.get(), aliases, categories, steward.get(), website,
                        sourceCode, licence.get(), standards, exportFormats, hosting, replaces, references, flags,
                        summary.get(), description, reviewed.get(), f.origin()));
    }

    static Optional<Standard> standard(Fields f, String fileId) {
        var id = f.id("id", fileId, false);
        var name = f.line("name", Fields.MAX_LINE);
        var aliases = f.lines("aliases", Fields.MAX_LINE);
        var summary = f.text("summary", Fields.MAX_PARAGRAPH, true);
        var status = f.choice("status", Standard.Status.class);
        var statusSource = f.url("statusSource");
        var specification = f.url("specification");
        var reviewed = f.date("reviewed");
        boolean listed = status.filter(s -> s == Standard.Status.MANDATORY || s == Standard.Status.RECOMMENDED)
                .isPresent();
        if (listed && statusSource.isEmpty() && !f.has("statusSource")) {
            f.node("status").ifPresent(n -> f.problem(n, "missing-source", "status '" + Fields.spelling(status.get())
                    + "' needs a 'statusSource' URL: no source, no claim"));
            return Optional.empty();
        }
        return all(id, name, summary, status, reviewed).map(ok -> new Standard(id.get(), name.get(), aliases,
                summary.get(), status.get(), statusSource, specification, reviewed.get(), f.origin()));
    }

    // ---- shared shapes ----

    static Optional<Party> party(Fields f) {
        var name = f.line("name", Fields.MAX_LINE);
        var country = f.country("country");
        var kind = f.choice("kind", Party.Kind.class);
        var parent = f.line("parent", Fields.MAX_LINE);
        var laws = f.lines("laws", Fields.MAX_LINE);
        var source = f.url("source");
        return all(name, country, kind).map(ok -> new Party(name.get(), country.get(), kind.get(), parent, laws,
                source));
    }

    static Optional<Flag> flag(Fields f) {
        var date = f.date("date");
        var kind = f.choice("kind", Flag.Kind.class);
        var text = f.text("text", Fields.MAX_PARAGRAPH, true);
        var source = f.url("source");
        return all(date, kind, text, source).map(ok -> new Flag(date.get(), kind.get(), text.get(), source.get(),
                f.origin()));
    }

    static Optional<Reference> reference(Fields f) {
        var organisation = f.line("organisation", Fields.MAX_LINE);
        var country = f.country("country");
        var status = f.choice("status", Reference.Status.class);
        var year = f.integer("year", 1970, 2100);
        var source = f.url("source");
        var note = f.text("note", Fields.MAX_PARAGRAPH, true);
        return all(organisation, country, status, source).map(ok -> new Reference(organisation.get(), country.get(),
                status.get(), year, source.get(), note, f.origin()));
    }

    static Optional<Licence> licence(Fields f) {
        var spdx = f.spdx("spdx");
        var model = f.choice("model", Licence.Model.class);
        var note = f.text("note", Fields.MAX_PARAGRAPH, true);
        return all(spdx, model).map(ok -> new Licence(spdx.get().expression(), model.get(), note));
    }

    static Optional<Hosting> hosting(Fields f) {
        var kind = f.choice("kind", Hosting.Kind.class);
        var provider = f.line("provider", Fields.MAX_LINE);
        var country = f.country("country");
        var url = f.url("url");
        if (kind.filter(k -> k != Hosting.Kind.SELF_HOSTED).isPresent() && provider.isEmpty() && !f.has("provider")) {
            f.problem(f.node("kind").orElseThrow(), "missing-field", "hosting of kind '" + Fields.spelling(kind.get())
                    + "' needs a 'provider'");
            return Optional.empty();
        }
        return kind.map(k -> new Hosting(k, provider, country, url));
    }

    static Optional<Replacement> replacement(Fields f) {
        var product = f.ref("product");
        var fit = f.choice("fit", Replacement.Fit.class);
        var gaps = f.text("gaps", Fields.MAX_PARAGRAPH, true);
        if (fit.filter(x -> x != Replacement.Fit.FULL).isPresent() && gaps.isEmpty() && !f.has("gaps")) {
            f.problem(f.node("fit").orElseThrow(), "missing-field", "fit '" + Fields.spelling(fit.get())
                    + "' needs 'gaps' saying what is missing");
            return Optional.empty();
        }
        return all(product, fit).map(ok -> new Replacement(product.get(), fit.get(), gaps));
    }

    static Optional<LockIn> lockIn(Fields f) {
        return Optional.of(new LockIn(f.lines("exportFormats", Fields.MAX_LINE), f.lines("apis", Fields.MAX_LINE),
                f.text("contract", Fields.MAX_PARAGRAPH, true), f.text("notes", Fields.MAX_PARAGRAPH, true)));
    }

    private static void nonEmpty(Fields f, String key, List<?> values) {
        f.node(key).filter(n -> values.isEmpty() && n instanceof YamlNode.Sequence s && s.items().isEmpty())
                .ifPresent(n -> f.problem(n, "empty-field", "field '" + key + "' needs at least one item"));
    }

    /** Present (a marker) when every value is present. */
    static Optional<Boolean> all(Optional<?>... values) {
        for (Optional<?> value : values) {
            if (value.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(Boolean.TRUE);
    }
}
