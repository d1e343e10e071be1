package nl.overstap.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.overstap.model.Language;

/**
 * The guide's own text pages (about, methodology, accessibility statement) as Markdown: the
 * first line is the title, the rest the body. A theme folder's {@code pages/NAME.LANG.md}
 * replaces the built-in one.
 */
final class TextPages {
    record TextPage(String title, String body, String path) {
    }

    private final Optional<Path> theme;

    TextPages(Optional<Path> theme) {
        this.theme = theme;
    }

    TextPage get(String name, Language language) {
        String file = name + "." + language.tag() + ".md";
        try {
            if (theme.isPresent() && Files.isRegularFile(theme.get().resolve("pages").resolve(file))) {
                Path path = theme.get().resolve("pages").resolve(file);
                return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
            }
            try (InputStream in = TextPages.class.getResourceAsStream("pages/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("no built-in page " + file);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in pages/" + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TextPage parse(String text, String path) {
        String normalised = text.replace("\r\n", "\n");
        int end = normalised.indexOf('\n');
        String title = (end < 0 ? normalised : normalised.substring(0, end)).strip();
        return new TextPage(title, end < 0 ? "" : normalised.substring(end + 1), path);
    }
}
