package nl.overstap.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.overstap.model.Language;
import nl.overstap.problem.Problems;
import nl.overstap.site.Section;

/**
 * The guide's own text pages as Markdown: the first line is the title, the rest the body. The
 * built-in ones (about, methodology, accessibility statement) can be replaced by a theme folder's
 * {@code pages/NAME.LANG.md}; any other {@code pages/NAME.nl.md} there adds a page of its own at
 * {@code LANG/NAME/}, with the English file optional as for catalogue entries.
 */
final class TextPages {
    /** A page's text; {@code language} is the language it is written in, Dutch when English fell back. */
    record TextPage(String title, String body, String path, Language language) {
    }

    static final List<String> BUILT_IN = List.of("about", "methodology", "accessibility");
    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.(nl|en)\\.md");

    private final Optional<Path> theme;

    TextPages(Optional<Path> theme) {
        this.theme = theme;
    }

    /**
     * The names of the theme's own pages, sorted; empty without a theme. Files that cannot become a
     * page are reported: a bad name, a name a section already uses, or an English file without Dutch.
     */
    List<String> added(Problems problems) {
        TreeSet<String> names = new TreeSet<>();
        if (theme.isEmpty() || !Files.isDirectory(theme.get().resolve("pages"), LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Path folder = theme.get().resolve("pages");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher matcher = FILE_NAME.matcher(name);
                if (name.startsWith(".")) {
                    continue;
                } else if (!matcher.matches() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(file.toString(), 0, 0, "file-name", "theme pages are files named NAME.nl.md or "
                            + "NAME.en.md, with NAME in lower case letters, digits and hyphens");
                } else if (BUILT_IN.contains(matcher.group(1))) {
                    continue; // replaces a built-in page
                } else if (isSection(matcher.group(1))) {
                    problems.add(file.toString(), 0, 0, "file-name", "'" + matcher.group(1) + "' is already the "
                            + "folder of a section of the guide; choose another name");
                } else {
                    if (!Files.isRegularFile(folder.resolve(matcher.group(1) + ".nl.md"), LinkOption.NOFOLLOW_LINKS)) {
                        problems.add(file.toString(), 0, 0, "missing-dutch", "there is no Dutch page '"
                                + matcher.group(1) + ".nl.md'; Dutch is required, English is optional");
                    } else {
                        names.add(matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    private static boolean isSection(String name) {
        for (Section section : Section.values()) {
            for (Language language : Language.values()) {
                if (section.slug(language).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The page in {@code language}; a theme page without an English file falls back to Dutch. */
    TextPage get(String name, Language language) {
        Optional<TextPage> own = themed(name, language);
        if (own.isPresent()) {
            return own.get();
        }
        if (!BUILT_IN.contains(name)) {
            return themed(name, Language.NL).orElseThrow(() -> new IllegalStateException("no page " + name));
        }
        String file = name + "." + language.tag() + ".md";
        try (InputStream in = TextPages.class.getResourceAsStream("pages/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no built-in page " + file);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in pages/" + file, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<TextPage> themed(String name, Language language) {
        if (theme.isEmpty()) {
            return Optional.empty();
        }
        Path path = theme.get().resolve("pages").resolve(name + "." + language.tag() + ".md");
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(path, StandardCharsets.UTF_8), path.toString(), language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TextPage parse(String text, String path, Language language) {
        String normalised = text.replace("\r\n", "\n");
        int end = normalised.indexOf('\n');
        String title = (end < 0 ? normalised : normalised.substring(0, end)).strip();
        return new TextPage(title, end < 0 ? "" : normalised.substring(end + 1), path, language);
    }
}
