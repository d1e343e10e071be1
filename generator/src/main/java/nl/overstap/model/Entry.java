package nl.overstap.model;

import java.time.LocalDate;

/** What every catalogue entry has: an id that is also its file name and URL slug, and a review date. */
public sealed interface Entry permits Category, Product, Alternative, Standard, MigrationGuide, TrainingNote, Topic {

    String id();

    LocalDate reviewed();

    /** The file (the Dutch one, for Markdown entries) and position the entry starts at. */
    Origin origin();
}
