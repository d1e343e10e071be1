package nl.overstap.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A guide for moving from one product to one alternative; its id is {@code FROM--TO}. */
public record MigrationGuide(String id, Ref from, Ref to, Effort effort, List<Ref> training, List<URI> sources,
        LocalDate reviewed, Origin origin, Translated<Page> pages) implements Entry {

    public enum Effort { LOW, MEDIUM, HIGH }

    /** Sections every guide has, by anchor. */
    public static final List<String> SECTIONS = List.of("steps", "data", "coexistence", "risks", "procurement",
            "continuity");

    public record Page(String title, String summary, Optional<String> coexistence, Markdown body) {
    }
}
