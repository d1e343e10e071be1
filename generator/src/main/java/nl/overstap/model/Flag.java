package nl.overstap.model;

import java.net.URI;
import java.time.LocalDate;

/** A dated, sourced caveat a civil servant must see before choosing. */
public record Flag(LocalDate date, Kind kind, Text text, URI source, Origin at) {

    public enum Kind { OWNERSHIP, LICENCE, INFRASTRUCTURE, DISPUTE, FORK, SECURITY, SANCTIONS, OTHER }
}
