package nl.overstap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A trainer's course: training notes, topics and texts of their own, in the order of the session.
 * Read from a course file that is not part of the catalogue; its references are checked against it.
 *
 * @param title        the course title, on the cover and as document title
 * @param subtitle     a second line for the cover
 * @param language     the language of the booklet; training notes without it fall back to Dutch
 * @param audience     who the course is for
 * @param date         the day of the session; also the documents' date, so a rebuild gives the same bytes
 * @param trainer      who gives it
 * @param organisation for whom
 * @param introduction Markdown shown after the table of contents
 * @param trainerNotes whether the booklet includes the notes for the trainer (a trainer's copy)
 * @param parts        what the course covers, in order; never empty
 * @param origin       the course file, for problems
 */
public record Course(String title, Optional<String> subtitle, Language language, String audience, LocalDate date,
        Optional<String> trainer, Optional<String> organisation, Optional<Text> introduction, boolean trainerNotes,
        List<Part> parts, Origin origin) {

    public Course {
        parts = List.copyOf(parts);
    }

    /** One part of a course. */
    public sealed interface Part {
    }

    /** A training note of the catalogue. */
    public record Training(Ref note) implements Part {
    }

    /** A topic of the catalogue. */
    public record Topic(Ref topic) implements Part {
    }

    /** A text the trainer wrote: a title and Markdown. */
    public record Own(String title, Text text) implements Part {
    }

    /**
     * Markdown written in the course file.
     *
     * @param markdown  the text
     * @param firstLine the line of the course file the text starts on, for problems in it
     */
    public record Text(String markdown, int firstLine) {
    }
}
