package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.Validation;
import nl.overstap.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Later catalogue folders add entries and replace earlier ones by id, whole. */
class LayeringTest {
    @TempDir
    Path dir;

    @Test
    void laterLayerAddsAndOverridesWholeEntries() {
        Path base = dir.resolve("base");
        Path local = dir.resolve("local");
        Fixtures.write(base, Fixtures.VALID);
        Fixtures.write(local, """
                -- products/microsoft-teams.yaml --
                id: microsoft-teams
                name: Microsoft Teams (gemeente)
                categories: [chat]
                vendor: {name: Microsoft Corporation, country: US, kind: company}
                summary: {nl: Onze eigen tekst.}
                reviewed: 2026-11-20
                -- products/zaaksysteem-x.yaml --
                id: zaaksysteem-x
                name: Zaaksysteem X
                categories: [chat]
                vendor: {name: Leverancier BV, country: NL, kind: company}
                summary: {nl: Ons zaaksysteem.}
                reviewed: 2026-11-20
                -- alternatives/open-zaak.yaml --
                id: open-zaak
                name: Open Zaak
                categories: [chat]
                steward: {name: Dimpact, country: NL, kind: cooperative}
                licence: {spdx: EUPL-1.2, model: open-source}
                hosting: [{kind: self-hosted}]
                replaces: [{product: zaaksysteem-x, fit: full}]
                summary: {nl: Zaakregistratie volgens Common Ground.}
                reviewed: 2026-11-20
                -- synonyms/nl.txt --
                zaaksysteem, zaak
                """);

        Validation validation = Generator.load(new LoadRequest(List.of(base, local)));

        assertEquals(List.of(), validation.problems().sorted());
        Product teams = validation.catalogue().findProduct("microsoft-teams").orElseThrow();
        assertEquals("Microsoft Teams (gemeente)", teams.name());
        assertEquals(List.of(), teams.aliases(), "an override replaces the whole entry, aliases included");
        assertTrue(teams.origin().path().contains("local/"));
        assertTrue(validation.catalogue().findProduct("zaaksysteem-x").isPresent());
        assertTrue(validation.catalogue().findAlternative("element").isPresent(), "base entries stay");
        assertEquals(List.of("teams, videobellen, chat", "zaaksysteem, zaak"), validation.catalogue().synonyms().nl());
    }

    @Test
    void overrideOfAnotherKindIsAProblem() {
        Path base = dir.resolve("base");
        Path local = dir.resolve("local");
        Fixtures.write(base, Fixtures.VALID);
        Fixtures.write(local, """
                -- categories/element.yaml --
                id: element
                name: {nl: Element}
                summary: {nl: Geen alternatief.}
                reviewed: 2026-11-20
                """);

        Validation validation = Generator.load(new LoadRequest(List.of(base, local)));

        assertEquals(1, validation.problems().size());
        String message = validation.problems().sorted().get(0).format();
        assertTrue(message.contains("local/categories/element.yaml:1:1: error: id 'element' is used for a category here "
                + "but for an alternative in"), message);
    }

    @Test
    void referencesResolveAcrossLayers() {
        Path base = dir.resolve("base");
        Path local = dir.resolve("local");
        Fixtures.write(base, Fixtures.VALID);
        Fixtures.write(local, """
                -- alternatives/nextcloud-talk.yaml --
                id: nextcloud-talk
                name: Nextcloud Talk
                categories: [chat]
                steward: {name: Nextcloud GmbH, country: DE, kind: company}
                licence: {spdx: AGPL-3.0-or-later, model: open-source}
                standards: [matrix-x]
                hosting: [{kind: self-hosted}]
                replaces: [{product: microsoft-teams, fit: full}]
                summary: {nl: Chat in Nextcloud.}
                reviewed: 2026-11-20
                """);

        Validation validation = Generator.load(new LoadRequest(List.of(base, local)));

        assertEquals(1, validation.problems().size(), validation.problems().sorted().toString());
        assertTrue(validation.problems().sorted().get(0).message().contains("unknown standard 'matrix-x' "
                + "(did you mean 'matrix'?)"));
    }
}
