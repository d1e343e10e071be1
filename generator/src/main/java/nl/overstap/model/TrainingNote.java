package nl.overstap.model;

import java.time.LocalDate;
import java.util.List;

/** Notes for training colleagues who switch from one or more products to an alternative. */
public record TrainingNote(String id, int durationMinutes, Ref alternative, List<Ref> replaces, LocalDate reviewed,
        Origin origin, Translated<Page> pages) implements Entry {

    /** Sections every training note has, by anchor. */
    public static final List<String> SECTIONS = List.of("changes", "exercises", "pitfalls", "cheatsheet", "trainer");

    public record Page(String title, String summary, String audience, List<String> goals, List<Task> tasks,
            Markdown body) {
    }

    /** One row of the "old way, new way" table. */
    public record Task(String task, String oldWay, String newWay) {
    }
}
