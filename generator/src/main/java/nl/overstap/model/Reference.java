package nl.overstap.model;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/** A public-sector organisation's use of an alternative, with its source: no source, no claim. */
public record Reference(String organisation, Country country, Status status, OptionalInt year, URI source,
        Optional<Text> note, Origin at) {

    public enum Status { CONSIDERING, PILOTING, IN_USE, STOPPED }
}
