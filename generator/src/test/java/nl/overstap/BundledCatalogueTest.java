package nl.overstap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.Validation;
import nl.overstap.model.Alternative;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Entry;
import nl.overstap.model.Flag;
import nl.overstap.model.Product;
import nl.overstap.model.Text;
import org.junit.jupiter.api.Test;

/** The catalogue shipped with Overstap: valid, of the promised size, and complete in both languages. */
class BundledCatalogueTest {
    private static final Validation BUNDLED = Generator.load(LoadRequest.bundled());

    @Test
    void hasNoProblems() {
        assertEquals(List.of(), BUNDLED.problems().sorted());
    }

    /** The coverage issue 6 asks for, so that removing entries cannot go unnoticed. */
    @Test
    void coversEveryKindOfEntry() {
        Catalogue catalogue = BUNDLED.catalogue();
        assertTrue(catalogue.categories().size() >= 20, "categories");
        assertTrue(catalogue.products().size() >= 80, "products");
        assertTrue(catalogue.alternatives().size() >= 120, "alternatives");
        assertTrue(catalogue.migrations().size() >= 25, "migration guides");
        assertTrue(catalogue.training().size() >= 20, "training notes");
        assertTrue(catalogue.topics().size() >= 8, "topics");
        assertTrue(catalogue.standards().size() >= 6, "standards");
        assertTrue(catalogue.synonyms().nl().size() > 10 && catalogue.synonyms().en().size() > 10, "synonyms");
    }

    @Test
    void everyProductHasAnAlternative() {
        List<String> orphans = BUNDLED.catalogue().products().stream()
                .filter(p -> BUNDLED.catalogue().alternativesFor(p.id()).isEmpty()).map(Product::id).toList();
        assertEquals(List.of(), orphans);
    }

    @Test
    void everyTextHasEnglish() {
        Catalogue catalogue = BUNDLED.catalogue();
        List<String> missing = new ArrayList<>();
        catalogue.categories().forEach(c -> check(c, missing, c.name(), c.summary()));
        catalogue.standards().forEach(s -> check(s, missing, s.summary()));
        for (Product p : catalogue.products()) {
            check(p, missing, p.summary());
            check(p, missing, p.description(), p.lockIn().contract(), p.lockIn().notes());
            check(p, missing, p.flags().stream().map(Flag::text).toArray(Text[]::new));
        }
        for (Alternative a : catalogue.alternatives()) {
            check(a, missing, a.summary());
            check(a, missing, a.description(), a.licence().note());
            check(a, missing, a.replaces().stream().flatMap(r -> r.gaps().stream()).toArray(Text[]::new));
            check(a, missing, a.references().stream().flatMap(r -> r.note().stream()).toArray(Text[]::new));
            check(a, missing, a.flags().stream().map(Flag::text).toArray(Text[]::new));
        }
        catalogue.migrations().stream().filter(m -> m.pages().en().isEmpty()).forEach(m -> missing.add(m.id()));
        catalogue.training().stream().filter(t -> t.pages().en().isEmpty()).forEach(t -> missing.add(t.id()));
        catalogue.topics().stream().filter(t -> t.pages().en().isEmpty()).forEach(t -> missing.add(t.id()));
        assertEquals(List.of(), missing);
    }

    @SafeVarargs
    private static void check(Entry entry, List<String> missing, Optional<Text>... texts) {
        check(entry, missing, Stream.of(texts).flatMap(Optional::stream).toArray(Text[]::new));
    }

    private static void check(Entry entry, List<String> missing, Text... texts) {
        for (Text text : texts) {
            if (text.en().isEmpty()) {
                missing.add(entry.id() + ": " + text.nl().substring(0, Math.min(40, text.nl().length())));
            }
        }
    }
}
