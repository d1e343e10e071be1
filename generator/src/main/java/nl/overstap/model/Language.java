package nl.overstap.model;

/** The guide's languages, Dutch first. */
public enum Language {
    NL, EN;

    /** The BCP 47 tag and folder name: {@code nl}, {@code en}. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The language with this tag ({@code nl}, {@code en}), or empty for any other text. */
    public static java.util.Optional<Language> forTag(String tag) {
        return java.util.Arrays.stream(values()).filter(language -> language.tag().equals(tag)).findFirst();
    }
}
