package nl.overstap.model;

import java.util.Set;

/** An ISO 3166-1 alpha-2 country code; EU/EEA membership is derived, never written by hand. */
public record Country(String code) {
    // EU member states plus the EEA members Iceland, Liechtenstein and Norway (2026).
    private static final Set<String> EU_EEA = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
            "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    /** True for the 27 EU member states and Iceland, Liechtenstein and Norway. */
    public boolean inEuOrEea() {
        return EU_EEA.contains(code);
    }
}
