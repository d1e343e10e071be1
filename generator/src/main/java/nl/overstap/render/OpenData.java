package nl.overstap.render;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Category;
import nl.overstap.model.Flag;
import nl.overstap.model.Markdown;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Party;
import nl.overstap.model.Product;
import nl.overstap.model.Ref;
import nl.overstap.model.Standard;
import nl.overstap.model.Text;
import nl.overstap.model.Topic;
import nl.overstap.model.TrainingNote;
import nl.overstap.model.Translated;

/**
 * The catalogue as open data, {@code data/catalogue.json}: the same field names as the catalogue
 * files (see the JSON Schema beside it), every kind a list sorted by id, no local file paths.
 */
final class OpenData {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    private OpenData() {
    }

    static byte[] json(Catalogue catalogue) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("description", "The Overstap catalogue: proprietary products, European and open-source alternatives, "
                + "migration guides, training notes, topics and open standards. Field meanings: catalogue.schema.json.");
        ArrayNode categories = root.putArray("categories");
        for (Category c : catalogue.categories()) {
            ObjectNode node = categories.addObject().put("id", c.id());
            text(node, "name", c.name());
            text(node, "summary", c.summary());
            strings(node, "gemma", c.gemma());
            node.put("reviewed", c.reviewed().toString());
        }
        ArrayNode products = root.putArray("products");
        for (Product p : catalogue.products()) {
            ObjectNode node = products.addObject().put("id", p.id()).put("name", p.name());
            strings(node, "aliases", p.aliases());
            refs(node, "categories", p.categories());
            party(node.putObject("vendor"), p.vendor());
            p.website().ifPresent(w -> node.put("website", w.toString()));
            text(node, "summary", p.summary());
            p.description().ifPresent(d -> text(node, "description", d));
            ObjectNode lockIn = node.putObject("lockIn");
            strings(lockIn, "exportFormats", p.lockIn().exportFormats());
            strings(lockIn, "apis", p.lockIn().apis());
            p.lockIn().contract().ifPresent(t -> text(lockIn, "contract", t));
            p.lockIn().notes().ifPresent(t -> text(lockIn, "notes", t));
            flags(node, p.flags());
            node.put("reviewed", p.reviewed().toString());
        }
        ArrayNode alternatives = root.putArray("alternatives");
        for (Alternative a : catalogue.alternatives()) {
            ObjectNode node = alternatives.addObject().put("id", a.id()).put("name", a.name());
            strings(node, "aliases", a.aliases());
            refs(node, "categories", a.categories());
            party(node.putObject("steward"), a.steward());
            a.website().ifPresent(w -> node.put("website", w.toString()));
            a.sourceCode().ifPresent(w -> node.put("sourceCode", w.toString()));
            ObjectNode licence = node.putObject("licence").put("spdx", a.licence().spdx())
                    .put("model", spelling(a.licence().model()));
            a.licence().note().ifPresent(t -> text(licence, "note", t));
            refs(node, "standards", a.standards());
            strings(node, "exportFormats", a.exportFormats());
            ArrayNode hosting = node.putArray("hosting");
            a.hosting().forEach(h -> {
                ObjectNode option = hosting.addObject().put("kind", spelling(h.kind()));
                h.provider().ifPresent(v -> option.put("provider", v));
                h.country().ifPresent(v -> option.put("country", v.code()).put("inEuOrEea", v.inEuOrEea()));
                h.url().ifPresent(v -> option.put("url", v.toString()));
            });
            ArrayNode replaces = node.putArray("replaces");
            a.replaces().forEach(r -> {
                ObjectNode item = replaces.addObject().put("product", r.product().id()).put("fit", spelling(r.fit()));
                r.gaps().ifPresent(t -> text(item, "gaps", t));
            });
            ArrayNode references = node.putArray("references");
            a.references().forEach(r -> {
                ObjectNode item = references.addObject().put("organisation", r.organisation())
                        .put("country", r.country().code()).put("status", spelling(r.status()));
                r.year().ifPresent(y -> item.put("year", y));
                item.put("source", r.source().toString());
                r.note().ifPresent(t -> text(item, "note", t));
            });
            flags(node, a.flags());
            text(node, "summary", a.summary());
            a.description().ifPresent(d -> text(node, "description", d));
            node.put("reviewed", a.reviewed().toString());
        }
        ArrayNode standards = root.putArray("standards");
        for (Standard s : catalogue.standards()) {
            ObjectNode node = standards.addObject().put("id", s.id()).put("name", s.name());
            strings(node, "aliases", s.aliases());
            text(node, "summary", s.summary());
            node.put("status", spelling(s.status()));
            s.statusSource().ifPresent(u -> node.put("statusSource", u.toString()));
            s.specification().ifPresent(u -> node.put("specification", u.toString()));
            node.put("reviewed", s.reviewed().toString());
        }
        ArrayNode migrations = root.putArray("migrations");
        for (MigrationGuide m : catalogue.migrations()) {
            ObjectNode node = migrations.addObject().put("id", m.id()).put("from", m.from().id())
                    .put("to", m.to().id()).put("effort", spelling(m.effort()));
            refs(node, "training", m.training());
            urls(node, "sources", m.sources());
            node.put("reviewed", m.reviewed().toString());
            pages(node, m.pages(), (page, out) -> {
                out.put("title", page.title()).put("summary", page.summary());
                page.coexistence().ifPresent(c -> out.put("coexistence", c));
                return page.body();
            });
        }
        ArrayNode training = root.putArray("training");
        for (TrainingNote t : catalogue.training()) {
            ObjectNode node = training.addObject().put("id", t.id()).put("duration", t.durationMinutes())
                    .put("alternative", t.alternative().id());
            refs(node, "replaces", t.replaces());
            node.put("reviewed", t.reviewed().toString());
            pages(node, t.pages(), (page, out) -> {
                out.put("title", page.title()).put("summary", page.summary()).put("audience", page.audience());
                strings(out, "goals", page.goals());
                ArrayNode tasks = out.putArray("tasks");
                page.tasks().forEach(task -> tasks.addObject().put("task", task.task()).put("old", task.oldWay())
                        .put("new", task.newWay()));
                return page.body();
            });
        }
        ArrayNode topics = root.putArray("topics");
        for (Topic t : catalogue.topics()) {
            ObjectNode node = topics.addObject().put("id", t.id());
            refs(node, "products", t.products());
            refs(node, "alternatives", t.alternatives());
            refs(node, "standards", t.standards());
            urls(node, "sources", t.sources());
            node.put("reviewed", t.reviewed().toString());
            pages(node, t.pages(), (page, out) -> {
                out.put("title", page.title()).put("summary", page.summary());
                strings(out, "keywords", page.keywords());
                return page.body();
            });
        }
        try {
            // Straight to bytes: the catalogue's JSON is tens of megabytes for a large catalogue.
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
            MAPPER.writeValue(out, root);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface PageWriter<P> {
        Markdown write(P page, ObjectNode out);
    }

    private static <P> void pages(ObjectNode node, Translated<P> pages, PageWriter<P> writer) {
        ObjectNode nl = node.putObject("nl");
        nl.put("markdown", writer.write(pages.nl(), nl).source());
        if (pages.en().isPresent()) {
            ObjectNode en = node.putObject("en");
            en.put("markdown", writer.write(pages.en().get(), en).source());
        }
    }

    private static void party(ObjectNode node, Party party) {
        node.put("name", party.name()).put("country", party.country().code())
                .put("inEuOrEea", party.country().inEuOrEea()).put("kind", spelling(party.kind()));
        party.parent().ifPresent(p -> node.put("parent", p));
        strings(node, "laws", party.laws());
        party.source().ifPresent(u -> node.put("source", u.toString()));
    }

    private static void flags(ObjectNode node, List<Flag> flags) {
        ArrayNode array = node.putArray("flags");
        flags.forEach(f -> {
            ObjectNode flag = array.addObject().put("date", f.date().toString()).put("kind", spelling(f.kind()));
            text(flag, "text", f.text());
            flag.put("source", f.source().toString());
        });
    }

    private static void text(ObjectNode node, String field, Text text) {
        ObjectNode out = node.putObject(field).put("nl", text.nl());
        text.en().ifPresent(en -> out.put("en", en));
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(array::add);
    }

    private static void refs(ObjectNode node, String field, List<Ref> refs) {
        ArrayNode array = node.putArray(field);
        refs.forEach(r -> array.add(r.id()));
    }

    private static void urls(ObjectNode node, String field, List<URI> urls) {
        ArrayNode array = node.putArray(field);
        urls.forEach(u -> array.add(u.toString()));
    }

    private static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
