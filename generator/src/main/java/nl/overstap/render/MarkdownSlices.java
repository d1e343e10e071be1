package nl.overstap.render;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.overstap.model.Markdown;

/**
 * Parts of a Markdown body, cut at its section headings ({@code ## Title {#anchor}}), each with
 * the file line it starts on so that a problem in it still names the right line.
 */
final class MarkdownSlices {
    private MarkdownSlices() {
    }

    /**
     * @param source    the Markdown of the part
     * @param firstLine the line of the file its first line is on
     */
    record Slice(String source, int firstLine) {
    }

    /** The text of section {@code anchor} below its heading; empty when the body has no such section. */
    static Optional<Slice> section(Markdown body, String anchor) {
        List<Markdown.Section> sections = body.sections();
        String[] lines = body.source().split("\n", -1);
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).anchor().equals(anchor)) {
                int from = Math.min(sections.get(i).line() - body.firstLine() + 1, lines.length);
                int to = Math.min(i + 1 < sections.size() ? sections.get(i + 1).line() - body.firstLine() : lines.length,
                        lines.length);
                return Optional.of(new Slice(String.join("\n", Arrays.asList(lines).subList(from, to)),
                        sections.get(i).line() + 1));
            }
        }
        return Optional.empty();
    }

    /** The whole body but the sections in {@code anchors}; their lines are left blank, so later lines keep their numbers. */
    static Slice without(Markdown body, Set<String> anchors) {
        List<Markdown.Section> sections = body.sections();
        String[] lines = body.source().split("\n", -1);
        for (int i = 0; i < sections.size(); i++) {
            if (anchors.contains(sections.get(i).anchor())) {
                int from = sections.get(i).line() - body.firstLine();
                int to = i + 1 < sections.size() ? sections.get(i + 1).line() - body.firstLine() : lines.length;
                Arrays.fill(lines, Math.max(0, from), Math.min(to, lines.length), "");
            }
        }
        return new Slice(String.join("\n", lines), body.firstLine());
    }
}
