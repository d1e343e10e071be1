package nl.overstap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small catalogues written inline as text blocks, in the manner of Hugo's test fixtures:
 * each file starts with a line {@code -- relative/path --}.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** A valid catalogue with one entry of every kind; tests replace or add files to break it. */
    public static final String VALID = """
            -- categories/chat.yaml --
            id: chat
            name: {nl: Chatten, en: Chat}
            summary: {nl: Berichten sturen aan collega's., en: Sending messages to colleagues.}
            reviewed: 2026-11-01
            -- products/microsoft-teams.yaml --
            id: microsoft-teams
            name: Microsoft Teams
            aliases: [Teams, MS Teams]
            categories: [chat]
            vendor: {name: Microsoft Corporation, country: US, kind: company, laws: [US CLOUD Act]}
            website: https://www.microsoft.com/microsoft-teams
            summary: {nl: Chat en vergaderen van Microsoft., en: Chat and meetings by Microsoft.}
            reviewed: 2026-11-01
            -- alternatives/element.yaml --
            id: element
            name: Element
            categories: [chat]
            steward: {name: Element, country: GB, kind: company}
            licence: {spdx: AGPL-3.0-only, model: open-source}
            standards: [matrix]
            hosting:
              - kind: self-hosted
            replaces:
              - product: microsoft-teams
                fit: partial
                gaps: {nl: Geen kantoorintegratie., en: No office integration.}
            summary: {nl: Chat op Matrix., en: Chat on Matrix.}
            reviewed: 2026-11-01
            -- standards/matrix.yaml --
            id: matrix
            name: Matrix
            summary: {nl: Open protocol voor chat., en: Open protocol for chat.}
            status: unknown
            reviewed: 2026-11-01
            -- migrations/microsoft-teams--element.nl.md --
            ---
            id: microsoft-teams--element
            title: Van Teams naar Element
            summary: Zo stap je over.
            from: microsoft-teams
            to: element
            effort: medium
            training: [element-basics]
            reviewed: 2026-11-01
            ---
            ## Stappen {#steps}
            ## Gegevens {#data}
            ## Samen {#coexistence}
            ## Risico's {#risks}
            ## Inkoop {#procurement}
            ## Noodplan {#continuity}
            -- migrations/microsoft-teams--element.en.md --
            ---
            id: microsoft-teams--element
            title: From Teams to Element
            summary: How to switch.
            ---
            ## Steps {#steps}
            ## Data {#data}
            ## Coexistence {#coexistence}
            ## Risks {#risks}
            ## Procurement {#procurement}
            ## Continuity {#continuity}
            -- training/element-basics.nl.md --
            ---
            id: element-basics
            title: Element voor beginners
            summary: Chatten in Element.
            audience: Alle medewerkers.
            goals: [Een chat beginnen]
            tasks:
              - {task: Chat beginnen, old: Klik op Chat., new: Klik op Start chat.}
            duration: 60
            alternative: element
            replaces: [microsoft-teams]
            reviewed: 2026-11-01
            ---
            ## Wat verandert {#changes}
            ## Oefeningen {#exercises}
            ## Valkuilen {#pitfalls}
            ## Spiekbrief {#cheatsheet}
            ## Voor de trainer {#trainer}
            -- topics/continuity-plan.nl.md --
            ---
            id: continuity-plan
            title: Noodplan
            summary: Wat te doen bij uitval.
            products: [microsoft-teams]
            reviewed: 2026-11-01
            ---
            Tekst.
            -- synonyms/nl.txt --
            # brand names to tasks
            teams, videobellen, chat
            """;

    /** Writes the files of {@code spec} below {@code root} and returns their paths by name. */
    public static Map<String, Path> write(Path root, String spec) {
        Map<String, Path> written = new LinkedHashMap<>();
        parse(spec).forEach((name, content) -> {
            Path file = root.resolve(name);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.put(name, file);
        });
        return written;
    }

    /** The files of a spec, by relative path, in order. */
    public static Map<String, String> parse(String spec) {
        Map<String, String> files = new LinkedHashMap<>();
        String name = null;
        StringBuilder content = new StringBuilder();
        for (String line : spec.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (name != null) {
                    files.put(name, content.toString());
                }
                name = line.substring(3, line.length() - 3);
                content.setLength(0);
            } else if (name != null) {
                content.append(line).append('\n');
            }
        }
        if (name != null) {
            String last = content.toString();
            files.put(name, last.endsWith("\n\n") ? last.substring(0, last.length() - 1) : last);
        }
        return files;
    }
}
