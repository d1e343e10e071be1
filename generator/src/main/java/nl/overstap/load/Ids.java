package nl.overstap.load;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for entry ids, which are also file names and URL slugs (R7). */
final class Ids {
    static final int MAX_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Paths the generator owns, and Windows device names that cannot be file names there. */
    private static final Set<String> RESERVED = Set.of(
            "index", "search", "assets", "data", "schema", "feed", "sitemap", "robots", "nl", "en", "404",
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Ids() {
    }

    /** What is wrong with {@code id} as an entry id, or empty when it is fine. */
    static Optional<String> check(String id) {
        if (id.length() > MAX_LENGTH) {
            return Optional.of("the id is " + id.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        if (!ID.matcher(id).matches()) {
            return Optional.of("'" + id + "' is not a valid id: use lower-case letters a-z and digits, "
                    + "separated by single hyphens (like 'microsoft-teams')");
        }
        if (RESERVED.contains(id)) {
            return Optional.of("'" + id + "' is reserved for the generator's own pages; choose another id");
        }
        return Optional.empty();
    }

    /** Migration ids are {@code FROM--TO}: two valid ids joined by two hyphens. */
    static Optional<String> checkMigration(String id) {
        int split = id.indexOf("--");
        if (split < 0 || id.indexOf("--", split + 2) >= 0) {
            return Optional.of("'" + id + "' is not a valid migration id: write FROM--TO, the product id, "
                    + "two hyphens and the alternative id (like 'microsoft-teams--element')");
        }
        Optional<String> from = check(id.substring(0, split));
        return from.isPresent() ? from : check(id.substring(split + 2));
    }
}
