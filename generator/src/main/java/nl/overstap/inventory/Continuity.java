package nl.overstap.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.overstap.model.Alternative;
import nl.overstap.model.Hosting;
import nl.overstap.model.Inventory.Application;
import nl.overstap.model.Product;
import nl.overstap.model.Ref;

/**
 * A draft emergency plan ("noodplan") entry for every critical service: what stops with it, what
 * to fall back on, which exports to keep, whom to inform and over which channel, when the usual
 * channel may be the one that is down.
 */
public final class Continuity {
    /** Categories whose applications people talk or write to each other with. */
    static final Set<String> CHANNELS = Set.of("email-calendar", "chat", "video-meetings", "messaging-apps",
            "intranet-wiki", "social-media", "website-cms", "klantcontact");
    static final int FALLBACKS = 3;

    private Continuity() {
    }

    /**
     * @param stops       what stops too: everything that needs this service, directly or through others
     * @param largestGroup the most users of any one application that stops, this one included: at least this many people
     * @param needs       what this service needs: when one of them is down, so is this
     * @param fallbacks   alternatives from the catalogue that can run apart from the vendor, best first
     * @param hosting     for an alternative already in use: the other ways to run it
     * @param exports     export formats to keep copies in, from the catalogue
     * @param apis        interfaces an export routine can use
     * @param inform      the owners of this service and of everything that stops, in inventory order
     * @param channelDown whether a channel people use to reach each other is among what stops
     * @param channels    channels in the inventory that stay up
     */
    public record Service(Assessment assessment, List<Application> stops, int largestGroup, List<Application> needs,
            List<Alternative> fallbacks, List<Hosting> hosting, List<String> exports, List<String> apis,
            List<String> inform, boolean channelDown, List<Application> channels) {
    }

    public static List<Service> plan(List<Assessment> assessments, DependencyGraph graph, Assessor assessor) {
        Map<String, Assessment> byId = new HashMap<>();
        assessments.forEach(a -> byId.put(a.application().id(), a));
        List<Service> entries = new ArrayList<>();
        for (Assessment assessment : assessments) {
            Application application = assessment.application();
            if (!application.critical()) {
                continue;
            }
            Set<String> down = new LinkedHashSet<>(List.of(application.id()));
            down.addAll(graph.allNeededBy(application.id()));
            List<Application> stops = inOrder(assessments, down, application.id());
            int largest = assessments.stream().filter(a -> down.contains(a.application().id()))
                    .mapToInt(a -> a.application().users()).max().orElse(0);
            List<Application> needs = inOrder(assessments, graph.allNeeds(application.id()), application.id());
            Optional<nl.overstap.model.Entry> entry = assessment.match().entry();
            List<Alternative> fallbacks = entry.filter(e -> e instanceof Product)
                    .map(p -> assessor.ranked((Product) p, Integer.MAX_VALUE).stream().filter(Continuity::runsApart)
                            .limit(FALLBACKS).toList()).orElse(List.of());
            List<Hosting> hosting = entry.filter(e -> e instanceof Alternative)
                    .map(a -> ((Alternative) a).hosting()).orElse(List.of());
            List<String> exports = entry.map(e -> e instanceof Product p ? p.lockIn().exportFormats()
                    : ((Alternative) e).exportFormats()).orElse(List.of());
            List<String> apis = entry.filter(e -> e instanceof Product).map(p -> ((Product) p).lockIn().apis())
                    .orElse(List.of());
            Set<String> owners = new LinkedHashSet<>();
            owners.add(application.owner());
            stops.forEach(a -> owners.add(a.owner()));
            boolean channelDown = down.stream().anyMatch(id -> channel(byId.get(id)));
            List<Application> channels = assessments.stream().filter(a -> !down.contains(a.application().id()))
                    .filter(Continuity::channel).map(Assessment::application).toList();
            entries.add(new Service(assessment, stops, largest, needs, fallbacks, hosting, exports, apis,
                    List.copyOf(owners), channelDown, channels));
        }
        return entries;
    }

    private static List<Application> inOrder(List<Assessment> assessments, Set<String> ids, String except) {
        return assessments.stream().map(Assessment::application)
                .filter(a -> ids.contains(a.id()) && !a.id().equals(except)).toList();
    }

    /** Self-hosted or offered by a provider in the EU/EEA: usable when a foreign vendor's service is not. */
    private static boolean runsApart(Alternative alternative) {
        return alternative.hosting().stream().anyMatch(h -> h.kind() == Hosting.Kind.SELF_HOSTED
                || h.country().filter(c -> c.inEuOrEea()).isPresent());
    }

    static boolean channel(Assessment assessment) {
        return assessment.match().entry().map(e -> categories(e).stream().anyMatch(r -> CHANNELS.contains(r.id())))
                .orElse(false);
    }

    private static List<Ref> categories(nl.overstap.model.Entry entry) {
        return entry instanceof Product p ? p.categories() : ((Alternative) entry).categories();
    }
}
