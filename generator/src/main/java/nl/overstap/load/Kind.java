package nl.overstap.load;

/** The entry folders of a catalogue, in the order they are read and reported. */
enum Kind {
    CATEGORY("categories", false),
    PRODUCT("products", false),
    ALTERNATIVE("alternatives", false),
    STANDARD("standards", false),
    MIGRATION("migrations", true),
    TRAINING("training", true),
    TOPIC("topics", true);

    final String folder;
    final boolean markdown;

    Kind(String folder, boolean markdown) {
        this.folder = folder;
        this.markdown = markdown;
    }

    /** The word for messages: "product", "migration guide". */
    String word() {
        return switch (this) {
            case CATEGORY -> "category";
            case PRODUCT -> "product";
            case ALTERNATIVE -> "alternative";
            case STANDARD -> "standard";
            case MIGRATION -> "migration guide";
            case TRAINING -> "training note";
            case TOPIC -> "topic";
        };
    }
}
