package nl.overstap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.overstap.model.Country;
import nl.overstap.model.Entry;
import nl.overstap.model.Language;
import nl.overstap.model.Text;
import nl.overstap.site.Section;
import nl.overstap.site.SitePaths;

/**
 * What building one page's model needs: its language and path, links relative to it, texts in
 * its language, and whether any text had to fall back to Dutch.
 */
final class PageContext {
    final Language language;
    final String path;
    final Ui ui;
    private boolean fallback;

    PageContext(Language language, String path, Ui ui) {
        this.language = language;
        this.path = path;
        this.ui = ui;
    }

    String link(String target) {
        return SitePaths.relative(path, target);
    }

    String link(Entry entry) {
        return link(SitePaths.entry(entry, language));
    }

    String link(Section section) {
        return link(SitePaths.section(section, language));
    }

    /** The text in this page's language; notes a fallback to Dutch. */
    String text(Text text) {
        if (text.fallsBack(language)) {
            fallback = true;
        }
        return text.in(language);
    }

    String text(Optional<Text> text) {
        return text.map(this::text).orElse("");
    }

    void fallsBack(boolean fellBack) {
        fallback |= fellBack;
    }

    boolean fellBack() {
        return fallback;
    }

    String t(String key) {
        return ui.get(key);
    }

    /** A choice from an enum, in words: {@code fit.partial} is "gedeeltelijk". */
    String word(String prefix, Enum<?> value) {
        return ui.get(prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    String countryName(Country country) {
        return new Locale("", country.code()).getDisplayCountry(Locale.forLanguageTag(language.tag()));
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static <T> List<T> list(List<T> values) {
        return new ArrayList<>(values);
    }
}
