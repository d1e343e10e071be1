package nl.overstap.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.overstap.model.Markdown;
import nl.overstap.problem.Problems;

/**
 * Splits a Markdown entry into its YAML front matter and its body, and finds the body's sections.
 * Front matter is the text between a first line {@code ---} and the next line {@code ---}.
 */
record MarkdownFile(YamlNode frontMatter, Markdown body) {
    static final int MAX_BODY = 100_000;

    private static final Pattern SECTION = Pattern.compile("^## +(.*?) *\\{#([a-z0-9-]+)\\} *$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    static Optional<MarkdownFile> read(String text, String path, Problems problems) {
        if (!text.startsWith("---\n")) {
            problems.add(path, 1, 1, "front-matter", "a Markdown entry must start with front matter: a line '---', "
                    + "the YAML fields, and a closing line '---'");
            return Optional.empty();
        }
        int close = text.indexOf("\n---\n", 3);
        int bodyStart = close + 5;
        if (close < 0 && text.endsWith("\n---")) {
            close = text.length() - 4;
            bodyStart = text.length();
        }
        if (close < 0) {
            problems.add(path, 1, 1, "front-matter", "the front matter is not closed: add a line '---' after its "
                    + "last field");
            return Optional.empty();
        }
        String yaml = text.substring(4, close + 1);
        int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        String body = text.substring(bodyStart);
        if (body.length() > MAX_BODY) {
            problems.add(path, bodyLine, 1, "too-long", "the text is " + body.length() + " characters long; at most "
                    + MAX_BODY + " are allowed");
            return Optional.empty();
        }
        int before = problems.size();
        Optional<YamlNode> front = YamlReader.read(yaml, path, 1, problems);
        List<Markdown.Section> sections = sections(body, bodyLine, path, problems);
        if (front.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new MarkdownFile(front.get(), new Markdown(body, bodyLine, sections)));
    }

    /** Level-2 headings with an anchor, outside fenced code; a repeated anchor is a problem. */
    private static List<Markdown.Section> sections(String body, int firstLine, String path, Problems problems) {
        List<Markdown.Section> sections = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        boolean fenced = false;
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                fenced = !fenced;
            }
            Matcher matcher = SECTION.matcher(lines[i]);
            if (!fenced && matcher.matches()) {
                int line = firstLine + i;
                if (!anchors.add(matcher.group(2))) {
                    problems.add(path, line, 1, "section", "section '{#" + matcher.group(2) + "}' appears twice");
                }
                sections.add(new Markdown.Section(matcher.group(2), matcher.group(1), line));
            }
        }
        return List.copyOf(sections);
    }

    /** Reports each required section anchor that the body lacks. */
    static void requireSections(Markdown body, List<String> required, String path, Problems problems) {
        Set<String> present = new HashSet<>();
        body.sections().forEach(s -> present.add(s.anchor()));
        for (String anchor : required) {
            if (!present.contains(anchor)) {
                problems.add(path, body.firstLine(), 1, "section", "missing section '{#" + anchor
                        + "}': add a heading like '## ... {#" + anchor + "}' (required: "
                        + String.join(", ", required) + ")");
            }
        }
    }
}
