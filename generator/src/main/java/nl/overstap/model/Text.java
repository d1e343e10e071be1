package nl.overstap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A text in Dutch and, optionally, English.
 *
 * @param nl the Dutch text, never blank
 * @param en the English text; empty means readers of English see the Dutch text with a note
 */
public record Text(String nl, Optional<String> en) {
    public Text {
        Objects.requireNonNull(nl);
        Objects.requireNonNull(en);
    }

    public static Text of(String nl, String en) {
        return new Text(nl, Optional.ofNullable(en));
    }

    /** The text in {@code language}, falling back to Dutch. */
    public String in(Language language) {
        return language == Language.EN ? en.orElse(nl) : nl;
    }

    /** True when {@code language} is asked for but only Dutch exists. */
    public boolean fallsBack(Language language) {
        return language == Language.EN && en.isEmpty();
    }
}
