package nl.overstap.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields one kind of YAML mapping may have. The readers and the JSON Schema test both use
 * these lists, so the published schema cannot drift from what the loader accepts.
 *
 * @param name     the definition's name in {@code catalogue.schema.json}
 * @param required fields that must be present and not empty
 * @param optional fields that may be left out
 * @param dutchOnly for the English file of a Markdown entry: fields that belong in the Dutch file
 */
record Shape(String name, List<String> required, List<String> optional, List<String> dutchOnly) {

    static Shape of(String name, List<String> required, List<String> optional) {
        return new Shape(name, List.copyOf(required), List.copyOf(optional), List.of());
    }

    /** The English counterpart of a Dutch front-matter shape: the Dutch fields it lacks are Dutch-only. */
    static Shape english(String name, List<String> required, List<String> optional, Shape dutch) {
        Shape english = of(name, required, optional);
        List<String> dutchOnly = dutch.fields().stream().filter(f -> !english.allows(f)).toList();
        return new Shape(name, english.required(), english.optional(), dutchOnly);
    }

    List<String> fields() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    boolean allows(String field) {
        return required.contains(field) || optional.contains(field);
    }
}
