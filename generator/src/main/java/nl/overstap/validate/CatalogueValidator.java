package nl.overstap.validate;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.overstap.load.CatalogueLoader.Loaded;
import nl.overstap.load.DidYouMean;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Category;
import nl.overstap.model.Entry;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Origin;
import nl.overstap.model.Product;
import nl.overstap.model.Ref;
import nl.overstap.model.Standard;
import nl.overstap.model.Topic;
import nl.overstap.model.TrainingNote;
import nl.overstap.problem.Printable;
import nl.overstap.problem.Problems;

/**
 * Checks what no single file can check alone (R8): every reference names an entry of the right
 * kind, and a migration guide's alternative says it replaces the guide's product.
 */
public final class CatalogueValidator {
    /** How old a review may be: facts about ownership, licences and adopters go stale. */
    static final int MAX_REVIEW_MONTHS = 12;

    private final Loaded loaded;
    private final Problems problems;

    private CatalogueValidator(Loaded loaded, Problems problems) {
        this.loaded = loaded;
        this.problems = problems;
    }

    /**
     * The catalogue of the entries read without problems; every problem found goes to {@code problems}.
     *
     * @param today when given, review dates older than {@value #MAX_REVIEW_MONTHS} months, or later than
     *              today, are problems
     */
    public static Catalogue validate(Loaded loaded, Optional<LocalDate> today, Problems problems) {
        CatalogueValidator validator = new CatalogueValidator(loaded, problems);
        loaded.entries().values().forEach(validator::check);
        today.ifPresent(date -> loaded.entries().values().forEach(entry -> validator.checkReviewed(entry, date)));
        Catalogue catalogue = validator.catalogue();
        validator.checkEveryProductHasAnAlternative(catalogue);
        return catalogue;
    }

    private void checkReviewed(Entry entry, LocalDate today) {
        Origin at = entry.origin();
        if (entry.reviewed().isBefore(today.minusMonths(MAX_REVIEW_MONTHS))) {
            problems.add(at.path(), at.line(), at.column(), "stale", "field 'reviewed' is " + entry.reviewed()
                    + ", more than " + MAX_REVIEW_MONTHS + " months before " + today
                    + ": check the facts again and update the date");
        } else if (entry.reviewed().isAfter(today)) {
            problems.add(at.path(), at.line(), at.column(), "date", "field 'reviewed' is " + entry.reviewed()
                    + ", later than today (" + today + ")");
        }
    }

    /** A product nobody can switch to anything from is a dead end in the guide. */
    private void checkEveryProductHasAnAlternative(Catalogue catalogue) {
        for (Product product : catalogue.products()) {
            if (catalogue.alternativesFor(product.id()).isEmpty() && !hasBrokenAlternative()) {
                Origin at = product.origin();
                problems.add(at.path(), at.line(), at.column(), "no-alternative", "no alternative names product '"
                        + product.id() + "' in its 'replaces'; add one, or leave the product out");
            }
        }
    }

    /** True when some alternative file that had problems exists, so a missing link may be its fault. */
    private boolean hasBrokenAlternative() {
        return loaded.known().entrySet().stream()
                .anyMatch(e -> e.getValue().equals("alternative") && !loaded.entries().containsKey(e.getKey()));
    }

    private void check(Entry entry) {
        if (entry instanceof Product p) {
            p.categories().forEach(r -> expect(r, "category"));
        } else if (entry instanceof Alternative a) {
            a.categories().forEach(r -> expect(r, "category"));
            a.standards().forEach(r -> expect(r, "standard"));
            a.replaces().forEach(r -> expect(r.product(), "product"));
        } else if (entry instanceof MigrationGuide m) {
            expect(m.from(), "product");
            expect(m.to(), "alternative");
            m.training().forEach(r -> expect(r, "training note"));
            if (loaded.entries().get(m.to().id()) instanceof Alternative to
                    && to.replaces().stream().noneMatch(r -> r.product().id().equals(m.from().id()))) {
                report(m.to(), "alternative '" + to.id() + "' does not list '" + m.from().id()
                        + "' in its 'replaces'; add it there so the guide is reachable from the product");
            }
        } else if (entry instanceof TrainingNote t) {
            expect(t.alternative(), "alternative");
            t.replaces().forEach(r -> expect(r, "product"));
        } else if (entry instanceof Topic t) {
            t.products().forEach(r -> expect(r, "product"));
            t.alternatives().forEach(r -> expect(r, "alternative"));
            t.standards().forEach(r -> expect(r, "standard"));
        }
        // categories and standards refer to nothing
    }

    private void expect(Ref ref, String kind) {
        String actual = loaded.known().get(ref.id());
        if (actual == null) {
            List<String> sameKind = loaded.known().entrySet().stream().filter(e -> e.getValue().equals(kind))
                    .map(Map.Entry::getKey).toList();
            String hint = DidYouMean.among(ref.id(), sameKind).map(s -> " (did you mean '" + s + "'?)").orElse("");
            report(ref, "unknown " + kind + " '" + ref.id() + "'" + hint);
        } else if (!actual.equals(kind)) {
            report(ref, "'" + ref.id() + "' is " + Printable.withArticle(actual) + ", not "
                    + Printable.withArticle(kind));
        }
    }

    private void report(Ref ref, String message) {
        problems.add(ref.at().path(), ref.at().line(), ref.at().column(), "reference", message);
    }

    private Catalogue catalogue() {
        List<Category> categories = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        List<Alternative> alternatives = new ArrayList<>();
        List<Standard> standards = new ArrayList<>();
        List<MigrationGuide> migrations = new ArrayList<>();
        List<TrainingNote> training = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        for (Entry entry : loaded.entries().values()) {
            if (entry instanceof Category c) {
                categories.add(c);
            } else if (entry instanceof Product p) {
                products.add(p);
            } else if (entry instanceof Alternative a) {
                alternatives.add(a);
            } else if (entry instanceof Standard s) {
                standards.add(s);
            } else if (entry instanceof MigrationGuide m) {
                migrations.add(m);
            } else if (entry instanceof TrainingNote t) {
                training.add(t);
            } else if (entry instanceof Topic t) {
                topics.add(t);
            }
        }
        return new Catalogue(categories, products, alternatives, standards, migrations, training, topics,
                loaded.synonyms());
    }
}
