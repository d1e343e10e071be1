package nl.overstap.model;

/** A reference to another entry by id, with where it was written so a dangling one can be reported. */
public record Ref(String id, Origin at) {
}
