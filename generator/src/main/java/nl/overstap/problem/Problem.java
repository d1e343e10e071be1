package nl.overstap.problem;

import java.util.Comparator;

/**
 * One thing wrong with the input, at a place a person can open in an editor.
 *
 * @param path   the file as the user knows it (catalogue folder as given, then the relative path)
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column in code points, or 0 when unknown
 * @param code   a stable, short identifier of the kind of problem (for scripts and tests)
 * @param message what is wrong and what was expected, with user values quoted
 */
public record Problem(String path, int line, int column, String code, String message) {

    /** Sorts by file, then position, then message, so reports do not depend on discovery order. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::code)
            .thenComparing(Problem::message);

    /** The compiler-style line {@code path:line:column: error: message}. */
    public String format() {
        return Printable.of(path) + ":" + line + ":" + column + ": error: " + Printable.of(message);
    }

    @Override
    public String toString() {
        return format();
    }
}
