package nl.overstap.load;

import java.util.List;

/** Every mapping shape of the catalogue format; see {@code catalogue/README.md}. */
final class Shapes {
    private Shapes() {
    }

    static final Shape TEXT = Shape.of("text", List.of("nl"), List.of("en"));
    static final Shape PARTY = Shape.of("party", List.of("name", "country", "kind"),
            List.of("parent", "laws", "source"));
    static final Shape FLAG = Shape.of("flag", List.of("date", "kind", "text", "source"), List.of());
    static final Shape REFERENCE = Shape.of("reference", List.of("organisation", "country", "status", "source"),
            List.of("year", "note"));
    static final Shape LICENCE = Shape.of("licence", List.of("spdx", "model"), List.of("note"));
    static final Shape HOSTING = Shape.of("hosting", List.of("kind"), List.of("provider", "country", "url"));
    static final Shape REPLACEMENT = Shape.of("replacement", List.of("product", "fit"), List.of("gaps"));
    static final Shape LOCK_IN = Shape.of("lockIn", List.of(), List.of("exportFormats", "apis", "contract", "notes"));
    static final Shape TASK = Shape.of("task", List.of("task", "old", "new"), List.of());

    static final Shape CATEGORY = Shape.of("category", List.of("id", "name", "summary", "reviewed"),
            List.of("gemma"));
    static final Shape PRODUCT = Shape.of("product",
            List.of("id", "name", "categories", "vendor", "summary", "reviewed"),
            List.of("aliases", "website", "description", "lockIn", "flags"));
    static final Shape ALTERNATIVE = Shape.of("alternative",
            List.of("id", "name", "categories", "steward", "licence", "hosting", "replaces", "summary", "reviewed"),
            List.of("aliases", "website", "sourceCode", "standards", "exportFormats", "references", "flags",
                    "description"));
    static final Shape STANDARD = Shape.of("standard", List.of("id", "name", "summary", "status", "reviewed"),
            List.of("aliases", "statusSource", "specification"));

    static final Shape MIGRATION_NL = Shape.of("migrationNl",
            List.of("id", "title", "summary", "from", "to", "effort", "reviewed"),
            List.of("coexistence", "training", "sources"));
    static final Shape MIGRATION_EN = Shape.english("migrationEn", List.of("id", "title", "summary"),
            List.of("coexistence"), MIGRATION_NL);
    static final Shape TRAINING_NL = Shape.of("trainingNl",
            List.of("id", "title", "summary", "audience", "goals", "tasks", "duration", "alternative", "replaces",
                    "reviewed"),
            List.of());
    static final Shape TRAINING_EN = Shape.english("trainingEn",
            List.of("id", "title", "summary", "audience", "goals", "tasks"), List.of(), TRAINING_NL);
    static final Shape TOPIC_NL = Shape.of("topicNl", List.of("id", "title", "summary", "reviewed"),
            List.of("keywords", "products", "alternatives", "standards", "sources"));
    static final Shape TOPIC_EN = Shape.english("topicEn", List.of("id", "title", "summary"), List.of("keywords"),
            TOPIC_NL);

    /** A course file: not a catalogue entry, so not in {@link #ALL}; see "Courses" in {@code catalogue/README.md}. */
    static final Shape COURSE = Shape.of("course", List.of("title", "audience", "date", "parts"),
            List.of("subtitle", "language", "trainer", "organisation", "introduction", "trainerNotes"));
    static final Shape COURSE_PART = Shape.of("coursePart", List.of(), List.of("training", "topic", "title", "text"));

    static final Shape INVENTORY = Shape.of("inventory", List.of("organisation", "date", "applications"), List.of());
    static final Shape APPLICATION = Shape.of("application", List.of("id", "name", "owner", "users", "availability",
            "integrity", "confidentiality", "data", "hosting"), List.of("product", "vendor", "contractEnd", "dependsOn",
            "notes"));
    static final Shape VENDOR = Shape.of("vendor", List.of("name"), List.of("country"));

    /** All shapes, for the schema test. */
    static final List<Shape> ALL = List.of(TEXT, PARTY, FLAG, REFERENCE, LICENCE, HOSTING, REPLACEMENT, LOCK_IN,
            TASK, CATEGORY, PRODUCT, ALTERNATIVE, STANDARD, MIGRATION_NL, MIGRATION_EN, TRAINING_NL, TRAINING_EN,
            TOPIC_NL, TOPIC_EN);
}
