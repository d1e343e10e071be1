package nl.overstap.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.overstap.inventory.Assessment.LockInLevel;
import nl.overstap.inventory.Assessment.Reach;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Hosting;
import nl.overstap.model.Inventory.Application;
import nl.overstap.model.Inventory.DataKind;
import nl.overstap.model.Inventory.HostingKind;
import nl.overstap.model.Inventory.Level;
import nl.overstap.model.Licence;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Party;
import nl.overstap.model.Product;
import nl.overstap.model.Replacement;

/**
 * Scores each application's risk from four factors and its migration effort from the catalogue's
 * guides. Factors are whole tenths and the score is rounded half up, so every figure in the report
 * can be checked by hand; the report's method section states the same rules.
 */
public final class Assessor {
    /** An application this many people use needs a larger training effort. */
    static final int MANY_USERS = 250;
    /** An application this many others need directly is harder to replace. */
    static final int MANY_DEPENDENTS = 3;
    static final int MAX_EFFORT = 5;

    private final Catalogue catalogue;
    private final DependencyGraph graph;
    private final Weights weights;

    public Assessor(Catalogue catalogue, DependencyGraph graph, Weights weights) {
        this.catalogue = catalogue;
        this.graph = graph;
        this.weights = weights;
    }

    /** @param byId every application of the inventory by id */
    public Assessment assess(Match match, Map<String, Application> byId) {
        Application application = match.application();
        Optional<Party> controller = match.entry().map(entry -> entry instanceof Product p ? p.vendor()
                : ((Alternative) entry).steward());
        Reach reach = reach(application, match, controller);
        LockInLevel lockIn = lockIn(match);
        List<String> criticalVia = application.critical() ? List.of()
                : graph.allNeededBy(application.id()).stream().filter(id -> byId.get(id).critical()).toList();
        Level availability = criticalVia.isEmpty() ? application.availability() : Level.HIGH;
        List<Integer> factors = List.of(
                switch (reach) {
                    case NON_EU -> application.hosting() == HostingKind.SAAS ? 10 : 6;
                    case UNKNOWN -> 5;
                    case EU -> 0;
                },
                switch (lockIn) {
                    case HIGH -> 10;
                    case MEDIUM -> 6;
                    case UNKNOWN -> 5;
                    case LOW -> 1;
                },
                level(max(availability, application.integrity())),
                Math.max(data(application.mostSensitiveData()), level(application.confidentiality())));
        List<Integer> w = List.copyOf(weights.byName().values());
        int sum = 0;
        for (int i = 0; i < factors.size(); i++) {
            sum += w.get(i) * factors.get(i);
        }
        // 100 * sum / (10 * total), rounded half up, in whole numbers.
        int risk = (sum * 20 + weights.total()) / (weights.total() * 2);
        List<Alternative> recommended = match.entry().filter(e -> e instanceof Product)
                .map(p -> recommend((Product) p)).orElse(List.of());
        Optional<MigrationGuide> guide = recommended.stream().findFirst()
                .flatMap(alternative -> guide((Product) match.entry().get(), alternative));
        List<String> reasons = new ArrayList<>();
        int effort = 0;
        if (!recommended.isEmpty()) {
            effort = guide.map(g -> g.effort().ordinal() + 1).orElse(3);
            reasons.add(guide.map(g -> "guide-" + g.effort().name().toLowerCase(Locale.ROOT)).orElse("no-guide"));
            if (application.users() >= MANY_USERS) {
                effort++;
                reasons.add("many-users");
            }
            if (graph.neededBy(application.id()).size() >= MANY_DEPENDENTS) {
                effort++;
                reasons.add("many-dependents");
            }
            effort = Math.min(effort, MAX_EFFORT);
        }
        return new Assessment(application, match, controller, reach, lockIn, criticalVia, factors, risk, recommended,
                guide, effort, reasons);
    }

    private static Reach reach(Application application, Match match, Optional<Party> controller) {
        if (controller.isPresent()) {
            if (match.entry().get() instanceof Alternative && application.hosting() != HostingKind.SAAS) {
                // Open software the organisation runs itself, or has run for it, is under its own control.
                return Reach.EU;
            }
            Party party = controller.get();
            return party.country().inEuOrEea() && party.laws().isEmpty() ? Reach.EU : Reach.NON_EU;
        }
        return application.vendor().flatMap(v -> v.country())
                .map(country -> country.inEuOrEea() ? Reach.EU : Reach.NON_EU).orElse(Reach.UNKNOWN);
    }

    private static LockInLevel lockIn(Match match) {
        if (match.entry().isEmpty()) {
            return LockInLevel.UNKNOWN;
        }
        if (match.entry().get() instanceof Product product) {
            return product.lockIn().exportFormats().isEmpty() ? LockInLevel.HIGH : LockInLevel.MEDIUM;
        }
        Licence.Model model = ((Alternative) match.entry().get()).licence().model();
        return model == Licence.Model.OPEN_SOURCE ? LockInLevel.LOW : LockInLevel.MEDIUM;
    }

    private static Level max(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static int level(Level level) {
        return switch (level) {
            case LOW -> 2;
            case MEDIUM -> 6;
            case HIGH -> 10;
        };
    }

    private static int data(DataKind kind) {
        return switch (kind) {
            case PUBLIC -> 1;
            case INTERNAL -> 3;
            case PERSONAL -> 7;
            case SPECIAL -> 10;
        };
    }

    /**
     * The alternatives for a product, best first, at most two: the fullest fit, then one with a
     * guide, the least effort, an EU steward, open source, and by id so the order is fixed.
     */
    List<Alternative> recommend(Product product) {
        return ranked(product, 2);
    }

    /** The alternatives for a product in the order {@link #recommend} uses, at most {@code limit}. */
    List<Alternative> ranked(Product product, int limit) {
        Comparator<Alternative> order = Comparator
                .comparingInt((Alternative a) -> fit(a, product).ordinal())
                .thenComparingInt(a -> guide(product, a).map(g -> g.effort().ordinal()).orElse(9))
                .thenComparingInt(a -> a.steward().country().inEuOrEea() && a.steward().laws().isEmpty() ? 0 : 1)
                .thenComparingInt(a -> a.licence().model().ordinal())
                .thenComparingInt(a -> a.hosting().stream().anyMatch(h -> h.kind() == Hosting.Kind.SELF_HOSTED) ? 0 : 1)
                .thenComparing(Alternative::id);
        return catalogue.alternativesFor(product.id()).stream().sorted(order).limit(limit).toList();
    }

    static Replacement.Fit fit(Alternative alternative, Product product) {
        return alternative.replaces().stream().filter(r -> r.product().id().equals(product.id()))
                .map(Replacement::fit).min(Comparator.naturalOrder()).orElse(Replacement.Fit.LIMITED);
    }

    Optional<MigrationGuide> guide(Product product, Alternative alternative) {
        return catalogue.findMigration(product.id() + "--" + alternative.id());
    }
}
