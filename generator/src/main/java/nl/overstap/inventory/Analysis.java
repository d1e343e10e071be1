package nl.overstap.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.overstap.index.SearchIndex;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Inventory;
import nl.overstap.model.Inventory.Application;
import nl.overstap.model.Topic;
import nl.overstap.problem.Problems;

/**
 * Everything the report shows, worked out from one inventory and the catalogue: the matches, each
 * application's assessment, the exposure, the roadmap, the continuity plan and the procurement notes.
 *
 * @param cycles groups of applications that need each other in a circle; reported, and harmless to the figures
 */
public record Analysis(Inventory inventory, Weights weights, List<Match> matches, List<Assessment> assessments,
        Exposure exposure, List<Roadmap.Step> roadmap, List<Continuity.Service> continuity,
        List<Procurement.Contract> procurement, List<Topic> clauseTopics, List<List<String>> cycles) {

    /** Reports each catalogue id the inventory gives that is not a product or alternative. */
    public static void checkIds(Inventory inventory, Catalogue catalogue, Problems problems) {
        java.util.Set<String> known = new java.util.TreeSet<>();
        catalogue.products().forEach(p -> known.add(p.id()));
        catalogue.alternatives().forEach(a -> known.add(a.id()));
        for (Application application : inventory.applications()) {
            application.entry().filter(ref -> !known.contains(ref.id())).ifPresent(ref -> {
                String hint = nl.overstap.load.DidYouMean.among(ref.id(), known).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; leave 'product' out to match by name");
                problems.add(ref.at().path(), ref.at().line(), ref.at().column(), "reference", "product '" + ref.id()
                        + "' is not a product or alternative in the catalogue" + hint);
            });
        }
    }

    /** The analysis of an inventory whose catalogue ids were checked with {@link #checkIds}. */
    public static Analysis of(Inventory inventory, Catalogue catalogue, SearchIndex index, Weights weights) {
        Matcher matcher = new Matcher(catalogue, index);
        DependencyGraph graph = new DependencyGraph(inventory);
        Assessor assessor = new Assessor(catalogue, graph, weights);
        Map<String, Application> byId = new LinkedHashMap<>();
        inventory.applications().forEach(a -> byId.put(a.id(), a));
        List<Match> matches = inventory.applications().stream().map(matcher::match).toList();
        List<Assessment> assessments = matches.stream().map(m -> assessor.assess(m, byId)).toList();
        return new Analysis(inventory, weights, matches, assessments, Exposure.of(assessments),
                Roadmap.plan(assessments, inventory.date()), Continuity.plan(assessments, graph, assessor),
                Procurement.notes(assessments, inventory.date()), Procurement.clauseTopics(catalogue), graph.cycles());
    }
}
