package nl.overstap.model;

/** Where a catalogue node was written: the file as the user knows it, 1-based line and column. */
public record Origin(String path, int line, int column) {
    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
