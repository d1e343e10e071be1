package nl.overstap.model;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Who controls a product (its vendor) or an alternative (its steward).
 *
 * @param laws   laws that reach the data through this party, such as the US CLOUD Act; empty when none
 *               are recorded, which is not a claim that none apply
 * @param source where the ownership and seat are written
 */
public record Party(String name, Country country, Kind kind, Optional<String> parent, List<String> laws,
        Optional<URI> source) {

    public enum Kind { COMPANY, FOUNDATION, GOVERNMENT, COOPERATIVE, COMMUNITY }
}
