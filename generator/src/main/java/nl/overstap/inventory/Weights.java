package nl.overstap.inventory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How much each risk factor counts in an application's risk score; only their ratios matter.
 * The defaults put who controls the data first, as the letter behind Overstap does.
 */
public record Weights(int jurisdiction, int lockIn, int criticality, int data) {
    public static final Weights DEFAULT = new Weights(30, 25, 25, 20);
    static final int MAX = 100;

    public Weights {
        for (int weight : new int[] {jurisdiction, lockIn, criticality, data}) {
            if (weight < 0 || weight > MAX) {
                throw new IllegalArgumentException("a weight is a whole number from 0 to " + MAX + ", found " + weight);
            }
        }
        if (jurisdiction + lockIn + criticality + data == 0) {
            throw new IllegalArgumentException("at least one weight must be more than 0");
        }
    }

    public int total() {
        return jurisdiction + lockIn + criticality + data;
    }

    /** The weights by the names {@link #parse} takes, in report order. */
    public Map<String, Integer> byName() {
        Map<String, Integer> named = new LinkedHashMap<>();
        named.put("jurisdiction", jurisdiction);
        named.put("lock-in", lockIn);
        named.put("criticality", criticality);
        named.put("data", data);
        return named;
    }

    /**
     * Reads {@code jurisdiction=40,lock-in=20}: the weights named replace the defaults.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Weights parse(String text) {
        Map<String, Integer> named = DEFAULT.byName();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=", -1);
            String name = pair[0].strip().toLowerCase(Locale.ROOT);
            if (pair.length != 2 || !named.containsKey(name)) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a weight; write NAME=NUMBER with NAME one of "
                        + String.join(", ", named.keySet()));
            }
            try {
                named.put(name, Integer.parseInt(pair[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight '" + name + "' must be a whole number from 0 to " + MAX
                        + ", found '" + pair[1].strip() + "'");
            }
        }
        return new Weights(named.get("jurisdiction"), named.get("lock-in"), named.get("criticality"),
                named.get("data"));
    }
}
