package nl.overstap.render;

import java.time.LocalDate;
import nl.overstap.model.Language;

/**
 * One printable document, as a complete HTML page that the document stage turns into PDF and ODT.
 *
 * @param name        the file name without extension ({@code element-basics.nl})
 * @param title       the document title, also its PDF and ODT metadata title
 * @param description one or two sentences about it, for the metadata
 * @param language    the language of the text
 * @param date        the date the document is about (an entry's review date, a course's date);
 *                    its metadata dates, never the clock, so equal input gives equal bytes
 * @param html        the whole page: safe HTML with its stylesheet inline
 */
public record Handout(String name, String title, String description, Language language, LocalDate date,
        String html) {
}
