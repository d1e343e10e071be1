package nl.overstap.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects every problem of a run, so that all of them are reported at once.
 *
 * <p>Not thread-safe: each loading thread keeps its own and they are merged with {@link #addAll}.
 */
public final class Problems {
    /** Beyond this many, further problems are counted but not kept: a broken file should not flood. */
    public static final int LIMIT = 1000;

    private final List<Problem> kept = new ArrayList<>();
    private int dropped;

    public void add(Problem problem) {
        if (kept.size() < LIMIT) {
            kept.add(problem);
        } else {
            dropped++;
        }
    }

    public void add(String path, int line, int column, String code, String message) {
        add(new Problem(path, line, column, code, message));
    }

    public void addAll(Problems other) {
        other.kept.forEach(this::add);
        dropped += other.dropped;
    }

    public boolean isEmpty() {
        return kept.isEmpty() && dropped == 0;
    }

    public int size() {
        return kept.size() + dropped;
    }

    /** Problems that did not fit under {@link #LIMIT}; counted in {@link #size()}. */
    public int dropped() {
        return dropped;
    }

    /** The kept problems, sorted by {@link Problem#ORDER}, duplicates removed. */
    public List<Problem> sorted() {
        Set<Problem> unique = new TreeSet<>(Problem.ORDER);
        unique.addAll(kept);
        return List.copyOf(unique);
    }

    /** {@code "3 problems in 2 files"}, or {@code "no problems"}. */
    public String summary() {
        if (isEmpty()) {
            return "no problems";
        }
        long files = sorted().stream().map(Problem::path).distinct().count();
        int count = size() - (kept.size() - sorted().size());
        return count + (count == 1 ? " problem" : " problems") + " in " + files + (files == 1 ? " file" : " files");
    }
}
