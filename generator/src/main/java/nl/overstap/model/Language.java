package nl.overstap.model;

/** The guide's languages, Dutch first. */
public enum Language {
    NL, EN;

    /** The BCP 47 tag and folder name: {@code nl}, {@code en}. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
