package nl.overstap.model;

import java.util.Optional;

/** How fully an alternative replaces a product, and what is missing when it does not fully. */
public record Replacement(Ref product, Fit fit, Optional<Text> gaps) {

    public enum Fit { FULL, PARTIAL, LIMITED }
}
