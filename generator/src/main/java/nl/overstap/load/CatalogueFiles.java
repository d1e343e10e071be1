package nl.overstap.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.overstap.problem.Problems;

/**
 * Lists and reads the files of one catalogue folder (R9): only the entry folders, one level deep,
 * in sorted order, never through a symbolic link, never a file over {@link #MAX_FILE_BYTES} (R2).
 */
final class CatalogueFiles {
    static final int MAX_FILE_BYTES = 256 * 1024;
    private static final Pattern MARKDOWN_NAME = Pattern.compile("(.+)\\.(nl|en)\\.md");

    private CatalogueFiles() {
    }

    /** A file of an entry folder: {@code id} from its name, {@code language} for Markdown. */
    record EntryFile(Kind kind, String id, Optional<String> language, Path file, String shownPath) {
    }

    /** Lists the entry files of {@code root}, reporting files that cannot be entries. */
    static List<EntryFile> list(Path root, String label, Problems problems) throws IOException {
        List<EntryFile> files = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Path folder = root.resolve(kind.folder);
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            String shownFolder = label + "/" + kind.folder;
            if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(shownFolder, 0, 0, "symlink", "'" + kind.folder + "' must be a folder inside the "
                        + "catalogue; symbolic links are not followed");
                continue;
            }
            for (Path file : sorted(folder)) {
                entryFile(kind, file, shownFolder + "/" + file.getFileName(), problems).ifPresent(files::add);
            }
        }
        return files;
    }

    /** The synonym files {@code synonyms/nl.txt} and {@code synonyms/en.txt} that exist. */
    static List<Path> synonymFiles(Path root, String label, Problems problems) throws IOException {
        Path folder = root.resolve("synonyms");
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        for (Path file : sorted(folder)) {
            String name = file.getFileName().toString();
            String shown = label + "/synonyms/" + name;
            if (name.startsWith(".")) {
                continue;
            }
            if (!name.equals("nl.txt") && !name.equals("en.txt")) {
                problems.add(shown, 0, 0, "file-name", "only 'nl.txt' and 'en.txt' are read in 'synonyms/'");
            } else if (regular(file, shown, problems)) {
                found.add(file);
            }
        }
        return found;
    }

    private static List<Path> sorted(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(files::add);
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }

    private static Optional<EntryFile> entryFile(Kind kind, Path file, String shown, Problems problems) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return Optional.empty(); // .gitkeep, editor and OS files
        }
        if (!regular(file, shown, problems)) {
            return Optional.empty();
        }
        if (kind.markdown) {
            Matcher matcher = MARKDOWN_NAME.matcher(name);
            if (!matcher.matches()) {
                problems.add(shown, 0, 0, "file-name", "files in '" + kind.folder + "/' are named ID.nl.md or "
                        + "ID.en.md, found '" + name + "'");
                return Optional.empty();
            }
            return Optional.of(new EntryFile(kind, matcher.group(1), Optional.of(matcher.group(2)), file, shown));
        }
        if (!name.endsWith(".yaml")) {
            String hint = name.endsWith(".yml") ? "; rename it to '" + name.substring(0, name.length() - 4) + ".yaml'"
                    : "";
            problems.add(shown, 0, 0, "file-name", "files in '" + kind.folder + "/' must end in .yaml" + hint);
            return Optional.empty();
        }
        return Optional.of(new EntryFile(kind, name.substring(0, name.length() - 5), Optional.empty(), file, shown));
    }

    private static boolean regular(Path file, String shown, Problems problems) {
        if (Files.isSymbolicLink(file)) {
            problems.add(shown, 0, 0, "symlink", "symbolic links are not followed; put the file itself in the "
                    + "catalogue");
            return false;
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(shown, 0, 0, "file-name", "folders inside entry folders are not read; move the files up");
            return false;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(shown, 0, 0, "file-name", "not a regular file");
            return false;
        }
        return true;
    }

    /** The file's bytes, or empty after reporting that it is too large or unreadable. */
    static Optional<byte[]> read(Path file, String shown, Problems problems) {
        // The default file system refuses a link swapped in after listing; a jar has no links.
        OpenOption[] options = file.getFileSystem() == FileSystems.getDefault()
                ? new OpenOption[] {LinkOption.NOFOLLOW_LINKS} : new OpenOption[0];
        try (InputStream in = Files.newInputStream(file, options)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(shown, 0, 0, "file-size", "the file is larger than " + MAX_FILE_BYTES / 1024
                        + " KiB; split it or shorten it");
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(shown, 0, 0, "io", "cannot be read: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
