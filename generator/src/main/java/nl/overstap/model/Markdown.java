package nl.overstap.model;

import java.util.List;

/**
 * The Markdown body of one language file.
 *
 * @param source    the Markdown text, line ends normalised
 * @param firstLine the line of the file the body starts on, to map body lines back to the file
 * @param sections  the level-2 headings with an anchor ({@code ## Stappen {#steps}}), in order
 */
public record Markdown(String source, int firstLine, List<Section> sections) {

    public record Section(String anchor, String heading, int line) {
    }
}
