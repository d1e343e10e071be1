package nl.overstap.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What is replaced: a product, usually proprietary and often outside the EU. */
public record Product(String id, String name, List<String> aliases, List<Ref> categories, Party vendor,
        Optional<URI> website, Text summary, Optional<Text> description, LockIn lockIn, List<Flag> flags,
        LocalDate reviewed, Origin origin) implements Entry {
}
