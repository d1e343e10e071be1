package nl.overstap.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An open standard and its status on the Dutch Forum Standaardisatie list. */
public record Standard(String id, String name, List<String> aliases, Text summary, Status status,
        Optional<URI> statusSource, Optional<URI> specification, LocalDate reviewed, Origin origin)
        implements Entry {

    /** {@code MANDATORY} is "pas toe of leg uit"; {@code UNKNOWN} means nobody has checked. */
    public enum Status { MANDATORY, RECOMMENDED, NOT_LISTED, UNKNOWN }
}
