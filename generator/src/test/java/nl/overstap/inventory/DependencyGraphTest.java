package nl.overstap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.overstap.model.Inventory;
import nl.overstap.model.Inventory.Application;
import nl.overstap.model.Inventory.DataKind;
import nl.overstap.model.Inventory.Dependency;
import nl.overstap.model.Inventory.HostingKind;
import nl.overstap.model.Inventory.Level;
import nl.overstap.model.Origin;
import org.junit.jupiter.api.Test;

/** Circles of dependencies are found and reported; walking them ends. */
class DependencyGraphTest {
    private static Application app(String id, String... needs) {
        Origin at = new Origin("inventory.yaml", 1, 1);
        List<Dependency> dependencies = new ArrayList<>();
        for (String need : needs) {
            dependencies.add(new Dependency(need, at));
        }
        return new Application(id, id, Optional.empty(), Optional.empty(), "ICT", 1, Level.HIGH, Level.LOW, Level.LOW,
                List.of(DataKind.PUBLIC), Optional.empty(), HostingKind.SAAS, dependencies, Optional.empty(), at);
    }

    private static Inventory inventory(Application... applications) {
        return new Inventory("Proef", LocalDate.of(2026, 12, 1), List.of(applications), new Origin("inventory.yaml", 1, 1));
    }

    @Test
    void circlesAreFoundAndWalksEnd() {
        // a -> b -> c -> a is a circle; d needs a; e and f need each other; g needs nothing
        DependencyGraph graph = new DependencyGraph(inventory(app("a", "b"), app("b", "c"), app("c", "a"),
                app("d", "a"), app("e", "f"), app("f", "e"), app("g")));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(List.of(List.of("a", "b", "c"), List.of("e", "f")), graph.cycles());
            assertEquals(Set.of("b", "c"), graph.allNeeds("a"));
            assertEquals(Set.of("a", "b", "c"), graph.allNeeds("d"));
            assertEquals(Set.of("c", "b", "d"), graph.allNeededBy("a"));
            assertEquals(Set.of(), graph.allNeededBy("g"));
        });
        assertEquals(List.of("c", "d"), graph.neededBy("a"));
    }

    @Test
    void aLongChainIsWalkedWithoutRecursion() {
        Application[] chain = new Application[20_000];
        for (int i = 0; i < chain.length; i++) {
            chain[i] = i == 0 ? app("app-0", "app-" + (chain.length - 1)) : app("app-" + i, "app-" + (i - 1));
        }
        DependencyGraph graph = new DependencyGraph(inventory(chain));
        assertEquals(chain.length - 1, graph.allNeeds("app-5").size(), "one circle through all of them");
        assertEquals(1, graph.cycles().size());
        assertEquals(chain.length, graph.cycles().get(0).size());
    }
}
