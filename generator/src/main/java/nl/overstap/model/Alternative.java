package nl.overstap.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A European and/or open-source replacement for one or more products. */
public record Alternative(String id, String name, List<String> aliases, List<Ref> categories, Party steward,
        Optional<URI> website, Optional<URI> sourceCode, Licence licence, List<Ref> standards,
        List<String> exportFormats, List<Hosting> hosting, List<Replacement> replaces, List<Reference> references,
        List<Flag> flags, Text summary, Optional<Text> description, LocalDate reviewed, Origin origin)
        implements Entry {
}
