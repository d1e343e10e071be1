package nl.overstap.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A new site being written beside its output folder while the build goes on: writing is bound by
 * the file system, so it overlaps with indexing and link checking instead of following them.
 * Files are handed over in batches, written in the background in the order given, and become the
 * output only through {@link #publish()}, by renaming (R10-R12). Closed without publishing, the
 * staging folder is removed and the previous output stays as it was.
 */
public final class Staging implements AutoCloseable {
    /** Writing is bound by the file system's cost per file and folder: four writers keep it busy. */
    static final int WRITERS = 4;

    private final Path target;
    private final Path folder;
    /** The previous build's output, whose unchanged files are linked instead of written; null without one. */
    private final Path previous;
    private final Map<String, String> seen = new HashMap<>();
    private final Set<String> folders = ConcurrentHashMap.newKeySet();
    private final ExecutorService inOrder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "overstap-staging");
        thread.setDaemon(true);
        return thread;
    });
    private final ForkJoinPool writers = new ForkJoinPool(WRITERS);
    private final List<Future<?>> batches = new ArrayList<>();
    private boolean published;

    private Staging(Path target, Path folder) {
        this.target = target;
        this.folder = folder;
        boolean built = Files.isRegularFile(target.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS);
        this.previous = built ? target : null;
    }

    /** Clears what killed builds left beside {@code out} and starts an empty staging folder. */
    static Staging begin(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        SiteWriter.recoverFromKilledBuilds(target);
        Path folder = target.resolveSibling("." + target.getFileName() + ".staging-" + ProcessHandle.current().pid());
        Files.createDirectories(folder);
        return new Staging(target, folder);
    }

    /**
     * Checks every path now (R10: plain, inside the site, not differing from another only in case)
     * and writes the files in the background; the caller may go on using the map.
     *
     * @throws IllegalArgumentException for a path that may not be written; nothing of this batch is written
     */
    public void add(SortedMap<String, byte[]> files) {
        Map<String, String> checked = new HashMap<>(seen);
        for (String path : files.keySet()) {
            SiteWriter.checkPath(path, checked);
        }
        seen.putAll(checked);
        // Entries of their own: a sorted map's entries can change under us when the caller edits it.
        List<Map.Entry<String, byte[]>> entries = files.entrySet().stream()
                .map(file -> Map.entry(file.getKey(), file.getValue())).toList();
        batches.add(inOrder.submit(() -> {
            write(entries);
            return null;
        }));
    }

    private void write(List<Map.Entry<String, byte[]>> entries) throws IOException {
        TreeMap<Integer, List<String>> newFolders = new TreeMap<>();
        for (var entry : entries) {
            String path = entry.getKey();
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                String name = path.substring(0, slash);
                if (folders.add(name)) {
                    newFolders.computeIfAbsent(depth(name), d -> new ArrayList<>()).add(name);
                }
            }
        }
        // Parents before children: one level of folders at a time.
        for (List<String> level : newFolders.values()) {
            inParallel(writers, level, name -> Files.createDirectory(folder.resolve(name)));
        }
        inParallel(writers, entries, file -> writeOrLink(file.getKey(), file.getValue()));
    }

    /**
     * Writes one file, or links the previous output's file when its bytes are the same. A rebuild
     * then writes only what changed, and unchanged files keep their modification time, so a
     * deployment by rsync or a browser's cache sees them as unchanged. The old file is never
     * written to, so the previous output stays as it was until {@link #publish()}.
     */
    private void writeOrLink(String path, byte[] bytes) throws IOException {
        Path file = folder.resolve(path);
        if (previous != null) {
            Path old = previous.resolve(path);
            try {
                BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.size() == bytes.length
                        && Arrays.equals(Files.readAllBytes(old), bytes)) {
                    Files.createLink(file, old);
                    return;
                }
            } catch (NoSuchFileException e) {
                // new in this build
            } catch (IOException | UnsupportedOperationException e) {
                // a file system without hard links: write the file instead
            }
        }
        Files.write(file, bytes);
    }

    /** What {@link #inParallel} does to each item. */
    interface FileAction<T> {
        void apply(T item) throws IOException;
    }

    /**
     * Applies {@code action} to every item on {@code pool}. Failures are collected, not thrown
     * midway, so every worker has stopped before the caller cleans up; the first is then thrown.
     */
    static <T> void inParallel(ForkJoinPool pool, List<T> items, FileAction<T> action) throws IOException {
        List<IOException> failures = Collections.synchronizedList(new ArrayList<>());
        pool.submit(() -> items.parallelStream().forEach(item -> {
            try {
                action.apply(item);
            } catch (IOException e) {
                failures.add(e);
            }
        })).join();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static int depth(String name) {
        return (int) name.chars().filter(c -> c == '/').count();
    }

    /**
     * Waits for every batch, then makes the staging folder the output: the old output is renamed
     * away, the new one renamed into place, and the old one deleted.
     *
     * @throws IOException when a file could not be written; the previous output is then unchanged
     */
    public void publish() throws IOException {
        for (Future<?> batch : batches) {
            try {
                batch.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the site", e);
            }
        }
        Files.writeString(folder.resolve(SiteWriter.MARKER), "Written by Overstap; the next build replaces this "
                + "folder.\n", StandardCharsets.UTF_8);
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            published = true;
            SiteWriter.deleteTree(old, writers);
        } else {
            Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
            published = true;
        }
    }

    /** Stops writing; unless published, removes the staging folder. */
    @Override
    public void close() throws IOException {
        inOrder.shutdownNow();
        try {
            // A batch that was interrupted fails; it has to stop before its folder is removed.
            while (!inOrder.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: deleting under a writer would leave files behind
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                if (!published) {
                    SiteWriter.deleteTree(folder, writers);
                }
            } finally {
                writers.shutdown();
            }
        }
    }
}
