package nl.overstap.inventory.draw;

import java.util.Objects;

/**
 * An application in the dependency map.
 *
 * @param id       unique among the diagram's nodes; edges name it
 * @param label    the name shown in the box, shortened with an ellipsis when long (the full text
 *                 stays in the node's tooltip)
 * @param detail   a second, smaller line (vendor, country), or empty for none
 * @param tone     the jurisdiction of whoever controls the application
 * @param critical whether the service is critical (drawn with a thick border and a "!")
 */
public record Node(String id, String label, String detail, Tone tone, boolean critical) {
    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tone, "tone");
        detail = detail == null ? "" : detail;
    }
}
