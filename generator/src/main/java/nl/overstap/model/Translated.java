package nl.overstap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The language-specific part of a Markdown entry, one value per language file.
 *
 * @param nl from the Dutch file, always present
 * @param en from the English file; empty when there is none
 */
public record Translated<T>(T nl, Optional<T> en) {
    public Translated {
        Objects.requireNonNull(nl);
        Objects.requireNonNull(en);
    }

    /** The value for {@code language}, falling back to Dutch. */
    public T in(Language language) {
        return language == Language.EN ? en.orElse(nl) : nl;
    }

    public boolean fallsBack(Language language) {
        return language == Language.EN && en.isEmpty();
    }
}
