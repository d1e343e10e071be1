package nl.overstap.document;

/** The file formats of printable documents. */
public enum Format {
    PDF("pdf", "application/pdf"),
    ODT("odt", "application/vnd.oasis.opendocument.text");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Without the dot: {@code pdf}. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
