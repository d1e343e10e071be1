package nl.overstap.model;

import java.net.URI;
import java.util.Optional;

/** One way to run an alternative: on your own servers, as a service, or from a shared-service organisation. */
public record Hosting(Kind kind, Optional<String> provider, Optional<Country> country, Optional<URI> url) {

    public enum Kind { SELF_HOSTED, SAAS, SHARED_SERVICE }
}
