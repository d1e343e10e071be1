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

    /**
     * Each group of applications that need each other in a circle (a strongly connected component
     * of two or more), sorted, groups ordered by their first member in inventory order. Tarjan's
     * algorithm with an explicit stack: linear, and no recursion to overflow on a long chain.
     */
    public List<List<String>> cycles() {
        List<String> ids = new ArrayList<>(needs.keySet());
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        int[] index = new int[ids.size()];
        int[] low = new int[ids.size()];
        boolean[] onStack = new boolean[ids.size()];
        java.util.Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        List<List<String>> cycles = new ArrayList<>();
        int counter = 0;
        for (int root = 0; root < ids.size(); root++) {
            if (index[root] >= 0) {
                continue;
            }
            // Each frame: the node and how many of its dependencies were visited.
            Deque<int[]> frames = new ArrayDeque<>();
            frames.push(new int[] {root, 0});
            index[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!frames.isEmpty()) {
                int[] frame = frames.peek();
                int node = frame[0];
                List<String> next = needs.get(ids.get(node));
                if (frame[1] < next.size()) {
                    int child = position.get(next.get(frame[1]++));
                    if (index[child] < 0) {
                        index[child] = low[child] = counter++;
                        stack.push(child);
                        onStack[child] = true;
                        frames.push(new int[] {child, 0});
                    } else if (onStack[child]) {
                        low[node] = Math.min(low[node], index[child]);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    int parent = frames.peek()[0];
                    low[parent] = Math.min(low[parent], low[node]);
                }
                if (low[node] == index[node]) {
                    TreeSet<String> component = new TreeSet<>();
                    int member;
                    do {
                        member = stack.pop();
                        onStack[member] = false;
                        component.add(ids.get(member));
                    } while (member != node);
                    if (component.size() > 1) {
                        cycles.add(List.copyOf(component));
                    }
                }
            }
        }
        cycles.sort(java.util.Comparator.comparingInt(cycle -> cycle.stream().mapToInt(position::get).min().orElse(0)));
        return cycles;
    }
}
