package nl.overstap.inventory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.overstap.model.Inventory;
import nl.overstap.model.Inventory.Application;

/**
 * Which applications need which, directly and through others. Walks keep a visited set, so a
 * circle of dependencies (which real landscapes have) is found and reported, never looped on.
 */
public final class DependencyGraph {
    private final Map<String, List<String>> needs = new LinkedHashMap<>();
    private final Map<String, List<String>> neededBy = new LinkedHashMap<>();

    public DependencyGraph(Inventory inventory) {
        for (Application application : inventory.applications()) {
            needs.put(application.id(), application.dependsOn().stream().map(Inventory.Dependency::id).toList());
            neededBy.putIfAbsent(application.id(), new ArrayList<>());
        }
        for (Application application : inventory.applications()) {
            for (Inventory.Dependency dependency : application.dependsOn()) {
                neededBy.get(dependency.id()).add(application.id());
            }
        }
    }

    /** The applications {@code id} needs directly. */
    public List<String> needs(String id) {
        return needs.get(id);
    }

    /** The applications that need {@code id} directly. */
    public List<String> neededBy(String id) {
        return List.copyOf(neededBy.get(id));
    }

    /** Everything {@code id} needs, directly or through others, in the order found. */
    public Set<String> allNeeds(String id) {
        return reach(id, needs);
    }

    /** Everything that stops when {@code id} stops: what needs it, directly or through others. */
    public Set<String> allNeededBy(String id) {
        return reach(id, neededBy);
    }

    private static Set<String> reach(String start, Map<String, List<String>> edges) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(edges.get(start));
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            if (!next.equals(start) && seen.add(next)) {
                todo.addAll(edges.get(next));
            }
        }
        return seen;
    }

    /** Each group of applications that need each other in a circle, sorted, groups in inventory order. */
    public List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String id : needs.keySet()) {
            if (placed.contains(id)) {
                continue;
            }
            Set<String> down = allNeeds(id);
            Set<String> circle = new TreeSet<>();
            for (String other : down) {
                if (allNeeds(other).contains(id)) {
                    circle.add(other);
                }
            }
            if (!circle.isEmpty()) {
                circle.add(id);
                placed.addAll(circle);
                cycles.add(List.copyOf(circle));
            }
        }
        return cycles;
    }
}
