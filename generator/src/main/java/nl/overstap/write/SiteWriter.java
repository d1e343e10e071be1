package nl.overstap.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Publishes the site atomically (R10-R12): every file goes through one path check, the whole site
 * is written to a staging folder beside the output, and only a complete build replaces the old
 * output, by renaming. A failed build leaves the previous output as it was; files of earlier
 * builds never linger; a folder Overstap did not make is never deleted.
 */
public final class SiteWriter {
    /** Marks a folder as Overstap's output, so a later build may replace it. */
    public static final String MARKER = ".overstap-site";

    private SiteWriter() {
    }

    /** Thrown when the output folder may not be used; nothing was changed. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Checks that {@code out} may be written: it is not, and is not inside or around, any of
     * {@code protectedFolders}, and if it exists it is empty or an earlier Overstap output.
     */
    public static void checkOutput(Path out, List<Path> protectedFolders) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new RefusedException("output folder '" + out + "' is the root of the file system");
        }
        for (Path folder : protectedFolders) {
            Path guarded = folder.toAbsolutePath().normalize();
            if (Files.exists(guarded)) {
                guarded = guarded.toRealPath();
            }
            Path real = Files.exists(target) ? target.toRealPath() : target;
            if (real.startsWith(guarded) || guarded.startsWith(real)) {
                throw new RefusedException("output folder '" + out + "' overlaps '" + folder
                        + "'; choose a folder outside it, such as target/site");
            }
        }
        if (Files.isSymbolicLink(target)) {
            throw new RefusedException("output folder '" + out + "' is a symbolic link");
        }
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new RefusedException("output '" + out + "' exists and is not a folder");
            }
            boolean empty;
            try (var entries = Files.list(target)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                throw new RefusedException("output folder '" + out + "' has files Overstap did not write (no "
                        + MARKER + "); empty it or choose another folder");
            }
        }
    }

    /** Writes {@code files} as the new content of {@code out}, all or nothing. */
    public static void publish(Path out, SortedMap<String, byte[]> files) throws IOException {
        try (Staging staging = stage(out)) {
            staging.add(files);
            staging.publish();
        }
    }

    /**
     * Starts a new content for {@code out}, written in the background while the caller goes on;
     * see {@link Staging}. Close it: unless it was published, that removes what it wrote.
     */
    public static Staging stage(Path out) throws IOException {
        return Staging.begin(out);
    }

    /**
     * A build killed part-way (R11) leaves a staging folder, or, in the instant between the two
     * renames, the previous output under its "old" name. Folders of processes that are gone are
     * cleared, and a lost output is put back, before anything else happens.
     */
    static void recoverFromKilledBuilds(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        List<Path> leftovers;
        try (var siblings = Files.list(target.getParent())) {
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (Path leftover : leftovers) {
            String rest = leftover.getFileName().toString().substring(prefix.length());
            int dash = rest.lastIndexOf('-');
            if (dash < 0 || !(rest.startsWith("staging-") || rest.startsWith("old-"))) {
                continue;
            }
            long pid;
            try {
                pid = Long.parseLong(rest.substring(dash + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (alive && pid != ProcessHandle.current().pid()) {
                continue;
            }
            if (rest.startsWith("old-") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(leftover.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(leftover);
            }
        }
    }

    /**
     * R10: a relative path of plain segments, inside the site; two files may not differ only in case
     * (they would overwrite each other on Windows and macOS).
     */
    static void checkPath(String path, Map<String, String> seen) {
        boolean bad = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")
                || path.contains(":") || path.endsWith("/");
        for (String segment : path.split("/", -1)) {
            bad |= segment.isEmpty() || segment.equals(".") || segment.equals("..");
        }
        if (bad) {
            throw new IllegalArgumentException("refusing to write '" + path + "': not a plain path inside the site");
        }
        String folded = path.toLowerCase(Locale.ROOT);
        String earlier = seen.putIfAbsent(folded, path);
        if (earlier != null) {
            throw new IllegalArgumentException("'" + path + "' and '" + earlier + "' would be the same file on "
                    + "systems that ignore case");
        }
    }

    /** A zip of the site with entries in path order and fixed times, so equal sites give equal zips. */
    public static void archive(Path zip, SortedMap<String, byte[]> files) throws IOException {
        Path target = zip.toAbsolutePath().normalize();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                // Zip stores local DOS time: this gives 1980-01-01 00:00 in every time zone (R21).
                entry.setTime(LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant()
                        .toEpochMilli());
                zipped.putNextEntry(entry);
                zipped.write(file.getValue());
                zipped.closeEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes an earlier output folder; refuses a folder without Overstap's marker. */
    public static void remove(Path out) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException("'" + out + "' was not written by Overstap; not deleting it");
        }
        deleteTree(out);
    }

    static void deleteTree(Path root) throws IOException {
        ForkJoinPool workers = new ForkJoinPool(Staging.WRITERS);
        try {
            deleteTree(root, workers);
        } finally {
            workers.shutdown();
        }
    }

    /** Deletes a folder and everything in it on {@code workers}: files first, then folders from the deepest up. */
    static void deleteTree(Path root, ForkJoinPool workers) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        TreeMap<Integer, List<Path>> foldersByDepth = new TreeMap<>(Collections.reverseOrder());
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                foldersByDepth.computeIfAbsent(dir.getNameCount(), d -> new ArrayList<>()).add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        Staging.inParallel(workers, files, Files::delete);
        for (List<Path> level : foldersByDepth.values()) {
            Staging.inParallel(workers, level, Files::delete);
        }
    }
}
