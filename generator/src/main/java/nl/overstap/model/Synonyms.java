package nl.overstap.model;

import java.util.List;

/** Search synonym rules in Solr format, per language, in file order. */
public record Synonyms(List<String> nl, List<String> en) {

    public static final Synonyms NONE = new Synonyms(List.of(), List.of());

    public List<String> in(Language language) {
        return language == Language.EN ? en : nl;
    }
}
