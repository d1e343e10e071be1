package nl.overstap.model;

import java.util.List;
import java.util.Optional;

/** What makes leaving a product hard: how data gets out, which interfaces exist, what the contract says. */
public record LockIn(List<String> exportFormats, List<String> apis, Optional<Text> contract, Optional<Text> notes) {

    public static final LockIn UNKNOWN = new LockIn(List.of(), List.of(), Optional.empty(), Optional.empty());
}
