package nl.overstap.inventory.draw;

import java.util.Objects;

/** A dependency: the application {@code from} needs {@code to} to work (Teams needs Entra ID). */
public record Edge(String from, String to) {
    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
