package nl.overstap.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import nl.overstap.model.Language;

/** The interface texts of one language, from {@code ui.nl.properties} and {@code ui.en.properties}. */
final class Ui {
    private final Map<String, String> texts;

    private Ui(Map<String, String> texts) {
        this.texts = texts;
    }

    static Ui of(Language language) {
        Properties properties = new Properties();
        try (InputStream in = Ui.class.getResourceAsStream("ui." + language.tag() + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return new Ui(Map.copyOf(texts));
    }

    /** The text for {@code key}; a missing key is a bug in Overstap, not in the catalogue. */
    String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no interface text '" + key + "'");
        }
        return text;
    }

    Map<String, String> all() {
        return texts;
    }
}
