package nl.overstap.model;

import java.time.LocalDate;
import java.util.List;

/** A group of tasks, such as video meetings, mapped to GEMMA reference components where they exist. */
public record Category(String id, Text name, Text summary, List<String> gemma, LocalDate reviewed, Origin origin)
        implements Entry {
}
